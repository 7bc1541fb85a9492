import type { PreparedStatement, Store } from '../electron/main/store/database';

// The bench's RAW baseline: the one place outside electron/main/store/ that prepares SQL by hand (lint allows
// this file by path). Each figure is the core beside the bare statement it boils down to, so the statement
// must be raw (no router, no query builder), and the fixtures that fill a million audit rows must go as fast
// as SQLite allows. The embedded SQLite file only: a center database has no synchronous statements.

/** A raw prepared statement on the store's SQLite connection, for a baseline or a bulk fixture. */
export function rawBaseline<Row = unknown>(store: Pick<Store, 'prepare'>, sql: string): PreparedStatement<Row> {
  return store.prepare<Row>(sql);
}
