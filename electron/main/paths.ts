import { existsSync } from 'node:fs';
import { join } from 'node:path';

// Where things live. Pure functions of their inputs so they can be tested without Electron.

export const DATABASE_FILE = 'chairside.sqlite3';

/**
 * The database lives in `<userData>/data/chairside.sqlite3`. Hospital IT (or a test) can point it elsewhere
 * with `--db=PATH` (or `--db PATH`) or the CHAIRSIDE_DB environment variable; a postgres:// URL there puts
 * the workstation in center mode (store/location.ts).
 */
export function resolveDatabasePath(userData: string, argv: readonly string[], env: NodeJS.ProcessEnv): string {
  const flag = argv.find((a) => a.startsWith('--db='));
  if (flag) return flag.slice('--db='.length);
  const at = argv.indexOf('--db');
  if (at >= 0 && argv[at + 1]) return argv[at + 1]!;
  if (env.CHAIRSIDE_DB) return env.CHAIRSIDE_DB;
  return join(userData, 'data', DATABASE_FILE);
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
