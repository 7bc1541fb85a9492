import type { Store } from './database';
import type { DatabaseSchema } from './schema';

// Bulk loading for the demo generator (hundreds of thousands of rows): one prepared INSERT per table, run
// inside the caller's `store.transaction`. At this volume that is the difference between seconds and hours.
// The embedded SQLite file only: a center database is filled by `center:import` instead.

type Table = keyof DatabaseSchema;
type Row<T extends Table> = { [C in keyof DatabaseSchema[T] & string]?: unknown };

/** A synchronous inserter of rows into `table`, naming its columns (each row gives every one of them). */
export function bulkInserter<T extends Table>(
  store: Pick<Store, 'dialect' | 'prepare'>,
  table: T,
  columns: ReadonlyArray<keyof DatabaseSchema[T] & string>,
): (row: Row<T>) => void {
  if (store.dialect !== 'sqlite') throw new Error('Bulk loading writes the embedded SQLite file only.');
  const text = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
  const statement = store.prepare(text);
  return (row) => {
    statement.run(row);
  };
}
