import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

it('0420 keeps each plan hold, resume and discontinue, with its reason, append-only', async () => {
  const { store, cleanup } = await migratedTo('0420-create-plan-status-events');
  try {
    await sql`INSERT INTO patient (id, mrn, mrn_search, family_name, given_name, search_name, birth_date, sex, preferred_language, created_at, updated_at)
      VALUES ('p1', 'DEMO-1', 'DEMO1', 'Quillfeather', 'Hélène', 'quillfeather helene', '1961-03-12', 'female', 'fr', 'x', 'x')`.execute(
      store.db,
    );
    await sql`INSERT INTO treatment_plan (id, patient_id, kind, regimen_id, regimen_name, library_version, start_date, created_at, updated_at)
      VALUES ('tp1', 'p1', 'regimen', 'r', 'R', '2026.11.1', '2026-11-30', 'x', 'x')`.execute(store.db);
    expect(await tableColumns(store, 'plan_status_event')).toEqual(
      expect.arrayContaining(['action', 'reason', 'ordered_by', 'source', 'chart_entry_id', 'user_id']),
    );
    const event = (action: string, reason: string, to = 'on-hold') =>
      sql`INSERT INTO plan_status_event (plan_id, at_utc, workstation, action, from_status, to_status, reason, source)
          VALUES ('tp1', 't', 'ws', ${action}, 'active', ${to}, ${reason}, 'plan-screen')`;
    await event('hold', 'Grade 2 colitis').execute(store.db);
    await expect(event('hold', '  ').execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(event('pause', 'Grade 2 colitis').execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(event('resume', 'Labs fine', 'completed').execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(sql`UPDATE plan_status_event SET reason = 'changed'`.execute(store.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM plan_status_event`.execute(store.db)).rejects.toThrow(/append-only/);
  } finally {
    await cleanup();
  }
});
