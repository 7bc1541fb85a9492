import type { Kysely } from 'kysely';

// A plan's appointments (every dose, live or held) are read each time a plan is loaded: the plan screen,
// the chairside visit, the day view's "labs pending" flag for every visit of the day, booking. Only the
// live ones had an index (the partial unique index behind "one live appointment per dose"), which a query
// for held ones, or one whose status test is written differently, cannot use: on a center with five years
// of history (about 150,000 appointments) each plan load scanned them all, and the day view took over a
// minute. Additive only; plain CREATE INDEX, the same on PostgreSQL.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('appointment_plan').on('appointment').columns(['plan_id', 'dose_number']).execute();
}
