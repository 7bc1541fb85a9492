import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { refuseTrigger, runAll } from './postgres';

// Chart entries are a legal record. A draft may be saved again and again; once signed, the row is frozen
// by triggers whatever code path (or SQLite shell) tries to change it. A correction is a new, signed row
// that supersedes the previous version, with its own author, time and reason; each version can be
// superseded only once, so an entry's history is a single chain (entry_id, version 1, 2, 3…).
// client_request_id makes a repeated request (double click, retry) land once.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db);
  await sql`
    CREATE TABLE chart_entry (
      id TEXT PRIMARY KEY NOT NULL,
      entry_id TEXT NOT NULL,
      patient_id TEXT NOT NULL REFERENCES patient (id),
      appointment_id TEXT REFERENCES appointment (id),
      kind TEXT NOT NULL CHECK (length(kind) BETWEEN 2 AND 40),
      status TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
      version INTEGER NOT NULL CHECK (version >= 1),
      supersedes_id TEXT UNIQUE REFERENCES chart_entry (id),
      payload TEXT NOT NULL CHECK (json_valid(payload) AND json_type(payload) = 'object'),
      author_id TEXT NOT NULL REFERENCES user_account (id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      signed_by TEXT REFERENCES user_account (id),
      signed_at TEXT,
      verified_by TEXT REFERENCES user_account (id),
      verified_at TEXT,
      correction_reason TEXT CHECK (length(trim(correction_reason)) BETWEEN 1 AND 500),
      client_request_id TEXT NOT NULL UNIQUE,
      UNIQUE (entry_id, version),
      -- Signed means signed by someone at some time; a draft carries no signature.
      CHECK ((status = 'signed') = (signed_by IS NOT NULL AND signed_at IS NOT NULL)),
      CHECK ((verified_by IS NULL) = (verified_at IS NULL)),
      CHECK (verified_by IS NULL OR (status = 'signed' AND verified_by <> signed_by)),
      -- Version 1 starts an entry; every later version is a signed correction with a reason.
      CHECK ((version = 1) = (supersedes_id IS NULL)),
      CHECK ((supersedes_id IS NULL) = (correction_reason IS NULL)),
      CHECK (supersedes_id IS NULL OR status = 'signed'),
      CHECK (version > 1 OR entry_id = id)
    ) STRICT
  `.execute(db);
  await db.schema
    .createIndex('chart_entry_patient')
    .on('chart_entry')
    .columns(['patient_id', 'kind', 'created_at'])
    .execute();
  await db.schema.createIndex('chart_entry_appointment').on('chart_entry').column('appointment_id').execute();
  await sql`CREATE TRIGGER chart_entry_signed_no_update BEFORE UPDATE ON chart_entry WHEN OLD.status = 'signed'
    BEGIN SELECT RAISE(ABORT, 'signed chart entries cannot be changed'); END`.execute(db);
  await sql`CREATE TRIGGER chart_entry_signed_no_delete BEFORE DELETE ON chart_entry WHEN OLD.status = 'signed'
    BEGIN SELECT RAISE(ABORT, 'signed chart entries cannot be deleted'); END`.execute(db);
  // A draft's identity never changes: only its payload, appointment, times, request id and signature do.
  await sql`CREATE TRIGGER chart_entry_draft_identity BEFORE UPDATE ON chart_entry
    WHEN NEW.id IS NOT OLD.id OR NEW.entry_id IS NOT OLD.entry_id OR NEW.patient_id IS NOT OLD.patient_id
      OR NEW.kind IS NOT OLD.kind OR NEW.version IS NOT OLD.version OR NEW.author_id IS NOT OLD.author_id
      OR NEW.created_at IS NOT OLD.created_at OR NEW.supersedes_id IS NOT OLD.supersedes_id
    BEGIN SELECT RAISE(ABORT, 'a draft keeps its id, patient, kind, version and author'); END`.execute(db);
  await sql`CREATE TRIGGER chart_entry_correction_chain BEFORE INSERT ON chart_entry
    WHEN NEW.supersedes_id IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM chart_entry p WHERE p.id = NEW.supersedes_id AND p.status = 'signed'
        AND p.entry_id = NEW.entry_id AND p.patient_id = NEW.patient_id AND p.kind = NEW.kind
        AND p.version + 1 = NEW.version)
    BEGIN SELECT RAISE(ABORT, 'a correction must follow the signed version it supersedes'); END`.execute(db);
}

