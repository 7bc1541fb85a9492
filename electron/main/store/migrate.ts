import { join, dirname, basename } from 'node:path';
import { Migrator, type MigrationResultSet } from 'kysely';
import { StoreError } from './errors';
import { MIGRATIONS } from './migrations';
import { openStore, peekDatabase, type Store, type StoreOptions } from './database';
import { assertProtections, assertQuickCheck } from './schema-guard';

const KNOWN = new Set(MIGRATIONS.map(([name]) => name));

function appliedMigrations(path: string, options: StoreOptions): string[] | null {
  return peekDatabase(path, options, (query) => {
    const tables = query("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'");
    if (tables.length === 0) return [];
    return (query('SELECT name FROM kysely_migration ORDER BY name') as Array<{ name: string }>).map((r) => r.name);
  });
}

function backupPath(path: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return join(dirname(path), 'backups', `${basename(path)}.${stamp}.before-migration.sqlite3`);
}

function migrator(store: Store, upTo?: string): { run: () => Promise<MigrationResultSet> } {
  const entries = upTo ? MIGRATIONS.slice(0, MIGRATIONS.findIndex(([n]) => n === upTo) + 1) : MIGRATIONS;
  const m = new Migrator({
    db: store.db,
    provider: { getMigrations: () => Promise.resolve(Object.fromEntries(entries)) },
  });
  return { run: () => m.migrateToLatest() };
}

export interface OpenResult {
  store: Store;
  applied: string[];
  backup: string | null;
}

/**
 * Opens the database and brings it to this version's schema. A database written by a newer version (it has
 * migrations we do not know) is refused before anything is written to it. An existing database is backed up
 * online before any pending migration runs; all pending migrations run in one transaction.
 */
export async function openAndMigrate(
  path: string,
  options: StoreOptions & {
    now?: Date;
    upTo?: string;
    /** Skips the start-up checks (quick_check, protections); only for the in-memory reference itself. */
    skipChecks?: boolean;
  } = {},
): Promise<OpenResult> {
  const before = appliedMigrations(path, options);
  const unknown = (before ?? []).filter((name) => !KNOWN.has(name));
  if (unknown.length > 0) {
    throw new StoreError(
      'newer-database',
      `The database ${path} was written by a newer version of Chairside (it has ${unknown.join(', ')}). ` +
        'Install the newer version; this file was not changed.',
    );
  }
  const target = options.upTo ? MIGRATIONS.findIndex(([n]) => n === options.upTo) + 1 : MIGRATIONS.length;
  const pending = MIGRATIONS.slice(0, target).filter(([name]) => !(before ?? []).includes(name));
  const store = openStore(path, options);
  let backup: string | null = null;
  try {
    // A damaged file is refused before anything (a migration, a backup) is written from it.
    if (!options.skipChecks && before) assertQuickCheck(store);
    if (before && before.length > 0 && pending.length > 0) {
      backup = backupPath(path, options.now ?? new Date());
      await store.backup(backup);
    }
    const { error, results } = await migrator(store, options.upTo).run();
    if (error) {
      throw new StoreError('migration-failed', `Updating the database ${path} failed; it was left as it was.`, {
        cause: error,
      });
    }
    if (!options.skipChecks && !options.upTo) await assertProtections(store);
    return { store, applied: (results ?? []).map((r) => r.migrationName), backup };
  } catch (error) {
    await store.close();
    throw error;
  }
}
