import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSettingSource } from '../../shared/ipc/contract/center-db';

// Where things live. Pure functions of their inputs so they can be tested without Electron.

export const DATABASE_FILE = 'chairside.sqlite3';

export interface DatabaseSetting {
  /** A SQLite file path or a postgres:// URL (store/location.ts reads it). */
  value: string;
  source: DatabaseSettingSource;
}

/**
 * The database lives in `<userData>/data/chairside.sqlite3`. Hospital IT (or a test) can point it elsewhere:
 * `--db=PATH` (or `--db PATH`) wins, then the CHAIRSIDE_DB environment variable, then the setting an
 * administrator saved for this workstation in Settings › Center database (core/workstation-setting.ts). A
 * postgres:// URL puts the workstation in center mode (store/location.ts).
 */
export function resolveDatabaseSetting(
  userData: string,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  saved?: string,
): DatabaseSetting {
  const flag = argv.find((a) => a.startsWith('--db='));
  if (flag) return { value: flag.slice('--db='.length), source: 'command-line' };
  const at = argv.indexOf('--db');
  if (at >= 0 && argv[at + 1]) return { value: argv[at + 1]!, source: 'command-line' };
  if (env.CHAIRSIDE_DB) return { value: env.CHAIRSIDE_DB, source: 'environment' };
  if (saved) return { value: saved, source: 'saved' };
  return { value: join(userData, 'data', DATABASE_FILE), source: 'default' };
}

/**
 * The SQLite driver's binary built for Electron's ABI (npm run native:electron), if there is one. Without it,
 * the driver loads its default build, which only works if that build matches Electron's ABI.
 */
export function resolveNativeBinding(opts: {
  isPackaged: boolean;
  resourcesPath: string;
  appPath: string;
}): string | undefined {
  const candidate = opts.isPackaged
    ? join(opts.resourcesPath, 'native', 'better_sqlite3.node')
    : join(opts.appPath, 'native', 'electron', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