// PostgreSQL: the payload is `json`, not jsonb: it is kept exactly as written, so the fingerprint of a signed
// entry (store/signed-content.ts) reads back the bytes that were signed. Signed rows are frozen by triggers.
async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await runAll(db, [
    `CREATE TABLE chart_entry (
      id text PRIMARY KEY,
      entry_id text NOT NULL,
      patient_id text NOT NULL REFERENCES patient (id),
      appointment_id text REFERENCES appointment (id),
      kind text NOT NULL CHECK (length(kind) BETWEEN 2 AND 40),
      status text NOT NULL CHECK (status IN ('draft', 'signed')),
      version integer NOT NULL CHECK (version >= 1),
      supersedes_id text UNIQUE REFERENCES chart_entry (id),
      payload json NOT NULL CHECK (json_typeof(payload) = 'object'),
      author_id text NOT NULL REFERENCES user_account (id),
      created_at text NOT NULL,
      updated_at text NOT NULL,
      signed_by text REFERENCES user_account (id),
      signed_at text,
      verified_by text REFERENCES user_account (id),
      verified_at text,
      correction_reason text CHECK (length(trim(correction_reason)) BETWEEN 1 AND 500),
      client_request_id text NOT NULL UNIQUE,
      UNIQUE (entry_id, version),
      CHECK ((status = 'signed') = (signed_by IS NOT NULL AND signed_at IS NOT NULL)),
      CHECK ((verified_by IS NULL) = (verified_at IS NULL)),
      CHECK (verified_by IS NULL OR (status = 'signed' AND verified_by <> signed_by)),
      CHECK ((version = 1) = (supersedes_id IS NULL)),
      CHECK ((supersedes_id IS NULL) = (correction_reason IS NULL)),
      CHECK (supersedes_id IS NULL OR status = 'signed'),
      CHECK (version > 1 OR entry_id = id)
    )`,
    'CREATE INDEX chart_entry_patient ON chart_entry (patient_id, kind, created_at)',
    'CREATE INDEX chart_entry_appointment ON chart_entry (appointment_id)',
    refuseTrigger(
      'chart_entry_signed_no_update',
      'BEFORE UPDATE',
      'chart_entry',
      'signed chart entries cannot be changed',
      `OLD.status = 'signed'`,
    ),
    refuseTrigger(
      'chart_entry_signed_no_delete',
      'BEFORE DELETE',
      'chart_entry',
      'signed chart entries cannot be deleted',
      `OLD.status = 'signed'`,
    ),
    `CREATE TRIGGER chart_entry_no_truncate BEFORE TRUNCATE ON chart_entry FOR EACH STATEMENT
      EXECUTE FUNCTION chairside_refuse('signed chart entries cannot be deleted')`,
    refuseTrigger(
      'chart_entry_draft_identity',
      'BEFORE UPDATE',
      'chart_entry',
      'a draft keeps its id, patient, kind, version and author',
      `NEW.id IS DISTINCT FROM OLD.id OR NEW.entry_id IS DISTINCT FROM OLD.entry_id
        OR NEW.patient_id IS DISTINCT FROM OLD.patient_id OR NEW.kind IS DISTINCT FROM OLD.kind
        OR NEW.version IS DISTINCT FROM OLD.version OR NEW.author_id IS DISTINCT FROM OLD.author_id
        OR NEW.created_at IS DISTINCT FROM OLD.created_at OR NEW.supersedes_id IS DISTINCT FROM OLD.supersedes_id`,
    ),
    `CREATE FUNCTION chart_entry_correction_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.supersedes_id IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM chart_entry p WHERE p.id = NEW.supersedes_id AND p.status = 'signed'
            AND p.entry_id = NEW.entry_id AND p.patient_id = NEW.patient_id AND p.kind = NEW.kind
            AND p.version + 1 = NEW.version) THEN
          RAISE EXCEPTION 'a correction must follow the signed version it supersedes';
        END IF;
        RETURN NEW;
      END $$`,
    `CREATE TRIGGER chart_entry_correction_chain BEFORE INSERT ON chart_entry FOR EACH ROW
      EXECUTE FUNCTION chart_entry_correction_chain()`,
  ]);
}
