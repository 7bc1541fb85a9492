import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { BASE_FUNCTIONS, runAll } from './postgres';

// Center-wide settings as JSON values under stable keys; who changed them last is kept, the full history
// is in the audit trail.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db);
  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value_json', 'text', (c) => c.notNull().check(sql`json_valid(value_json)`))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}

// PostgreSQL: the same table, JSON kept as jsonb; the helper functions the later variants use.
async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await runAll(db, [
    ...BASE_FUNCTIONS,
    `CREATE TABLE setting (
      key text PRIMARY KEY,
      value_json jsonb NOT NULL,
      updated_at text NOT NULL,
      updated_by text
    )`,
  ]);
}
