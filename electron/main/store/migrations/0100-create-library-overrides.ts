import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { runAll } from './postgres';

// Center changes to the clinical library. The shipped files are never written: the effective library is the
// shipped data of the running app version plus these rows, so a library update applies on upgrade and every
// center value is shown beside the value it replaces.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db);
  // One center value per (record, field). The shipped value and library version it was made against are
  // kept, so an update that changes the shipped value (or removes the field) is flagged for review.
  await sql`
    CREATE TABLE library_override (
      record_kind TEXT NOT NULL CHECK (record_kind IN ('drug', 'regimen', 'car-t')),
      record_id TEXT NOT NULL CHECK (length(record_id) BETWEEN 1 AND 80),
      field_path TEXT NOT NULL CHECK (length(field_path) BETWEEN 1 AND 200),
      value_json TEXT NOT NULL CHECK (json_valid(value_json)),
      shipped_value_json TEXT NOT NULL CHECK (json_valid(shipped_value_json)),
      library_version TEXT NOT NULL CHECK (length(library_version) BETWEEN 1 AND 40),
      reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 3 AND 500),
      saved_at TEXT NOT NULL,
      saved_by TEXT,
      PRIMARY KEY (record_kind, record_id, field_path)
    ) STRICT
  `.execute(db);
  // A whole regimen the center uses that the library does not ship; the "center:" prefix keeps its id apart
  // from every shipped id. Never deleted: plans keep pointing at it.
  await sql`
    CREATE TABLE center_regimen (
      id TEXT PRIMARY KEY NOT NULL CHECK (substr(id, 1, 7) = 'center:' AND length(id) BETWEEN 8 AND 80),
      record_json TEXT NOT NULL CHECK (json_valid(record_json)),
      library_version TEXT NOT NULL CHECK (length(library_version) BETWEEN 1 AND 40),
      reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 3 AND 500),
      saved_at TEXT NOT NULL,
      saved_by TEXT
    ) STRICT
  `.execute(db);
}

// PostgreSQL: the same tables, JSON as jsonb.
async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await runAll(db, [
    `CREATE TABLE library_override (
      record_kind text NOT NULL CHECK (record_kind IN ('drug', 'regimen', 'car-t')),
      record_id text NOT NULL CHECK (length(record_id) BETWEEN 1 AND 80),
      field_path text NOT NULL CHECK (length(field_path) BETWEEN 1 AND 200),
      value_json jsonb NOT NULL,
      shipped_value_json jsonb NOT NULL,
      library_version text NOT NULL CHECK (length(library_version) BETWEEN 1 AND 40),
      reason text NOT NULL CHECK (length(trim(reason)) BETWEEN 3 AND 500),
      saved_at text NOT NULL,
      saved_by text,
      PRIMARY KEY (record_kind, record_id, field_path)
    )`,
    `CREATE TABLE center_regimen (
      id text PRIMARY KEY CHECK (substr(id, 1, 7) = 'center:' AND length(id) BETWEEN 8 AND 80),
      record_json jsonb NOT NULL,
      library_version text NOT NULL CHECK (length(library_version) BETWEEN 1 AND 40),
      reason text NOT NULL CHECK (length(trim(reason)) BETWEEN 3 AND 500),
      saved_at text NOT NULL,
      saved_by text
    )`,
  ]);
}
