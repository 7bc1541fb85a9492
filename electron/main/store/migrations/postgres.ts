import { sql, type Kysely } from 'kysely';

// Shared pieces of the PostgreSQL variants that sit beside each migration's SQLite SQL. The triggers raise
// the same messages as SQLite's, so store/errors.ts classifies both the same way.

/** Runs each statement in order (one string each). */
export async function runAll(db: Kysely<unknown>, statements: readonly string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/**
 * A row trigger that refuses the change with `message` (RAISE EXCEPTION, SQLSTATE P0001), optionally only
 * WHEN a condition on OLD/NEW holds (PostgreSQL allows no subquery there: those get their own function).
 */
export function refuseTrigger(name: string, timing: string, table: string, message: string, when?: string): string {
  const condition = when ? ` WHEN (${when})` : '';
  return `CREATE TRIGGER ${name} ${timing} ON ${table} FOR EACH ROW${condition}
    EXECUTE FUNCTION chairside_refuse('${message.replace(/'/g, "''")}')`;
}

/** Refuses UPDATE, DELETE and TRUNCATE on an append-only table (the trigger names are SQLite's). */
export function appendOnly(table: string, message: string): string[] {
  return [
    refuseTrigger(`${table}_no_update`, 'BEFORE UPDATE', table, message),
    refuseTrigger(`${table}_no_delete`, 'BEFORE DELETE', table, message),
    `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT
      EXECUTE FUNCTION chairside_refuse('${message.replace(/'/g, "''")}')`,
  ];
}

/** Functions every later PostgreSQL variant uses; created by 0010. */
export const BASE_FUNCTIONS = [
  // A calendar date written YYYY-MM-DD that exists (SQLite: date(x) IS x).
  `CREATE FUNCTION chairside_is_date(value text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
    BEGIN
      IF value IS NULL THEN RETURN NULL; END IF;
      IF value !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN RETURN false; END IF;
      RETURN to_char(value::date, 'YYYY-MM-DD') = value;
    EXCEPTION WHEN others THEN RETURN false;
    END $$`,
  `CREATE FUNCTION chairside_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$`,
];
