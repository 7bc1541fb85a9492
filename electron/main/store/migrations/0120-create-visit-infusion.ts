import { sql, type Kysely } from 'kysely';

// The visit at the chair as facts, not as a status typed by hand:
// - infusion_event: each drug's start, interruption, restart, rate change, stop or "not given", with the
//   clock time charted and who charted it. The administration record and the reactions read their times and
//   rates from here, so they cannot disagree. Append-only: a mistaken event is voided by a later one.
// - visit_event: the nurse's decisions about the visit itself (hold the dose today, discharge), append-only.
// - visit_state: the phase main worked out from those facts and the signed chart (check-in, assessment),
//   stored with each change so the day view reads it with the appointment.
// The phase list is shared/charting/visit-phase.ts VISIT_PHASES; the action lists are infusion.ts and
// the visit service's.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE infusion_event (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      appointment_id TEXT NOT NULL REFERENCES appointment (id),
      administration_entry_id TEXT NOT NULL,
      drug_id TEXT NOT NULL CHECK (length(drug_id) BETWEEN 1 AND 80),
      action TEXT NOT NULL CHECK (action IN ('start', 'interrupt', 'restart', 'rate', 'stop', 'not-given', 'void')),
      clock_time TEXT NOT NULL CHECK (clock_time GLOB '[0-2][0-9]:[0-5][0-9]' AND clock_time < '24:00'),
      rate_ml_per_hour REAL CHECK (rate_ml_per_hour IS NULL OR (rate_ml_per_hour > 0 AND rate_ml_per_hour <= 1000)),
      complete INTEGER CHECK (complete IS NULL OR complete IN (0, 1)),
      reason TEXT CHECK (reason IS NULL OR length(trim(reason)) BETWEEN 1 AND 500),
      reaction_entry_id TEXT,
      voids_event_id INTEGER REFERENCES infusion_event (id),
      user_id TEXT REFERENCES user_account (id),
      workstation TEXT NOT NULL,
      at_utc TEXT NOT NULL,
      client_request_id TEXT NOT NULL UNIQUE,
      CHECK ((action IN ('start', 'restart', 'rate')) = (rate_ml_per_hour IS NOT NULL)),
      CHECK ((action = 'stop') = (complete IS NOT NULL)),
      CHECK ((action = 'void') = (voids_event_id IS NOT NULL)),
      CHECK (action NOT IN ('void', 'not-given') OR reason IS NOT NULL)
    ) STRICT
  `.execute(db);
  await db.schema
    .createIndex('infusion_event_visit')
    .on('infusion_event')
    .columns(['appointment_id', 'drug_id', 'id'])
    .execute();
  await sql`CREATE TRIGGER infusion_event_no_update BEFORE UPDATE ON infusion_event
    BEGIN SELECT RAISE(ABORT, 'infusion events are append-only'); END`.execute(db);
  await sql`CREATE TRIGGER infusion_event_no_delete BEFORE DELETE ON infusion_event
    BEGIN SELECT RAISE(ABORT, 'infusion events are append-only'); END`.execute(db);

  await sql`
    CREATE TABLE visit_event (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      appointment_id TEXT NOT NULL REFERENCES appointment (id),
      action TEXT NOT NULL CHECK (action IN ('hold', 'discharge')),
      clock_time TEXT NOT NULL CHECK (clock_time GLOB '[0-2][0-9]:[0-5][0-9]' AND clock_time < '24:00'),
      reason TEXT CHECK (reason IS NULL OR length(trim(reason)) BETWEEN 1 AND 500),
      user_id TEXT REFERENCES user_account (id),
      workstation TEXT NOT NULL,
      at_utc TEXT NOT NULL,
      client_request_id TEXT NOT NULL UNIQUE,
      CHECK (action <> 'hold' OR reason IS NOT NULL)
    ) STRICT
  `.execute(db);
  await db.schema.createIndex('visit_event_visit').on('visit_event').columns(['appointment_id', 'id']).execute();
  await sql`CREATE TRIGGER visit_event_no_update BEFORE UPDATE ON visit_event
    BEGIN SELECT RAISE(ABORT, 'visit events are append-only'); END`.execute(db);
  await sql`CREATE TRIGGER visit_event_no_delete BEFORE DELETE ON visit_event
    BEGIN SELECT RAISE(ABORT, 'visit events are append-only'); END`.execute(db);

  await sql`
    CREATE TABLE visit_state (
      appointment_id TEXT PRIMARY KEY NOT NULL REFERENCES appointment (id),
      phase TEXT NOT NULL CHECK (phase IN ('scheduled', 'checked-in', 'assessed', 'infusing', 'interrupted',
        'observation', 'completed', 'held', 'stopped')),
      observation_ends TEXT CHECK (observation_ends IS NULL OR observation_ends GLOB '[0-2][0-9]:[0-5][0-9]'),
      updated_at TEXT NOT NULL
    ) STRICT
  `.execute(db);
}
