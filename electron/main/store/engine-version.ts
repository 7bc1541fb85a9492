import { sql } from 'kysely';
import type { Store } from './database';

/** The database engine's own version, for the diagnostics report: SQLite's library, or the PostgreSQL server. */
export async function engineVersion(store: Pick<Store, 'db' | 'dialect'>): Promise<string> {
  const query =
    store.dialect === 'sqlite'
      ? sql<{ v: string }>`SELECT sqlite_version() AS v`
      : sql<{ v: string }>`SELECT current_setting('server_version') AS v`;
  const { rows } = await query.execute(store.db);
  return rows[0]?.v ?? '?';
}
