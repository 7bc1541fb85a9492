import { PostgresAdapter, type DialectAdapter } from 'kysely';

// Which SQL dialect a Kysely instance or transaction speaks. Migrations and the few statements that differ
// (the audit hash, reading signed content as bytes) ask here; everything else is written once in Kysely.

export type Dialect = 'sqlite' | 'postgres';

interface HasExecutor {
  getExecutor(): { readonly adapter: DialectAdapter };
}

export function dialectOf(db: HasExecutor): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

export const isPostgres = (db: HasExecutor): boolean => dialectOf(db) === 'postgres';
