import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { runAll } from './postgres';

// Prescriber and pharmacist accounts. 0070's CHECK knows only nurse, charge nurse and administrator, and a
// released table is never rebuilt, so the clinical role is an added column. Such an account keeps the
// least-privileged base role ('nurse'): every rule written against `role` (who manages accounts, who sees the
// audit trail, who changes center settings) treats it as no manager, and the CHECK makes any other
// combination impossible, whatever code path writes the row.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db);
  await sql`ALTER TABLE user_account ADD COLUMN clinical_role TEXT
    CHECK (clinical_role IS NULL OR (clinical_role IN ('prescriber', 'pharmacist') AND role = 'nurse'))`.execute(db);
}

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await runAll(db, [
    `ALTER TABLE user_account ADD COLUMN clinical_role text
      CHECK (clinical_role IS NULL OR (clinical_role IN ('prescriber', 'pharmacist') AND role = 'nurse'))`,
  ]);
}
