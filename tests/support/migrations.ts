import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openAndMigrate } from '../../electron/main/store/migrate';
import type { Store } from '../../electron/main/store/database';

/** A database migrated exactly up to (and including) one migration, for that migration's own test. */
export async function migratedTo(name: string): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'chairside-migration-'));
  const { store } = await openAndMigrate(join(dir, 'db.sqlite3'), { upTo: name });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function tableColumns(store: Store, table: string): Promise<string[]> {
  const rows = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(store.db);
  return rows.rows.map((r) => r.name);
}
