import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { runAll } from './postgres';

// A plan stops at the regimen's maximum duration or dose count, or before a phase whose start the library does
// not know; the plan keeps why, as worked out when it was made (like its doses), so a later library update
// never changes the reason shown for an existing plan. Null for CAR T calendars and plans made before 0200.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db);
  await sql`ALTER TABLE treatment_plan ADD COLUMN end_json TEXT CHECK (end_json IS NULL OR json_valid(end_json))`.execute(
    db,
  );
}

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await runAll(db, ['ALTER TABLE treatment_plan ADD COLUMN end_json jsonb']);
}
