import { sql, type Kysely } from 'kysely';

// A treatment plan is the regimen (or CAR T calendar) as it was worked out for one patient on one day: the
// library version, the weight used and each dose's amount with its basis are stored, not recomputed, so a
// later library update or weight change can never silently change a dose already planned.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('treatment_plan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('regimen', 'car-t')`))
    .addColumn('regimen_id', 'text', (c) => c.notNull())
    .addColumn('regimen_name', 'text', (c) => c.notNull())
    .addColumn('library_version', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull().check(sql`date(start_date) IS start_date`))
    .addColumn('weight_kg_used', 'real', (c) => c.check(sql`weight_kg_used IS NULL OR weight_kg_used > 0`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('active')
        .check(sql`status IN ('active', 'on-hold', 'completed', 'discontinued')`),
    )
    .addColumn('status_reason', 'text')
    .addColumn('car_t_json', 'text', (c) => c.check(sql`car_t_json IS NULL OR json_valid(car_t_json)`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('treatment_plan_patient')
    .on('treatment_plan')
    .columns(['patient_id', 'start_date'])
    .execute();

  await db.schema
    .createTable('plan_dose')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('treatment_plan.id'))
    .addColumn('dose_number', 'integer', (c) => c.notNull().check(sql`dose_number > 0`))
    .addColumn('cycle', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind IN ('treatment', 'lymphodepletion', 'car-t-infusion', 'car-t-additional')`),
    )
    .addColumn('phase_id', 'text')
    .addColumn('interval_days', 'integer', (c) => c.check(sql`interval_days IS NULL OR interval_days > 0`))
    .addColumn('target_date', 'text', (c) => c.notNull().check(sql`date(target_date) IS target_date`))
    .addColumn('items_json', 'text', (c) => c.notNull().check(sql`json_valid(items_json)`))
    .addColumn('infusion_minutes', 'integer', (c) => c.check(sql`infusion_minutes IS NULL OR infusion_minutes > 0`))
    .addColumn('premedication_json', 'text', (c) => c.notNull().check(sql`json_valid(premedication_json)`))
    .addColumn('is_first_dose', 'integer', (c) => c.notNull().check(sql`is_first_dose IN (0, 1)`))
    .addColumn('unverified_json', 'text', (c) => c.notNull().check(sql`json_valid(unverified_json)`))
    .addPrimaryKeyConstraint('plan_dose_pk', ['plan_id', 'dose_number'])
    .execute();
}
