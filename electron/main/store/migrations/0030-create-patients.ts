import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { runAll } from './postgres';

// Patients. The CHECK constraints repeat the input sanity limits of shared/ipc/contract/patients.ts as a
// second line of defence: whatever code path writes a row, a 0 kg weight or a name of 10,000 characters
// cannot be stored. STRICT makes SQLite refuse a value of the wrong type instead of silently keeping it.
// search_name and mrn_search are derived keys (accent- and case-folded) so search-as-you-type is an index
// range or a scan of short strings, never a per-row function call.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db);
  await sql`
    CREATE TABLE patient (
      id TEXT PRIMARY KEY NOT NULL,
      mrn TEXT NOT NULL UNIQUE CHECK (length(mrn) BETWEEN 1 AND 32 AND mrn = upper(mrn)),
      mrn_search TEXT NOT NULL,
      family_name TEXT NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
      given_name TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
      search_name TEXT NOT NULL,
      birth_date TEXT NOT NULL CHECK (date(birth_date) IS birth_date AND birth_date >= '1900-01-01'),
      sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
      weight_kg REAL CHECK (weight_kg BETWEEN 1 AND 400),
      weight_measured_on TEXT CHECK (date(weight_measured_on) IS weight_measured_on),
      height_cm REAL CHECK (height_cm BETWEEN 30 AND 250),
      height_measured_on TEXT CHECK (date(height_measured_on) IS height_measured_on),
      allergies TEXT CHECK (length(allergies) <= 1000),
      preferred_language TEXT NOT NULL CHECK (preferred_language IN ('en', 'fr')),
      phone TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
      notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
      preferred_window TEXT NOT NULL DEFAULT 'any' CHECK (preferred_window IN ('any', 'morning', 'afternoon')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      -- A measurement without its date (or a date without a measurement) cannot be trusted for dosing.
      CHECK ((weight_kg IS NULL) = (weight_measured_on IS NULL)),
      CHECK ((height_cm IS NULL) = (height_measured_on IS NULL))
    ) STRICT
  `.execute(db);
  await db.schema.createIndex('patient_mrn_search').on('patient').column('mrn_search').execute();
  await db.schema.createIndex('patient_search_name').on('patient').column('search_name').execute();
}

// PostgreSQL: the same checks (a date that exists through chairside_is_date), typed columns instead of STRICT.
async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await runAll(db, [
    `CREATE TABLE patient (
      id text PRIMARY KEY,
      mrn text NOT NULL UNIQUE CHECK (length(mrn) BETWEEN 1 AND 32 AND mrn = upper(mrn)),
      mrn_search text NOT NULL,
      family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
      given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
      search_name text NOT NULL,
      birth_date text NOT NULL CHECK (chairside_is_date(birth_date) AND birth_date >= '1900-01-01'),
      sex text NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
      weight_kg double precision CHECK (weight_kg BETWEEN 1 AND 400),
      weight_measured_on text CHECK (chairside_is_date(weight_measured_on)),
      height_cm double precision CHECK (height_cm BETWEEN 30 AND 250),
      height_measured_on text CHECK (chairside_is_date(height_measured_on)),
      allergies text CHECK (length(allergies) <= 1000),
      preferred_language text NOT NULL CHECK (preferred_language IN ('en', 'fr')),
      phone text NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
      notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
      preferred_window text NOT NULL DEFAULT 'any' CHECK (preferred_window IN ('any', 'morning', 'afternoon')),
      created_at text NOT NULL,
      updated_at text NOT NULL,
      CHECK ((weight_kg IS NULL) = (weight_measured_on IS NULL)),
      CHECK ((height_cm IS NULL) = (height_measured_on IS NULL))
    )`,
    'CREATE INDEX patient_mrn_search ON patient (mrn_search)',
    'CREATE INDEX patient_search_name ON patient (search_name)',
  ]);
}
