import { accessSync, closeSync, constants, existsSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { StoreError } from './errors';
import { AUDIT_MAC_FUNCTION, asBytes, auditMac } from './audit-mac';
import { ensurePrivateFolder, makePrivate, PRIVATE_FILE } from './files';

// Opening a SQLite file, plain or encrypted, with this app's settings. Shared by the store (store/database.ts)
// and the worker threads that back up and verify it (store/worker-tasks.ts); the only other file that
// imports the SQLite driver.

export type RawDatabase = Database.Database;

export interface RawOptions {
  /** A driver binary built for Electron's ABI, kept apart from the Node build the tests use. */
  nativeBinding?: string | undefined;
  readonly?: boolean | undefined;
  /** The raw 256-bit SQLCipher key; omitted for a plain (unencrypted) file. */
  key?: Buffer | undefined;
  /** The audit chain's HMAC key; without it, appending an audit event fails (it would be unverifiable). */
  auditKey?: Buffer | undefined;
}

export const BUSY_TIMEOUT_MS = 5000;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** What is at `path`: nothing yet (missing or empty), a plain SQLite file, or an encrypted one (random bytes). */
export function databaseKind(path: string): 'none' | 'plain' | 'encrypted' {
  if (!existsSync(path)) return 'none';
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, 16, 0);
    if (read === 0) return 'none';
    return read === 16 && head.equals(SQLITE_HEADER) ? 'plain' : 'encrypted';
  } finally {
    closeSync(fd);
  }
}

export const isPlainDatabase = (path: string): boolean => databaseKind(path) === 'plain';

export const sidecars = (path: string) => [path, `${path}-wal`, `${path}-shm`, `${path}-journal`];

/**
 * Proves the folder can be written by writing to it: `access(W_OK)` says yes to root on a read-only mount
 * and to anyone on a read-only network share. Names the folder when it cannot.
 */
export function ensureWritableFolder(folder: string): void {
  try {
    ensurePrivateFolder(folder);
    const probe = join(folder, `.chairside-write-test-${process.pid}`);
    writeFileSync(probe, '', { mode: PRIVATE_FILE });
    rmSync(probe, { force: true });
  } catch (cause) {
    throw new StoreError(
      'folder-unwritable',
      `The data folder ${folder} cannot be written (it is missing and cannot be created, or it is read-only). ` +
        'Ask IT to give this user write access to it, or start Chairside with --db pointing to a writable folder.',
      { cause },
    );
  }
}

/**
 * Start-up's first check: the folder can be written, and so can the database file when it exists. Both
 * failures name the path and the fix, before any key file or copy is written.
 */
export function ensureWritableStore(path: string): void {
  ensureWritableFolder(dirname(path));
  if (!existsSync(path)) return;
  try {
    accessSync(path, constants.W_OK);
  } catch (cause) {
    throw new StoreError(
      'file-read-only',
      `The database file ${path} is read-only, so Chairside cannot save anything in it. ` +
        'Ask IT to give this user write access to that file (and its folder).',
      { cause },
    );
  }
}

function applyKey(raw: RawDatabase, key: Buffer): void {
  // SQLCipher 4 format (what other SQLCipher tools open), with a raw key: no PBKDF2 on top of 256 random bits.
  raw.pragma(`cipher = 'sqlcipher'`);
  raw.pragma('legacy = 4');
  raw.pragma(`key = "x'${key.toString('hex')}'"`);
}

function applyPragmas(raw: RawDatabase): void {
  // Set on every open: the driver reopens an existing WAL file with synchronous=NORMAL, which can lose the
  // last commits on power loss. FULL makes a signed entry durable once the call returns.
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

function registerAuditMac(raw: RawDatabase, key: Buffer | undefined): void {
  raw.function(AUDIT_MAC_FUNCTION, { deterministic: true, varargs: true }, (...args: unknown[]) => {
    if (!key) throw new Error('This database was opened without its audit key: audit events cannot be written.');
    return auditMac(key, args.map(asBytes));
  });
}

function unreadable(path: string, cause: unknown): StoreError {
  const code = (cause as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB') {
    return new StoreError(
      'key-unavailable',
      `The database ${path} cannot be read with this computer's key (it is encrypted with another key, or it is not a Chairside database).`,
      { cause },
    );
  }
  return new StoreError('open-failed', `The database ${path} could not be opened.`, { cause });
}

/** Opens (creating owner-only when new), applies the key and the pragmas, and reads once to prove the key. */
export function openRaw(path: string, options: RawOptions = {}): RawDatabase {
  const readonly = options.readonly ?? false;
  const inMemory = path === ':memory:';
  if (!readonly && !inMemory) {
    ensureWritableFolder(dirname(path));
    if (!existsSync(path)) closeSync(openSync(path, 'a', PRIVATE_FILE));
  }
  let raw: RawDatabase;
  try {
    raw = new Database(path, {
      readonly,
      fileMustExist: readonly,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (cause) {
    throw unreadable(path, cause);
  }
  if (!readonly && !inMemory && raw.readonly) {
    raw.close();
    throw new StoreError(
      'file-read-only',
      `The database file ${path} is read-only, so Chairside cannot save anything in it. ` +
        'Ask IT to give this user write access to that file (and its folder).',
    );
  }
  try {
    if (options.key) applyKey(raw, options.key);
    raw.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!readonly) applyPragmas(raw);
    registerAuditMac(raw, options.auditKey);
  } catch (cause) {
    raw.close();
    throw unreadable(path, cause);
  }
  if (!readonly && !inMemory) makePrivate(...sidecars(path));
  return raw;
}

/**
 * A consistent copy of the open database, written through SQLite (never a file copy of a live database).
 * VACUUM INTO keeps the source's encryption and key, so a backup of an encrypted store is encrypted.
 */
export function vacuumInto(raw: RawDatabase, destination: string): void {
  ensurePrivateFolder(dirname(destination));
  if (existsSync(destination)) rmSync(destination);
  raw.prepare('VACUUM INTO ?').run(destination);
  makePrivate(destination);
}
