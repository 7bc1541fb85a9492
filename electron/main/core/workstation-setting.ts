import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writePrivateFile } from '../store/files';
import { isPostgresUrl, parseDatabaseSetting } from '../store/location';

// This workstation's own database setting, saved by an administrator in Settings › Center database: one small
// owner-only JSON file in the profile, `{ "database": "postgres://…" }`. It never holds a password (the URL is
// refused with one; the password is wrapped by the OS keystore in core/center-credentials.ts). --db and
// CHAIRSIDE_DB still win over it (paths.ts).

export const WORKSTATION_FILE = 'workstation.json';

export interface WorkstationSetting {
  /** A center database's postgres:// URL; absent: the workstation's own SQLite file. */
  database?: string;
}

export const workstationFile = (userData: string): string => join(userData, WORKSTATION_FILE);

/** The saved setting; an unreadable or hand-broken file counts as none (the app then opens its own file). */
export function readWorkstationSetting(userData: string): WorkstationSetting {
  const file = workstationFile(userData);
  if (!existsSync(file)) return {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const database = (parsed as { database?: unknown } | null)?.database;
    return typeof database === 'string' && isPostgresUrl(database) ? { database } : {};
  } catch {
    return {};
  }
}

/** Saves a center database's URL for this workstation; refuses one that carries a password or is no URL. */
export function saveWorkstationDatabase(userData: string, url: string): void {
  const location = parseDatabaseSetting(url);
  if (location.kind !== 'postgres') throw new Error('Only a center database (postgres://…) is saved here.');
  const setting: WorkstationSetting = { ...readWorkstationSetting(userData), database: location.url };
  writePrivateFile(workstationFile(userData), `${JSON.stringify(setting, null, 2)}\n`);
}

/** Back to the workstation's own file; true when there was a saved center database to forget. */
export function clearWorkstationDatabase(userData: string): boolean {
  const file = workstationFile(userData);
  const had = readWorkstationSetting(userData).database !== undefined;
  if (existsSync(file)) rmSync(file, { force: true });
  return had;
}
