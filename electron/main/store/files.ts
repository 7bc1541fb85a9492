import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname } from 'node:path';

// Patient data is owner-only on disk: files 0600, folders 0700, whatever the process umask says.

export const PRIVATE_FILE = 0o600;
export const PRIVATE_FOLDER = 0o700;

/**
 * Creates the folder owner-only, or tightens an existing one the current user owns. A shared, sticky folder
 * (/tmp) and the home folder itself are left as they are: their files are still 0600.
 */
export function ensurePrivateFolder(folder: string): void {
  if (!existsSync(folder)) {
    mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER });
    chmodSync(folder, PRIVATE_FOLDER);
    return;
  }
  const stat = statSync(folder);
  const sticky = (stat.mode & 0o1000) !== 0;
  const mine = typeof process.getuid !== 'function' || stat.uid === process.getuid();
  if (!sticky && mine && folder !== homedir() && (stat.mode & 0o077) !== 0) tighten(folder, PRIVATE_FOLDER);
}

// Best effort: a file on a share that refuses chmod is still written (its writability is checked apart).
function tighten(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch {
    // Left as the file system allows.
  }
}

/** Sets 0600 on each file that exists (a database and its -wal and -shm). */
export function makePrivate(...files: string[]): void {
  for (const file of files) if (existsSync(file)) tighten(file, PRIVATE_FILE);
}

/** Writes a file atomically (temporary file, fsync, rename), owner-only from its first byte. */
export function writePrivateFile(path: string, text: string | Uint8Array): void {
  ensurePrivateFolder(dirname(path));
  const temporary = `${path}.tmp-${process.pid}`;
  const fd = openSync(temporary, 'w', PRIVATE_FILE);
  try {
    writeSync(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(temporary, PRIVATE_FILE);
  renameSync(temporary, path);
}
