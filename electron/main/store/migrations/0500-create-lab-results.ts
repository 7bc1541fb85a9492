import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { appendOnly, refuseTrigger, runAll } from './postgres';

// Lab results (as typed, with unit, reference range, who entered them and how), consent per plan, and the
// prescriber's release of a "ready to treat" hold. Written with Kysely's schema builder so the same steps
// port to the PostgreSQL center store; the SQLite-only parts (STRICT, triggers) are marked below.
// Results are never edited: a wrong one is voided with a reason and entered again.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A lab value keeps every digit typed: PostgreSQL's `real` is single precision, SQLite's is double.
  const real = isPostgres(db) ? 'double precision' : 'real';
  await db.schema
    .createTable('lab_result')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('analyte', 'text', (c) => c.notNull())
    .addColumn('drawn_at', 'text', (c) => c.notNull())
    .addColumn('value_text', 'text', (c) => c.notNull().check(sql`length(value_text) BETWEEN 1 AND 40`))
    .addColumn('value_number', real)
    .addColumn('comparator', 'text', (c) => c.check(sql`comparator IS NULL OR comparator IN ('<', '>')`))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('ref_low', real)
    .addColumn('ref_high', real)
    .addColumn('first_unit_value', real)
    .addColumn('first_unit_ref_low', real)
    .addColumn('first_unit_ref_high', real)
    .addColumn('entry_method', 'text', (c) => c.notNull().check(sql`entry_method IN ('hand', 'csv')`))
    .addColumn('entered_by', 'text')
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addColumn('workstation', 'text', (c) => c.notNull())
    .addColumn('voided_at', 'text')
    .addColumn('voided_by', 'text')
    .addColumn('void_reason', 'text')
    .execute();
  await db.schema
    .createIndex('lab_result_patient_analyte')
    .on('lab_result')
    .columns(['patient_id', 'analyte', 'drawn_at'])
    .execute();
  await db.schema
    .createTable('plan_consent')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('treatment_plan.id'))
    .addColumn('consent_date', 'text', (c) => c.notNull())
    .addColumn('consent_type', 'text', (c) =>
      c.notNull().check(sql`consent_type IN ('written', 'verbal', 'electronic')`),
    )
    .addColumn('obtained_by', 'text', (c) => c.notNull().check(sql`length(trim(obtained_by)) BETWEEN 2 AND 120`))
    .addColumn('expires_on', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('workstation', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_consent_plan').on('plan_consent').columns(['plan_id', 'consent_date']).execute();
  await db.schema
    .createTable('ready_release')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointment.id'))
    .addColumn('prescriber_name', 'text', (c) =>
      c.notNull().check(sql`length(trim(prescriber_name)) BETWEEN 2 AND 120`),
    )
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`length(trim(reason)) BETWEEN 3 AND 1000`))
    .addColumn('ordered_at', 'text', (c) => c.notNull())
    .addColumn('released_reasons', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'text')
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addColumn('workstation', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ready_release_appointment').on('ready_release').column('appointment_id').execute();
  if (isPostgres(db)) return triggersPostgres(db);
  // Consent and releases are append-only, and a lab result may only be voided, once (PostgreSQL: below).
  await sql`CREATE TRIGGER ready_release_append_only BEFORE UPDATE ON ready_release
    BEGIN SELECT RAISE(ABORT, 'releases are append-only'); END`.execute(db);
  await sql`CREATE TRIGGER ready_release_no_delete BEFORE DELETE ON ready_release
    BEGIN SELECT RAISE(ABORT, 'releases are append-only'); END`.execute(db);
  await sql`CREATE TRIGGER plan_consent_append_only BEFORE UPDATE ON plan_consent
    BEGIN SELECT RAISE(ABORT, 'consent records are append-only'); END`.execute(db);
  await sql`CREATE TRIGGER lab_result_only_void BEFORE UPDATE ON lab_result
    WHEN OLD.voided_at IS NOT NULL OR NEW.value_text IS NOT OLD.value_text OR NEW.value_number IS NOT OLD.value_number
      OR NEW.unit IS NOT OLD.unit OR NEW.drawn_at IS NOT OLD.drawn_at OR NEW.analyte IS NOT OLD.analyte
      OR NEW.void_reason IS NULL
    BEGIN SELECT RAISE(ABORT, 'a lab result is only ever voided, once, with a reason'); END`.execute(db);
  await sql`CREATE TRIGGER lab_result_no_delete BEFORE DELETE ON lab_result
    BEGIN SELECT RAISE(ABORT, 'lab results are never deleted'); END`.execute(db);
}

// The same refusals on PostgreSQL, with the same messages (store/errors.ts classifies both alike).
async function triggersPostgres(db: Kysely<unknown>): Promise<void> {
  const changed = ['value_text', 'value_number', 'unit', 'drawn_at', 'analyte']
    .map((c) => `NEW.${c} IS DISTINCT FROM OLD.${c}`)
    .join(' OR ');
  await runAll(db, [
    ...appendOnly('ready_release', 'releases are append-only'),
    refuseTrigger('plan_consent_append_only', 'BEFORE UPDATE', 'plan_consent', 'consent records are append-only'),
    refuseTrigger(
      'lab_result_only_void',
      'BEFORE UPDATE',
      'lab_result',
      'a lab result is only ever voided, once, with a reason',
      `OLD.voided_at IS NOT NULL OR ${changed} OR NEW.void_reason IS NULL`,
    ),
    refuseTrigger('lab_result_no_delete', 'BEFORE DELETE', 'lab_result', 'lab results are never deleted'),
  ]);
}
