import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { runAll } from './postgres';

// A treatment plan is the regimen (or CAR T calendar) as it was worked out for one patient on one day: the
// library version, the weight used and each dose's amount with its basis are stored, not recomputed, so a
// later library update or weight change can never silently change a dose already planned.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db);
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

// PostgreSQL: JSON columns are jsonb (validated by the type), is_first_dose a boolean.
async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await runAll(db, [
    `CREATE TABLE treatment_plan (
      id text PRIMARY KEY,
      patient_id text NOT NULL REFERENCES patient (id),
      kind text NOT NULL CHECK (kind IN ('regimen', 'car-t')),
      regimen_id text NOT NULL,
      regimen_name text NOT NULL,
      library_version text NOT NULL,
      start_date text NOT NULL CHECK (chairside_is_date(start_date)),
      weight_kg_used double precision CHECK (weight_kg_used IS NULL OR weight_kg_used > 0),
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'on-hold', 'completed', 'discontinued')),
      status_reason text,
      car_t_json jsonb,
      created_at text NOT NULL,
      created_by text,
      updated_at text NOT NULL
    )`,
    'CREATE INDEX treatment_plan_patient ON treatment_plan (patient_id, start_date)',
    `CREATE TABLE plan_dose (
      plan_id text NOT NULL REFERENCES treatment_plan (id),
      dose_number integer NOT NULL CHECK (dose_number > 0),
      cycle integer NOT NULL,
      kind text NOT NULL CHECK (kind IN ('treatment', 'lymphodepletion', 'car-t-infusion', 'car-t-additional')),
      phase_id text,
      interval_days integer CHECK (interval_days IS NULL OR interval_days > 0),
      target_date text NOT NULL CHECK (chairside_is_date(target_date)),
      items_json jsonb NOT NULL,
      infusion_minutes integer CHECK (infusion_minutes IS NULL OR infusion_minutes > 0),
      premedication_json jsonb NOT NULL,
      is_first_dose boolean NOT NULL,
      unverified_json jsonb NOT NULL,
      CONSTRAINT plan_dose_pk PRIMARY KEY (plan_id, dose_number)
    )`,
  ]);
}
