import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { runAll } from './postgres';

// A patient can sit in one chair at a time. 0060 protects chairs; this protects patients, so that two plans
// (or a manual booking) can never put the same patient in two live appointments that overlap. Enforced in
// SQLite like the chair rule, so no code path or race can break it. Held, cancelled and no-show appointments
// do not count.

const RELEASED = sql.raw(`('held', 'cancelled', 'no-show')`);

function patientGuard(event: 'INSERT' | 'UPDATE') {
  const name = sql.raw(`appointment_patient_no_overlap_${event.toLowerCase()}`);
  const on = sql.raw(event === 'INSERT' ? 'INSERT' : 'UPDATE OF patient_id, date, start_minute, end_minute, status');
  const notSelf = sql.raw(event === 'INSERT' ? '' : 'AND other.id <> NEW.id');
  return sql`CREATE TRIGGER ${name} BEFORE ${on} ON appointment
    WHEN NEW.status NOT IN ${RELEASED}
    BEGIN
      SELECT RAISE(ABORT, 'patient-double-booked')
      WHERE EXISTS (
        SELECT 1 FROM appointment AS other
        WHERE other.date = NEW.date AND other.patient_id = NEW.patient_id ${notSelf}
          AND other.status NOT IN ${RELEASED}
          AND other.start_minute < NEW.end_minute AND NEW.start_minute < other.end_minute
      );
    END`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db);
  await db.schema.createIndex('appointment_patient_day').on('appointment').columns(['patient_id', 'date']).execute();
  await patientGuard('INSERT').execute(db);
  await patientGuard('UPDATE').execute(db);
}

// PostgreSQL: an EXCLUDE constraint like the chair's (0060), on the patient.
async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await runAll(db, [
    'CREATE INDEX appointment_patient_day ON appointment (patient_id, date)',
    `ALTER TABLE appointment ADD CONSTRAINT appointment_patient_no_overlap EXCLUDE USING gist
      (patient_id WITH =, date WITH =, int4range(start_minute, end_minute) WITH &&)
      WHERE (status NOT IN ('held', 'cancelled', 'no-show'))`,
  ]);
}
