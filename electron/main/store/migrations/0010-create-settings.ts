import { sql, type Kysely } from 'kysely';

// Center-wide settings as JSON values under stable keys; who changed them last is kept, the full history
// is in the audit trail.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value_json', 'text', (c) => c.notNull().check(sql`json_valid(value_json)`))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}
