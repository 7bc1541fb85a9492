import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { appendOnly, runAll } from './postgres';
import { DRUG_STEPS } from '../../../../shared/schedule/drug-readiness';

// Each visit's drug on its way to the chair: verified, in preparation, ready, delivered, each once, with who,
// when and at which workstation ('ordered' is the state before any row). Append-only like the other
// histories. `wait_minutes`, on the delivered step, is how long the chair sat waiting for the drug, kept
// for the reports. Built with the schema builder so it ports to PostgreSQL; the triggers differ
// (SQLite's below, PL/pgSQL on PostgreSQL).

const STEPS = sql.raw(DRUG_STEPS.map((s) => `'${s}'`).join(', '));

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('drug_preparation_event')
    .addColumn('id', isPostgres(db) ? 'bigint' : 'integer', (c) =>
      isPostgres(db) ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
    )
    .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointment.id'))
    .addColumn('step', 'text', (c) => c.notNull().check(sql`step IN (${STEPS}) AND step <> 'ordered'`))
    .addColumn('at_utc', 'text', (c) => c.notNull())
    .addColumn('clock_minute', 'integer', (c) => c.notNull().check(sql`clock_minute BETWEEN 0 AND 1439`))
    .addColumn('user_id', 'text')
    .addColumn('workstation', 'text', (c) => c.notNull())
    .addColumn('wait_minutes', 'integer', (c) =>
      c.check(sql`wait_minutes IS NULL OR (step = 'delivered' AND wait_minutes >= 0)`),
    )
    .addUniqueConstraint('drug_preparation_once', ['appointment_id', 'step'])
    .execute();
  if (isPostgres(db))
    return runAll(db, appendOnly('drug_preparation_event', 'drug preparation history is append-only'));
  await sql`CREATE TRIGGER drug_preparation_no_update BEFORE UPDATE ON drug_preparation_event
    BEGIN SELECT RAISE(ABORT, 'drug preparation history is append-only'); END`.execute(db);
  await sql`CREATE TRIGGER drug_preparation_no_delete BEFORE DELETE ON drug_preparation_event
    BEGIN SELECT RAISE(ABORT, 'drug preparation history is append-only'); END`.execute(db);
}
