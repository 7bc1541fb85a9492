import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { probeCenterDatabase } from '../../../electron/main/store/center-probe';
import { classifyConnectionFailure, describeConnectionFailure } from '../../../electron/main/store/center';
import { checkCenterUrl } from '../../../electron/main/store/location';
import { openPostgresStore } from '../../../electron/main/store/postgres';
import { startThrowawayServer, type ThrowawayServer } from '../../../scripts/pg-server';
import { describeWithPostgres } from '../../support/postgres';

// TLS as a hospital sets it up: its own certificate authority signs the server's certificate, and every
// workstation connects with sslmode=verify-full and sslrootcert naming that authority's certificate. A real
// server offering TLS (a folder of its own), certificates made here with openssl: the connection is
// encrypted, and a wrong authority, a name the certificate does not carry or a missing CA file are refused
// before anything is read, each named as a TLS problem.

let server: ThrowawayServer;
let folder: string;
let ca: string;
let otherCa: string;

function openssl(args: string[]): void {
  execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A certificate authority: its certificate and key in `dir`. */
function makeCa(dir: string, name: string): { cert: string; key: string } {
  const cert = join(dir, `${name}.crt`);
  const key = join(dir, `${name}.key`);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(['req', '-x509', ...ec, '-keyout', key, '-out', cert, '-days', '30', '-subj', `/CN=${name}`]);
  return { cert, key };
}

/** The server's certificate for the name `localhost` only, signed by `authority`. */
function makeServerCert(dir: string, authority: { cert: string; key: string }) {
  const key = join(dir, 'server.key');
  const request = join(dir, 'server.csr');
  const cert = join(dir, 'server.crt');
  const names = join(dir, 'server.ext');
  writeFileSync(names, 'subjectAltName=DNS:localhost\n');
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(['req', ...ec, '-keyout', key, '-out', request, '-subj', '/CN=localhost']);
  openssl([
    'x509',
    '-req',
    '-in',
    request,
    '-CA',
    authority.cert,
    '-CAkey',
    authority.key,
    '-CAcreateserial',
    '-out',
    cert,
    '-days',
    '30',
    '-extfile',
    names,
  ]);
  return { certFile: cert, keyFile: key };
}

const urlFor = (host: string, rootCert: string) =>
  `postgres://postgres@${host}:${server.port}/postgres?sslmode=verify-full&sslrootcert=${encodeURIComponent(rootCert)}`;

const location = (url: string) => {
  const checked = checkCenterUrl(url);
  if ('refusal' in checked) throw new Error(checked.refusal.message);
  return checked.location;
};

const probe = (url: string) => probeCenterDatabase(location(url), { timeoutMs: 5000 });

const failureOf = async (url: string) => {
  const error = await probe(url).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the connection should have been refused').not.toBeNull();
  return { ...classifyConnectionFailure(error), words: describeConnectionFailure(error, 'the center database') };
};

describeWithPostgres('a center database over TLS (sslmode=verify-full, the hospital CA in sslrootcert)', () => {
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'chairside-tls-'));
    const certs = mkdtempSync(join(tmpdir(), 'chairside-tls-certs-'));
    const hospital = makeCa(certs, 'Chairside test hospital CA');
    ca = hospital.cert;
    otherCa = makeCa(certs, 'Another authority').cert;
    server = await startThrowawayServer(folder, undefined, makeServerCert(certs, hospital));
  }, 120_000);
  afterAll(() => {
    server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('connects, and the connection is encrypted', async () => {
    const url = urlFor('localhost', ca);
    expect(await probe(url)).toEqual({ applied: [], keyCheck: null });
    const store = openPostgresStore(location(url), { maxConnections: 1 });
    try {
      // The store reads booleans as 1/0, as SQLite stores them.
      const row = await sql<{ ssl: number | boolean; version: string }>`
        SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()`.execute(store.db);
      const seen = row.rows[0]!;
      expect(Boolean(seen.ssl)).toBe(true);
      expect(seen.version).toMatch(/^TLSv1\.[23]$/);
    } finally {
      await store.close();
    }
  });

  it('refuses a server whose certificate another authority signed', async () => {
    const failure = await failureOf(urlFor('localhost', otherCa));
    expect(failure.reason).toBe('tls');
    expect(failure.words).toMatch(/^The TLS connection to the center database failed: .+Check sslrootcert/);
  });

  it('refuses a server reached by a name its certificate does not carry', async () => {
    // The certificate names localhost only; 127.0.0.1 is the same server under another name.
    const failure = await failureOf(urlFor('127.0.0.1', ca));
    expect(failure.reason).toBe('tls');
    expect(failure.detail).toMatch(/127\.0\.0\.1/);
  });

  it('names a missing CA file as a TLS set-up problem', async () => {
    const failure = await failureOf(urlFor('localhost', join(folder, 'no-such-ca.crt')));
    expect(failure.reason).toBe('tls');
    expect(failure.detail).toMatch(/no-such-ca\.crt/);
  });
});
