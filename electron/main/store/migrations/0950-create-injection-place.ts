import type { Kysely } from 'kysely';

// Places where subcutaneous checkpoint products are given (an injection chair, or a room that takes several
// patients at once). Each unit of capacity becomes one bookable seat, so the one-patient-per-seat overlap
// rule that guards infusion chairs guards these too; the capacity limit itself is checked by the repository
// inside the write transaction. Schema builder only, so it runs unchanged on PostgreSQL.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('injection_place')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();
}
