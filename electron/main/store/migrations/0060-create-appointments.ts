import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { appendOnly, runAll } from './postgres';

// Appointments put a plan's dose on a chair at a time. The rule that a chair holds one patient at a time is
// enforced here, in SQLite, so that no code path and no race between two bookings can break it: a trigger
// refuses any live appointment overlapping another live one on the same chair and date, over half-open
// minutes [start, end). Held, cancelled and no-show appointments free their chair.
// The appointment's history (who, when, what, why) is append-only, like the audit trail.

const RELEASED = sql.raw(`('held', 'cancelled', 'no-show')`);

function overlapGuard(event: 'INSERT' | 'UPDATE') {
  const name = sql.raw(`appointment_no_overlap_${event.toLowerCase()}`);
  const on = sql.raw(event === 'INSERT' ? 'INSERT' : 'UPDATE OF chair_id, date, start_minute, end_minute, status');
  const notSelf = sql.raw(event === 'INSERT' ? '' : 'AND other.id <> NEW.id');
  return sql`CREATE TRIGGER ${name} BEFORE ${on} ON appointment
    WHEN NEW.status NOT IN ${RELEASED}
    BEGIN
      SELECT RAISE(ABORT, 'chair-double-booked')
      WHERE EXISTS (
        SELECT 1 FROM appointment AS other
        WHERE other.date = NEW.date AND other.chair_id = NEW.chair_id ${notSelf}
          AND other.status NOT IN ${RELEASED}
          AND other.start_minute < NEW.end_minute AND NEW.start_minute < other.end_minute
      );
    END`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db);
  await db.schema
    .createTable('appointment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull())
    .addColumn('dose_number', 'integer', (c) => c.notNull())
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('chair_id', 'text', (c) => c.notNull())
    .addColumn('nurse_id', 'text')
    .addColumn('date', 'text', (c) => c.notNull().check(sql`date(date) IS date`))
    .addColumn('start_minute', 'integer', (c) => c.notNull().check(sql`start_minute >= 0`))
    .addColumn('end_minute', 'integer', (c) => c.notNull().check(sql`end_minute <= 1440`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`status IN ('scheduled', 'checked-in', 'in-chair', 'infusing', 'observation', 'completed', 'held', 'cancelled', 'no-show')`,
        ),
    )
    .addColumn('flags_json', 'text', (c) =>
      c
        .notNull()
        .defaultTo('[]')
        .check(sql`json_valid(flags_json)`),
    )
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addForeignKeyConstraint('appointment_plan_dose', ['plan_id', 'dose_number'], 'plan_dose', [
      'plan_id',
      'dose_number',
    ])
    .addCheckConstraint('appointment_ends_after_start', sql`end_minute > start_minute`)
    .execute();
  // The day view reads one date ordered by chair and time, and the overlap trigger probes one chair on one
  // date: both are served by this index (asserted with EXPLAIN QUERY PLAN in the tests).
  await db.schema
    .createIndex('appointment_day')
    .on('appointment')
    .columns(['date', 'chair_id', 'start_minute'])
    .execute();
  await db.schema.createIndex('appointment_patient').on('appointment').columns(['patient_id', 'date']).execute();
  // At most one live appointment per dose: a dose is never booked twice.
  await sql`CREATE UNIQUE INDEX appointment_live_dose ON appointment (plan_id, dose_number)
    WHERE status NOT IN ${RELEASED}`.execute(db);
  await overlapGuard('INSERT').execute(db);
  await overlapGuard('UPDATE').execute(db);

  await db.schema
    .createTable('appointment_event')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointment.id'))
    .addColumn('at_utc', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('workstation', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('detail', 'text', (c) => c.check(sql`detail IS NULL OR json_valid(detail)`))
    .execute();
  await db.schema
    .createIndex('appointment_event_appointment')
    .on('appointment_event')
    .columns(['appointment_id', 'id'])
    .execute();
  await sql`CREATE TRIGGER appointment_event_no_update BEFORE UPDATE ON appointment_event
    BEGIN SELECT RAISE(ABORT, 'appointment history is append-only'); END`.execute(db);
  await sql`CREATE TRIGGER appointment_event_no_delete BEFORE DELETE ON appointment_event
    BEGIN SELECT RAISE(ABORT, 'appointment history is append-only'); END`.execute(db);
}

// PostgreSQL: the chair rule is an EXCLUDE constraint over a time range (btree_gist), checked by the server
// even between two transactions committing at once; held, cancelled and no-show appointments free the chair.
const LIVE_PG = `status NOT IN ('held', 'cancelled', 'no-show')`;

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await runAll(db, [
    'CREATE EXTENSION IF NOT EXISTS btree_gist',
    `CREATE TABLE appointment (
      id text PRIMARY KEY,
      plan_id text NOT NULL,
      dose_number integer NOT NULL,
      patient_id text NOT NULL REFERENCES patient (id),
      chair_id text NOT NULL,
      nurse_id text,
      date text NOT NULL CHECK (chairside_is_date(date)),
      start_minute integer NOT NULL CHECK (start_minute >= 0),
      end_minute integer NOT NULL CHECK (end_minute <= 1440),
      status text NOT NULL CHECK (status IN ('scheduled', 'checked-in', 'in-chair', 'infusing', 'observation',
        'completed', 'held', 'cancelled', 'no-show')),
      flags_json jsonb NOT NULL DEFAULT '[]',
      sequence integer NOT NULL DEFAULT 0,
      created_at text NOT NULL,
      created_by text,
      updated_at text NOT NULL,
      updated_by text,
      CONSTRAINT appointment_plan_dose FOREIGN KEY (plan_id, dose_number) REFERENCES plan_dose (plan_id, dose_number),
      CONSTRAINT appointment_ends_after_start CHECK (end_minute > start_minute),
      CONSTRAINT appointment_chair_no_overlap EXCLUDE USING gist
        (chair_id WITH =, date WITH =, int4range(start_minute, end_minute) WITH &&) WHERE (${LIVE_PG})
    )`,
    'CREATE INDEX appointment_day ON appointment (date, chair_id, start_minute)',
    'CREATE INDEX appointment_patient ON appointment (patient_id, date)',
    `CREATE UNIQUE INDEX appointment_live_dose ON appointment (plan_id, dose_number) WHERE ${LIVE_PG}`,
    `CREATE TABLE appointment_event (
      id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
      appointment_id text NOT NULL REFERENCES appointment (id),
      at_utc text NOT NULL,
      user_id text,
      workstation text NOT NULL,
      action text NOT NULL,
      reason text,
      detail jsonb
    )`,
    'CREATE INDEX appointment_event_appointment ON appointment_event (appointment_id, id)',
    ...appendOnly('appointment_event', 'appointment history is append-only'),
  ]);
}
