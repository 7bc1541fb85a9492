import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { runAll } from './postgres';

// The reasons the app writes itself (a signed reaction or side effect holding a plan, a hold at the chair, a
// hold that shifts later doses, a tightened or closed day) were stored only as English sentences, so a French
// nurse read them in English on the plan card, the day view, the appointment history and the prints. Each
// table that holds such a reason gets its code and values beside the text (shared/reasons/app-reasons.ts): the
// screens word the code in the reader's language, the English text stays for logs, the audit trail and older
// rows. Both are null for a reason a person typed (kept and shown as typed) and for rows written before 1000.
// Values only ever go with a code. Additive only: nullable columns, nothing rewritten.

const TABLES = [
  ['appointment_event', 'reason_code', 'reason_params_json'],
  ['plan_status_event', 'reason_code', 'reason_params_json'],
  ['treatment_plan', 'status_reason_code', 'status_reason_params_json'],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db);
  for (const [table, code, params] of TABLES) {
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN ${sql.ref(code)} TEXT
      CHECK (${sql.ref(code)} IS NULL OR length(${sql.ref(code)}) BETWEEN 2 AND 60)`.execute(db);
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN ${sql.ref(params)} TEXT
      CHECK (${sql.ref(params)} IS NULL OR (${sql.ref(code)} IS NOT NULL AND json_valid(${sql.ref(params)})))`.execute(
      db,
    );
  }
}

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await runAll(
    db,
    TABLES.flatMap(([table, code, params]) => [
      `ALTER TABLE ${table} ADD COLUMN ${code} text CHECK (${code} IS NULL OR length(${code}) BETWEEN 2 AND 60)`,
      // A table constraint: PostgreSQL wants a column's own CHECK to read only that column.
      `ALTER TABLE ${table} ADD COLUMN ${params} jsonb,
        ADD CONSTRAINT ${table}_${params}_with_code CHECK (${params} IS NULL OR ${code} IS NOT NULL)`,
    ]),
  );
}
