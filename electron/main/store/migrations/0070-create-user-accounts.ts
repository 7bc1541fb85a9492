import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { refuseTrigger, runAll } from './postgres';

// Nurse accounts. Only a salted scrypt hash of the password or PIN is kept, with its cost parameters, so
// they can be raised later without invalidating existing secrets. Accounts are deactivated, never deleted:
// audit events and signatures keep pointing at them. Initials are unique so a nurse can sign in by them.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db);
  await sql`
    CREATE TABLE user_account (
      id TEXT PRIMARY KEY NOT NULL,
      display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 80),
      initials TEXT NOT NULL UNIQUE CHECK (length(initials) BETWEEN 2 AND 5 AND initials = upper(initials)),
      role TEXT NOT NULL CHECK (role IN ('nurse', 'charge-nurse', 'admin')),
      secret_kind TEXT NOT NULL CHECK (secret_kind IN ('password', 'pin')),
      secret_hash TEXT NOT NULL CHECK (secret_hash LIKE 'scrypt$%'),
      failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
      locked_until TEXT,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT
  `.execute(db);
  await sql`CREATE TRIGGER user_account_no_delete BEFORE DELETE ON user_account
    BEGIN SELECT RAISE(ABORT, 'user accounts are deactivated, never deleted'); END`.execute(db);
}

// PostgreSQL: the same account table; accounts are never deleted (trigger).
async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await runAll(db, [
    `CREATE TABLE user_account (
      id text PRIMARY KEY,
      display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 80),
      initials text NOT NULL UNIQUE CHECK (length(initials) BETWEEN 2 AND 5 AND initials = upper(initials)),
      role text NOT NULL CHECK (role IN ('nurse', 'charge-nurse', 'admin')),
      secret_kind text NOT NULL CHECK (secret_kind IN ('password', 'pin')),
      secret_hash text NOT NULL CHECK (secret_hash LIKE 'scrypt$%'),
      failed_attempts integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
      locked_until text,
      active boolean NOT NULL DEFAULT true,
      created_at text NOT NULL,
      updated_at text NOT NULL
    )`,
    refuseTrigger(
      'user_account_no_delete',
      'BEFORE DELETE',
      'user_account',
      'user accounts are deactivated, never deleted',
    ),
  ]);
}
