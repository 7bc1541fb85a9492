import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

// Starts tests/support/fault-child.ts in its own process and collects its JSON lines.

export interface ChildLine {
  t: 'ready' | 'ok' | 'refused' | 'done';
  kind?: string;
  id?: string;
  channel?: string;
  code?: string;
  message?: string;
}

export interface FaultChild {
  process: ChildProcess;
  lines: ChildLine[];
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
}

const ROOT = resolve(import.meta.dirname, '../..');

// Children still running when their test ends (a timeout, a failed expectation) are killed, never left
// writing in the background: one left behind once took a core for half an hour and slowed every test after it.
const live = new Set<ChildProcess>();

/** Kills every child this process started that has not exited yet (call it from afterAll/afterEach). */
export function killLiveChildren(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}
process.once('exit', killLiveChildren);

export function startFaultChild(
  db: string,
  options: { max?: number; seed?: number; fileSizeLimit?: number } = {},
): FaultChild {
  const args = ['--import', 'tsx', 'tests/support/fault-child.ts', '--db', db, '--seed', String(options.seed ?? 0)];
  if (options.max !== undefined) args.push('--max', String(options.max));
  const [command, argv] = options.fileSizeLimit
    ? ['prlimit', [`--fsize=${options.fileSizeLimit}`, process.execPath, ...args]]
    : [process.execPath, args];
  return startChild(command, argv);
}

/** Any child that prints JSON lines (tests/support/workstation-child.ts too). */
export function startChild(command: string, argv: string[]): FaultChild {
  const child = spawn(command, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  const lines: ChildLine[] = [];
  let buffer = '';
  let errors = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((res) => (onReady = res));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = JSON.parse(buffer.slice(0, newline)) as ChildLine;
      lines.push(line);
      if (line.t === 'ready') onReady();
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    child.on('exit', (code, signal) => {
      live.delete(child);
      onReady();
      res({ code, signal });
    }),
  );
  return { process: child, lines, ready, exited, stderr: () => errors };
}
