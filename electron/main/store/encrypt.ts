import { closeSync, existsSync, fstatSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { StoreError } from './errors';
import { makePrivate } from './files';
import { isPlainDatabase, openRaw, sidecars, vacuumInto, type RawDatabase } from './raw';

// Turning an existing plain database (from a version without encryption) into an encrypted one, through a
// verified copy: the copy is encrypted, then compared with the original (integrity check, every table's
// row count, the audit chain's last hash) before it replaces it. A crash at any step leaves either the
// original or the verified copy in place, and the next start finishes the job.

export interface EncryptionReport {
  tables: number;
  rows: number;
}

interface Snapshot {
  counts: Record<string, number>;
  auditHead: string | null;
}

function snapshot(raw: RawDatabase): Snapshot {
  const tables = raw
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as Array<{ name: string }>;
  const counts = Object.fromEntries(
    tables.map(({ name }) => [name, (raw.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]),
  );
  const hasAudit = tables.some((t) => t.name === 'audit_event');
  const head = hasAudit
    ? (raw.prepare('SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined)
    : undefined;
  return { counts, auditHead: head?.hash ?? null };
}

/** Overwrites a file with zeros before unlinking it (best effort: SSDs and copy-on-write disks may keep blocks). */
export function wipeFile(path: string): void {
  if (!existsSync(path)) return;
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const zeros = Buffer.alloc(Math.min(size, 1 << 20));
    for (let offset = 0; offset < size; offset += zeros.length) {
      writeSync(fd, zeros, 0, Math.min(zeros.length, size - offset), offset);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(path);
}

function verifyCopy(copy: string, key: Buffer, expected: Snapshot): void {
  const raw = openRaw(copy, { key, readonly: true });
  try {
    const integrity = raw.pragma('integrity_check', { simple: true });
    const actual = snapshot(raw);
    if (integrity !== 'ok' || JSON.stringify(actual) !== JSON.stringify(expected)) {
      throw new Error(`the encrypted copy differs (integrity: ${String(integrity)})`);
    }
  } finally {
    raw.close();
  }
}

const plainOld = (path: string) => `${path}.plain-before-encryption`;

/** Finishes an encryption a crash interrupted: the verified copy wins, or the original is put back. */
export function resumeEncryption(path: string): void {
  const old = plainOld(path);
  if (!existsSync(old)) return;
  if (existsSync(path) && !isPlainDatabase(path)) {
    for (const file of sidecars(old)) wipeFile(file);
  } else if (!existsSync(path)) {
    renameSync(old, path);
  }
}

/** Encrypts the plain database at `path` in place through a verified copy, then wipes the plain file. */
export function encryptPlainDatabase(path: string, key: Buffer): EncryptionReport {
  resumeEncryption(path);
  const copy = `${path}.encrypting`;
  for (const file of sidecars(copy)) rmSync(file, { force: true });
  const plain = openRaw(path);
  let expected: Snapshot;
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
    expected = snapshot(plain);
    vacuumInto(plain, copy);
  } finally {
    plain.close();
  }
  try {
    // Rekeying works on a rollback-journal file, which is what VACUUM INTO writes.
    const target = openRaw(copy, { readonly: false });
    try {
      target.pragma('journal_mode = DELETE');
      target.pragma(`cipher = 'sqlcipher'`);
      target.pragma('legacy = 4');
      target.pragma(`rekey = "x'${key.toString('hex')}'"`);
    } finally {
      target.close();
    }
    verifyCopy(copy, key, expected);
  } catch (cause) {
    for (const file of sidecars(copy)) rmSync(file, { force: true });
    throw new StoreError('open-failed', `Encrypting the database ${path} failed; the original was kept unchanged.`, {
      cause,
    });
  }
  makePrivate(copy);
  renameSync(path, plainOld(path));
  renameSync(copy, path);
  for (const file of sidecars(plainOld(path))) wipeFile(file);
  for (const file of sidecars(path).slice(1)) rmSync(file, { force: true });
  const rows = Object.values(expected.counts).reduce((a, b) => a + b, 0);
  return { tables: Object.keys(expected.counts).length, rows };
}
