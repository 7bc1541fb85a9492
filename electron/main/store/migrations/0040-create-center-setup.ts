import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { runAll } from './postgres';

// Center setup: chairs, opening hours, closures, nurses with weekly shifts and one-day changes, and the
// scheduling limits. Weekdays are 0 = Sunday … 6 = Saturday; times are minutes since local midnight.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db);
  await createPlaces(db);
  await createStaff(db);
  await createLimits(db);
}

async function createPlaces(db: Kysely<unknown>): Promise<void> {
  // Chairs are never deleted (bookings and charts point at them): they are taken out of service instead.
  await sql`
    CREATE TABLE chair (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 40),
      area TEXT NOT NULL DEFAULT '' CHECK (length(area) <= 64),
      kind TEXT NOT NULL DEFAULT 'chair' CHECK (kind IN ('chair', 'bed')),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      sort_order INTEGER NOT NULL DEFAULT 0 CHECK (sort_order BETWEEN 0 AND 9999)
    ) STRICT
  `.execute(db);
  await sql`
    CREATE TABLE opening_hours (
      weekday INTEGER PRIMARY KEY NOT NULL CHECK (weekday BETWEEN 0 AND 6),
      open_minute INTEGER NOT NULL CHECK (open_minute BETWEEN 0 AND 1440),
      close_minute INTEGER NOT NULL CHECK (close_minute BETWEEN 0 AND 1440),
      is_closed INTEGER NOT NULL CHECK (is_closed IN (0, 1)),
      CHECK (is_closed = 1 OR close_minute > open_minute)
    ) STRICT
  `.execute(db);
  // A starting point every center edits on its first day (a center setting, not a clinical fact): weekdays
  // 08:00–17:00, weekends closed. Seven rows always exist, so "closed" is explicit, never a missing row.
  await sql`
    INSERT INTO opening_hours (weekday, open_minute, close_minute, is_closed) VALUES
      (0, 480, 1020, 1), (1, 480, 1020, 0), (2, 480, 1020, 0), (3, 480, 1020, 0),
      (4, 480, 1020, 0), (5, 480, 1020, 0), (6, 480, 1020, 1)
  `.execute(db);
  await sql`
    CREATE TABLE closure (
      date TEXT PRIMARY KEY NOT NULL CHECK (date(date) IS date),
      reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 200)
    ) STRICT
  `.execute(db);
}

async function createStaff(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE nurse (
      id TEXT PRIMARY KEY NOT NULL,
      display_name TEXT NOT NULL CHECK (length(trim(display_name)) BETWEEN 1 AND 80),
      initials TEXT NOT NULL CHECK (length(initials) BETWEEN 1 AND 4),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    ) STRICT
  `.execute(db);
  await sql`
    CREATE TABLE nurse_shift (
      nurse_id TEXT NOT NULL REFERENCES nurse (id),
      weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
      start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
      end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
      PRIMARY KEY (nurse_id, weekday),
      CHECK (end_minute > start_minute)
    ) STRICT
  `.execute(db);
  await sql`
    CREATE TABLE nurse_shift_override (
      date TEXT NOT NULL CHECK (date(date) IS date),
      nurse_id TEXT NOT NULL REFERENCES nurse (id),
      is_off INTEGER NOT NULL CHECK (is_off IN (0, 1)),
      start_minute INTEGER CHECK (start_minute BETWEEN 0 AND 1440),
      end_minute INTEGER CHECK (end_minute BETWEEN 0 AND 1440),
      PRIMARY KEY (date, nurse_id),
      CHECK ((is_off = 1 AND start_minute IS NULL AND end_minute IS NULL)
          OR (is_off = 0 AND end_minute > start_minute))
    ) STRICT
  `.execute(db);
}

// One row (id = 1). No published nurse:patient ratio (Advisory Board infusion staffing survey, 2016) (1:3–1:4 is anecdote) and "one start
// at a time" is unverified, so 4 patients and 1 start per nurse per 15 minutes are conservative defaults
// the center changes. Pre-assessment and observation minutes are center policy, not label facts (no ICI
// label requires a fixed observation period); the defaults below are placeholders the center sets.
async function createLimits(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE center_limits (
      id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
      max_patients_per_nurse INTEGER NOT NULL DEFAULT 4 CHECK (max_patients_per_nurse BETWEEN 1 AND 20),
      max_starts_per_nurse_per_slot INTEGER NOT NULL DEFAULT 1 CHECK (max_starts_per_nurse_per_slot BETWEEN 1 AND 20),
      slot_minutes INTEGER NOT NULL DEFAULT 15 CHECK (slot_minutes BETWEEN 5 AND 60 AND 60 % slot_minutes = 0),
      pre_assessment_minutes INTEGER NOT NULL DEFAULT 15 CHECK (pre_assessment_minutes BETWEEN 0 AND 240),
      post_infusion_observation_minutes INTEGER NOT NULL DEFAULT 0 CHECK (post_infusion_observation_minutes BETWEEN 0 AND 240),
      first_dose_extra_observation_minutes INTEGER NOT NULL DEFAULT 30 CHECK (first_dose_extra_observation_minutes BETWEEN 0 AND 240),
      scheduling_tolerance_days INTEGER NOT NULL DEFAULT 3 CHECK (scheduling_tolerance_days BETWEEN 0 AND 14)
    ) STRICT
  `.execute(db);
  await sql`INSERT INTO center_limits (id) VALUES (1)`.execute(db);
}

