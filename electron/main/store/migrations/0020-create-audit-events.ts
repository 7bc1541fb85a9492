import { sql, type Kysely } from 'kysely';

// The audit trail is a legal record: rows are append-only (triggers refuse UPDATE and DELETE, whatever
// code path tries) and hash-chained so that an edit made outside the app is detectable.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at_utc', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('workstation', 'text', (c) => c.notNull())
    .addColumn('patient_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text')
    .addColumn('detail', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .execute();
  await db.schema.createIndex('audit_event_patient').on('audit_event').columns(['patient_id', 'at_utc']).execute();
  await db.schema.createIndex('audit_event_user').on('audit_event').columns(['user_id', 'at_utc']).execute();
  await sql`CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END`.execute(db);
  await sql`CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END`.execute(db);
}
