import { sql, type Kysely } from 'kysely';

// CAR T visits that give no drug (the daily monitoring after the cells) and the center's own CAR T protocol.
//
// Where a monitoring visit lives. It must be an appointment: the chair and patient overlap rules (0060/0110
// triggers in SQLite, EXCLUDE constraints in PostgreSQL) are single-table, charting keys each visit by its
// appointment, and the day view, nurse board and reports all read appointment. A separate table would need a
// second copy of each of those (and cross-table locking in PostgreSQL, where EXCLUDE cannot span two tables).
// An appointment points at a plan_dose, whose kind CHECK (0050) has no value for "nothing is given". Widening
// that CHECK in SQLite means rebuilding plan_dose (a new table swapped in for the old: not additive, refused by the
// migration registry test) or editing sqlite_schema (refused by better-sqlite3's defensive mode). So the row keeps the
// CHECK-legal kind 'treatment' and a new column says what it really is; the pair is pinned by a CHECK, and
// repositories/plans.ts maps it to the domain kind 'car-t-monitoring' in the one place rows become plans, so
// no rule reads the stored kind alone. No existing query is fooled: none selects plan_dose.kind = 'treatment'.
//
// car_t_protocol holds, per CAR T product, what the labels do not give: chair minutes for a lymphodepletion
// day and for the cell-infusion visit (the center's own protocol; empty until the center sets them, and
// booking refuses naming each missing one), the length of a monitoring visit (operational), and how many
// days of daily monitoring visits to book (null: the library's sourced label value). Schema builder only, so
// the same step runs on PostgreSQL in center mode.

const minutes = (column: string) => sql.raw(`${column} IS NULL OR ${column} BETWEEN 5 AND 720`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('plan_dose')
    .addColumn('car_t_visit', 'text', (c) =>
      c.check(sql`car_t_visit IS NULL OR (car_t_visit = 'monitoring' AND kind = 'treatment')`),
    )
    .execute();
  await db.schema
    .createTable('car_t_protocol')
    .addColumn('product_id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('ld_chair_minutes', 'integer', (c) => c.check(minutes('ld_chair_minutes')))
    .addColumn('infusion_chair_minutes', 'integer', (c) => c.check(minutes('infusion_chair_minutes')))
    .addColumn('monitoring_visit_minutes', 'integer', (c) => c.check(minutes('monitoring_visit_minutes')))
    .addColumn('monitoring_days', 'integer', (c) =>
      c.check(sql`monitoring_days IS NULL OR monitoring_days BETWEEN 0 AND 28`),
    )
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}