// PostgreSQL: booleans are boolean; the chair name is unique whatever its case (SQLite: COLLATE NOCASE).
async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await runAll(db, [
    `CREATE TABLE chair (
      id text PRIMARY KEY,
      name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40),
      area text NOT NULL DEFAULT '' CHECK (length(area) <= 64),
      kind text NOT NULL DEFAULT 'chair' CHECK (kind IN ('chair', 'bed')),
      active boolean NOT NULL DEFAULT true,
      sort_order integer NOT NULL DEFAULT 0 CHECK (sort_order BETWEEN 0 AND 9999)
    )`,
    'CREATE UNIQUE INDEX chair_name_nocase ON chair (lower(name))',
    `CREATE TABLE opening_hours (
      weekday integer PRIMARY KEY CHECK (weekday BETWEEN 0 AND 6),
      open_minute integer NOT NULL CHECK (open_minute BETWEEN 0 AND 1440),
      close_minute integer NOT NULL CHECK (close_minute BETWEEN 0 AND 1440),
      is_closed boolean NOT NULL,
      CHECK (is_closed OR close_minute > open_minute)
    )`,
    `INSERT INTO opening_hours (weekday, open_minute, close_minute, is_closed) VALUES
      (0, 480, 1020, true), (1, 480, 1020, false), (2, 480, 1020, false), (3, 480, 1020, false),
      (4, 480, 1020, false), (5, 480, 1020, false), (6, 480, 1020, true)`,
    `CREATE TABLE closure (
      date text PRIMARY KEY CHECK (chairside_is_date(date)),
      reason text NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 200)
    )`,
    `CREATE TABLE nurse (
      id text PRIMARY KEY,
      display_name text NOT NULL CHECK (length(trim(display_name)) BETWEEN 1 AND 80),
      initials text NOT NULL CHECK (length(initials) BETWEEN 1 AND 4),
      active boolean NOT NULL DEFAULT true
    )`,
    `CREATE TABLE nurse_shift (
      nurse_id text NOT NULL REFERENCES nurse (id),
      weekday integer NOT NULL CHECK (weekday BETWEEN 0 AND 6),
      start_minute integer NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
      end_minute integer NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
      PRIMARY KEY (nurse_id, weekday),
      CHECK (end_minute > start_minute)
    )`,
    `CREATE TABLE nurse_shift_override (
      date text NOT NULL CHECK (chairside_is_date(date)),
      nurse_id text NOT NULL REFERENCES nurse (id),
      is_off boolean NOT NULL,
      start_minute integer CHECK (start_minute BETWEEN 0 AND 1440),
      end_minute integer CHECK (end_minute BETWEEN 0 AND 1440),
      PRIMARY KEY (date, nurse_id),
      CHECK ((is_off AND start_minute IS NULL AND end_minute IS NULL) OR (NOT is_off AND end_minute > start_minute))
    )`,
    `CREATE TABLE center_limits (
      id integer PRIMARY KEY CHECK (id = 1),
      max_patients_per_nurse integer NOT NULL DEFAULT 4 CHECK (max_patients_per_nurse BETWEEN 1 AND 20),
      max_starts_per_nurse_per_slot integer NOT NULL DEFAULT 1 CHECK (max_starts_per_nurse_per_slot BETWEEN 1 AND 20),
      slot_minutes integer NOT NULL DEFAULT 15 CHECK (slot_minutes BETWEEN 5 AND 60 AND 60 % slot_minutes = 0),
      pre_assessment_minutes integer NOT NULL DEFAULT 15 CHECK (pre_assessment_minutes BETWEEN 0 AND 240),
      post_infusion_observation_minutes integer NOT NULL DEFAULT 0 CHECK (post_infusion_observation_minutes BETWEEN 0 AND 240),
      first_dose_extra_observation_minutes integer NOT NULL DEFAULT 30 CHECK (first_dose_extra_observation_minutes BETWEEN 0 AND 240),
      scheduling_tolerance_days integer NOT NULL DEFAULT 3 CHECK (scheduling_tolerance_days BETWEEN 0 AND 14)
    )`,
    'INSERT INTO center_limits (id) VALUES (1)',
  ]);
}
