// A throwaway PostgreSQL server in a folder of its own, on 127.0.0.1 only, for center:dev and the tests.
// The server refuses to run as root: when this runs as root (CI, containers), initdb and pg_ctl run as the
// `postgres` user that Debian's postgresql package creates.
//   tsx scripts/pg-server.ts start --dir DIR   prints CHAIRSIDE_TEST_PG=postgres://postgres@127.0.0.1:PORT/postgres
//   tsx scripts/pg-server.ts stop --dir DIR
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

export interface ThrowawayServer {
  dir: string;
  port: number;
  /** An administrator's URL (trust authentication, loopback only). */
  url: string;
  stop(): void;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(root, v, 'bin')).find((d) => existsSync(join(d, 'initdb')));
  if (!found) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql');
  return found;
}

/** Whether Debian's postgresql package (its initdb) is installed on this machine. */
export function isPostgresInstalled(): boolean {
  try {
    binDir();
    return true;
  } catch {
    return false;
  }
}

const asRoot = () => userInfo().uid === 0;

function run(bin: string, args: string[]): string {
  const [command, all] = asRoot()
    ? ['runuser', ['-u', 'postgres', '--', join(binDir(), bin), ...args]]
    : [join(binDir(), bin), args];
  return execFileSync(command, all, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function stopServer(dir: string): void {
  const data = join(dir, 'data');
  if (!existsSync(join(data, 'postmaster.pid'))) return;
  run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
}

/** A server certificate and its key (PEM files), for a server that offers TLS. */
export interface ServerTls {
  certFile: string;
  keyFile: string;
}

/**
 * Starts (or starts again, on `port`) the server of `folder`, creating its cluster the first time; with `tls`,
 * the server offers TLS with that certificate (the files are copied into the folder, readable by the server only).
 */
export async function startThrowawayServer(folder: string, port?: number, tls?: ServerTls): Promise<ThrowawayServer> {
  const dir = resolve(folder);
  const data = join(dir, 'data');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (asRoot()) {
    const ids = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
    const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
    chownSync(dir, Number(ids), Number(gid));
  }
  if (!existsSync(join(data, 'PG_VERSION'))) {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8']);
  }
  port ??= await freePort();
  // Throwaway: no fsync (a crash loses this folder's data, which nobody keeps); listens on loopback only.
  let options = `-k ${dir} -h 127.0.0.1 -p ${port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  if (tls) options += ` ${serverTlsOptions(dir, tls)}`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  writeFileSync(join(dir, 'url'), url);
  return { dir, port, url, stop: () => stopServer(dir) };
}

// The server refuses a key file others can read, and runs as `postgres` when started by root.
function serverTlsOptions(dir: string, tls: ServerTls): string {
  const cert = join(dir, 'server.crt');
  const key = join(dir, 'server.key');
  writeFileSync(cert, readFileSync(tls.certFile), { mode: 0o600 });
  writeFileSync(key, readFileSync(tls.keyFile), { mode: 0o600 });
  if (asRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    for (const file of [cert, key]) chownSync(file, uid, gid);
  }
  return `-c ssl=on -c ssl_cert_file=${cert} -c ssl_key_file=${key}`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { dir: { type: 'string' } }, allowPositionals: true });
  const dir = values.dir;
  if (!dir || !['start', 'stop', 'url'].includes(positionals[0] ?? '')) {
    console.error('Usage: tsx scripts/pg-server.ts start|stop|url --dir DIR');
    process.exit(2);
  }
  if (positionals[0] === 'stop') return stopServer(dir);
  if (positionals[0] === 'url') return console.log(readFileSync(join(dir, 'url'), 'utf8'));
  const server = await startThrowawayServer(dir);
  console.log(server.url);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
