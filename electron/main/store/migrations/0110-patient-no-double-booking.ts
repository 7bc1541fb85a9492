import { sql, type Kysely } from 'kysely';

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
  await db.schema.createIndex('appointment_patient_day').on('appointment').columns(['patient_id', 'date']).execute();
  await patientGuard('INSERT').execute(db);
  await patientGuard('UPDATE').execute(db);
}
