import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo } from '../../support/migrations';

type Store = Awaited<ReturnType<typeof migratedTo>>['store'];

async function seed(store: Store) {
  await sql`INSERT INTO patient (id, mrn, mrn_search, family_name, given_name, search_name, birth_date, sex, preferred_language, created_at, updated_at)
    VALUES ('p1', 'DEMO-1', 'DEMO1', 'Quillfeather', 'Hélène', 'quillfeather helene', '1961-03-12', 'female', 'fr', 'x', 'x')`.execute(
    store.db,
  );
  for (const plan of ['tp1', 'tp2']) {
    await sql`INSERT INTO treatment_plan (id, patient_id, kind, regimen_id, regimen_name, library_version, start_date, created_at, updated_at)
      VALUES (${plan}, 'p1', 'regimen', 'r', 'R', '2026.11.1', '2026-11-30', 'x', 'x')`.execute(store.db);
    await sql`INSERT INTO plan_dose (plan_id, dose_number, cycle, kind, target_date, items_json, premedication_json, is_first_dose, unverified_json)
      VALUES (${plan}, 1, 1, 'treatment', '2026-11-30', '[]', '[]', 0, '[]')`.execute(store.db);
  }
}

const book = (id: string, plan: string, chair: string, start: number, end: number, status = 'scheduled') =>
  sql`INSERT INTO appointment (id, plan_id, dose_number, patient_id, chair_id, date, start_minute, end_minute, status, created_at, updated_at)
      VALUES (${id}, ${plan}, 1, 'p1', ${chair}, '2026-11-30', ${start}, ${end}, ${status}, 'x', 'x')`;

it('0110 refuses a second live appointment of the same patient that overlaps, on any chair', async () => {
  const { store, cleanup } = await migratedTo('0110-patient-no-double-booking');
  try {
    await seed(store);
    await book('a1', 'tp1', 'c1', 540, 600).execute(store.db);
    await expect(book('a2', 'tp2', 'c2', 570, 630).execute(store.db)).rejects.toThrow(/patient-double-booked/);
    // Back to back is fine ([start, end) is half-open), and so is an overlap with a released appointment.
    await book('a3', 'tp2', 'c2', 600, 660).execute(store.db);
    await sql`UPDATE appointment SET status = 'cancelled' WHERE id = 'a3'`.execute(store.db);
    await expect(
      sql`UPDATE appointment SET start_minute = 560 WHERE id = 'a1'`.execute(store.db),
    ).resolves.toBeDefined();
    await expect(
      sql`UPDATE appointment SET status = 'scheduled', start_minute = 590 WHERE id = 'a3'`.execute(store.db),
    ).rejects.toThrow(/patient-double-booked/);
    const live = await sql<{ id: string }>`SELECT id FROM appointment WHERE status = 'scheduled' ORDER BY id`.execute(
      store.db,
    );
    expect(live.rows.map((r) => r.id)).toEqual(['a1']);
  } finally {
    await cleanup();
  }
});
