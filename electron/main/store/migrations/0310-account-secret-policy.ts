import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { runAll } from './postgres';

// A secret set by someone else (a charge nurse's or administrator's reset) is temporary: the account must
// choose its own at the next sign-in. And a PIN only unlocks one's own locked session unless the center
// allows PIN sign-in (setting pinSignIn): a center that already has PIN accounts keeps them working after
// this upgrade (the setting is turned on for it), and its administrator may turn it off once nurses have
// passwords.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db);
  await sql`ALTER TABLE user_account ADD COLUMN must_change_secret INTEGER NOT NULL DEFAULT 0
    CHECK (must_change_secret IN (0, 1))`.execute(db);
  await sql`INSERT INTO setting (key, value_json, updated_at, updated_by)
    SELECT 'pinSignIn', 'true', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL
    WHERE EXISTS (SELECT 1 FROM user_account WHERE secret_kind = 'pin' AND active = 1)
    ON CONFLICT (key) DO NOTHING`.execute(db);
}

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await runAll(db, [
    'ALTER TABLE user_account ADD COLUMN must_change_secret boolean NOT NULL DEFAULT false',
    `INSERT INTO setting (key, value_json, updated_at, updated_by)
      SELECT 'pinSignIn', 'true', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), NULL
      WHERE EXISTS (SELECT 1 FROM user_account WHERE secret_kind = 'pin' AND active)
      ON CONFLICT (key) DO NOTHING`,
  ]);
}
