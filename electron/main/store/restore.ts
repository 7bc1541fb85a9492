import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { makePrivate, writePrivateFile } from './files';
import { sidecars } from './raw';

// Restoring a backup in two steps, so the open database is never swapped under the running app: the verified
// backup is staged beside the database, and the next start swaps it in, keeping the replaced file (renamed,
// never deleted: IT decides what to do with it).

export interface PendingRestore {
  from: string;
  stagedAt: string;
  by: string | null;
}

export interface AppliedRestore extends PendingRestore {
  /** Where the database that was replaced now lies. */
  replaced: string;
}

const pendingFile = (databasePath: string) => `${databasePath}.restore-pending`;
const pendingInfo = (databasePath: string) => `${databasePath}.restore-pending.json`;

export function stageRestore(databasePath: string, backupFile: string, info: PendingRestore): void {
  copyFileSync(backupFile, pendingFile(databasePath));
  makePrivate(pendingFile(databasePath));
  writePrivateFile(pendingInfo(databasePath), JSON.stringify(info));
}

export function pendingRestore(databasePath: string): PendingRestore | null {
  if (!existsSync(pendingFile(databasePath)) || !existsSync(pendingInfo(databasePath))) return null;
  return JSON.parse(readFileSync(pendingInfo(databasePath), 'utf8')) as PendingRestore;
}

/** At start-up, before the database is opened: swaps a staged backup in and keeps the replaced file. */
export function applyPendingRestore(databasePath: string, now: Date): AppliedRestore | null {
  const pending = pendingRestore(databasePath);
  if (!pending) return null;
  const replaced = `${databasePath}.replaced-${now.toISOString().replace(/[:.]/g, '-')}`;
  if (existsSync(databasePath)) {
    for (const [file, target] of sidecars(databasePath).map((f, i) => [f, sidecars(replaced)[i]!] as const)) {
      if (existsSync(file)) renameSync(file, target);
    }
  }
  renameSync(pendingFile(databasePath), databasePath);
  rmSync(pendingInfo(databasePath), { force: true });
  return { ...pending, replaced };
}
