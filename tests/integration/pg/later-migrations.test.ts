import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import type { Store } from '../../../electron/main/store/database';
import { openCenterStore } from '../../../electron/main/store/center';
import { parseDatabaseSetting } from '../../../electron/main/store/location';
import { describeWithPostgres, freshCenterDatabase, type TestDatabase } from '../../support/postgres';

// The PostgreSQL variants of 0500 (labs, consent, releases), 0600 (premedication wait), 0610 (drug
// preparation) and 0700 (report index): the same refusals as the SQLite triggers, with the same messages.

describeWithPostgres('later migrations on PostgreSQL', () => {
  let db: TestDatabase;
  let store: Store;
  afterEach(async () => {
    await store.close();
    await db.drop();
  });
  const open = async () => {
    db = await freshCenterDatabase();
    const location = parseDatabaseSetting(db.url);
    if (location.kind !== 'postgres') throw new Error('not a postgres URL');
    store = (await openCenterStore(location)).store;
    await sql`INSERT INTO patient (id, mrn, mrn_search, family_name, given_name, search_name, birth_date, sex, preferred_language, created_at, updated_at)
      VALUES ('p1', 'DEMO-1', 'DEMO1', 'Quillfeather', 'Hélène', 'quillfeather helene', '1961-03-12', 'female', 'fr', 'x', 'x')`.execute(
      store.db,
    );
    await sql`INSERT INTO treatment_plan (id, patient_id, kind, regimen_id, regimen_name, library_version, start_date, created_at, updated_at)
      VALUES ('tp1', 'p1', 'regimen', 'r', 'R', '2026.11.1', '2026-11-30', 'x', 'x')`.execute(store.db);
  };

  it('0500: a lab result keeps every digit, is only ever voided once with a reason, never deleted; consent is append-only', async () => {
    await open();
    const lab = (id: string, method = 'hand') =>
      sql`INSERT INTO lab_result (id, patient_id, analyte, drawn_at, value_text, value_number, unit, entry_method, entered_at, workstation)
          VALUES (${id}, 'p1', 'creatinine', '2026-11-29T08:00', '1.23456789', 1.23456789, 'mg/dL', ${method}, 't', 'ws')`;
    await lab('l1').execute(store.db);
    const row = await sql<{ v: number }>`SELECT value_number AS v FROM lab_result`.execute(store.db);
    expect(row.rows[0]!.v).toBe(1.23456789);
    await expect(lab('l2', 'fax').execute(store.db)).rejects.toThrow(/check constraint/);
    await expect(sql`UPDATE lab_result SET value_text = '2.1'`.execute(store.db)).rejects.toThrow(/only ever voided/);
    await expect(sql`UPDATE lab_result SET voided_at = 't'`.execute(store.db)).rejects.toThrow(/only ever voided/);
    await sql`UPDATE lab_result SET voided_at = 't', voided_by = NULL, void_reason = 'wrong patient'`.execute(store.db);
    await expect(sql`UPDATE lab_result SET void_reason = 'again'`.execute(store.db)).rejects.toThrow(
      /only ever voided/,
    );
    await expect(sql`DELETE FROM lab_result`.execute(store.db)).rejects.toThrow(/never deleted/);
    await sql`INSERT INTO plan_consent (id, plan_id, consent_date, consent_type, obtained_by, recorded_at, workstation)
      VALUES ('c1', 'tp1', '2026-11-20', 'written', 'Dr Okafor', 't', 'ws')`.execute(store.db);
    await expect(sql`UPDATE plan_consent SET obtained_by = 'x'`.execute(store.db)).rejects.toThrow(/append-only/);
  });

  it('0600/0610/0700: premedication wait defaults to 30 min; each drug step once, append-only; the report index exists', async () => {
    await open();
    const limits = await sql<{ w: number }>`SELECT premedication_wait_minutes AS w FROM center_limits`.execute(
      store.db,
    );
    expect(limits.rows.map((r) => r.w)).toEqual([30]);
    // A throwaway database: the step's own rules without booking a visit first.
    await sql`ALTER TABLE drug_preparation_event DROP CONSTRAINT drug_preparation_event_appointment_id_fkey`.execute(
      store.db,
    );
    const step = (name: string) =>
      sql`INSERT INTO drug_preparation_event (appointment_id, step, at_utc, clock_minute, workstation)
          VALUES ('a1', ${name}, 't', 540, 'ws')`;
    await step('verified').execute(store.db);
    await expect(step('verified').execute(store.db)).rejects.toThrow(/drug_preparation_once/);
    await expect(step('ordered').execute(store.db)).rejects.toThrow(/check constraint/);
    await expect(sql`UPDATE drug_preparation_event SET clock_minute = 541`.execute(store.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM drug_preparation_event`.execute(store.db)).rejects.toThrow(/append-only/);
    const index = await sql`SELECT 1 FROM pg_indexes WHERE indexname = 'chart_entry_kind_signed'`.execute(store.db);
    expect(index.rows).toHaveLength(1);
  });
});
