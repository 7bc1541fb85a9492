import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { runAll } from './postgres';

// The audit chain becomes keyed. Events written from now on carry chain = 2: their hash is an HMAC-SHA-256,
// under a key derived from the database's master secret, of the exact bytes SQLite stores (not of the
// JavaScript strings, which could differ). Rows written before keep chain = 1 (the unkeyed SHA-256 of their
// fields) and are sealed by the first keyed event, whose HMAC covers the last unkeyed hash. A chain-1 row
// after a chain-2 row is a forgery (a downgrade), and the verifier says so.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db);
  await sql`ALTER TABLE audit_event ADD COLUMN chain INTEGER NOT NULL DEFAULT 1 CHECK (chain IN (1, 2))`.execute(db);
  // The verifier finds each signed entry's signature event, and the record-access report a patient's reads.
  await db.schema.createIndex('audit_event_object').on('audit_event').columns(['object_type', 'object_id']).execute();
}

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await runAll(db, [
    'ALTER TABLE audit_event ADD COLUMN chain integer NOT NULL DEFAULT 1 CHECK (chain IN (1, 2))',
    'CREATE INDEX audit_event_object ON audit_event (object_type, object_id)',
  ]);
}
