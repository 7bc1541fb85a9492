import type { Kysely } from 'kysely';

// The center reports and exports read signed entries of one kind over a period (irAEs, CAR T assessments,
// education): without this index each report scans every chart entry of the center. Additive only; plain
// CREATE INDEX, the same on PostgreSQL.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('chart_entry_kind_signed')
    .on('chart_entry')
    .columns(['kind', 'status', 'signed_at'])
    .execute();
}
