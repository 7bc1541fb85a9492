import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo } from '../../support/migrations';

// 0200 adds why a plan stops (end_json) to treatment_plan: nullable, so plans made before keep loading, and
// checked as JSON so no code path can store a reason the plan reader cannot parse.
it('0200 adds a nullable, JSON-checked end_json to treatment plans', async () => {
  const { store, cleanup } = await migratedTo('0200-plan-end-reason');
  try {
    await sql`INSERT INTO patient (id, mrn, mrn_search, family_name, given_name, search_name, birth_date, sex, preferred_language, created_at, updated_at)
      VALUES ('p1', 'DEMO-1', 'DEMO1', 'Quillfeather', 'Hélène', 'quillfeather helene', '1961-03-12', 'female', 'fr', 'x', 'x')`.execute(
      store.db,
    );
    const insert = (id: string, end: string | null) =>
      sql`INSERT INTO treatment_plan (id, patient_id, kind, regimen_id, regimen_name, library_version, start_date, end_json, created_at, updated_at)
        VALUES (${id}, 'p1', 'regimen', 'r', 'R', '2026.12.1', '2026-12-03', ${end}, 'x', 'x')`.execute(store.db);
    await insert('old', null);
    await insert(
      'new',
      JSON.stringify({ reason: 'dose-count', text: 'The regimen has 4 doses.', phaseLabel: 'Ipilimumab' }),
    );
    await expect(insert('bad', '{not json')).rejects.toThrow(/CHECK constraint failed/);
    const rows = await sql<{
      id: string;
      end_json: string | null;
    }>`SELECT id, end_json FROM treatment_plan ORDER BY id`.execute(store.db);
    expect(rows.rows.map((r) => [r.id, r.end_json === null])).toEqual([
      ['new', false],
      ['old', true],
    ]);
  } finally {
    await cleanup();
  }
});
