import { sql, type Kysely } from 'kysely';

// A plan's holds, resumptions and discontinuation, each with who, when, why and where it came from (the
// plan screen, or a charted reaction or side effect). Append-only, like the appointment history: the plan
// card shows it, and the hash-chained audit trail records the same change.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE plan_status_event (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      plan_id TEXT NOT NULL REFERENCES treatment_plan (id),
      at_utc TEXT NOT NULL,
      user_id TEXT,
      workstation TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('hold', 'resume', 'discontinue')),
      from_status TEXT NOT NULL,
      to_status TEXT NOT NULL CHECK (to_status IN ('active', 'on-hold', 'discontinued')),
      reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 3 AND 1000),
      ordered_by TEXT CHECK (ordered_by IS NULL OR length(trim(ordered_by)) BETWEEN 1 AND 120),
      source TEXT NOT NULL CHECK (length(source) BETWEEN 2 AND 40),
      chart_entry_id TEXT,
      detail TEXT CHECK (detail IS NULL OR json_valid(detail))
    ) STRICT
  `.execute(db);
  await db.schema.createIndex('plan_status_event_plan').on('plan_status_event').columns(['plan_id', 'id']).execute();
  await sql`CREATE TRIGGER plan_status_event_no_update BEFORE UPDATE ON plan_status_event
    BEGIN SELECT RAISE(ABORT, 'plan history is append-only'); END`.execute(db);
  await sql`CREATE TRIGGER plan_status_event_no_delete BEFORE DELETE ON plan_status_event
    BEGIN SELECT RAISE(ABORT, 'plan history is append-only'); END`.execute(db);
}
