import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

type Store = Awaited<ReturnType<typeof migratedTo>>['store'];

async function seed(store: Store) {
  await sql`INSERT INTO patient (id, mrn, mrn_search, family_name, given_name, search_name, birth_date, sex, preferred_language, created_at, updated_at)
    VALUES ('p1', 'DEMO-1', 'DEMO1', 'Quillfeather', 'Hélène', 'quillfeather helene', '1961-03-12', 'female', 'fr', 'x', 'x')`.execute(
    store.db,
  );
  await sql`INSERT INTO treatment_plan (id, patient_id, kind, regimen_id, regimen_name, library_version, start_date, created_at, updated_at)
    VALUES ('tp1', 'p1', 'regimen', 'r', 'R', '2026.11.1', '2026-11-30', 'x', 'x')`.execute(store.db);
  await sql`INSERT INTO plan_dose (plan_id, dose_number, cycle, kind, target_date, items_json, premedication_json, is_first_dose, unverified_json)
    VALUES ('tp1', 1, 1, 'treatment', '2026-11-30', '[]', '[]', 0, '[]')`.execute(store.db);
  await sql`INSERT INTO appointment (id, plan_id, dose_number, patient_id, chair_id, date, start_minute, end_minute, status, created_at, updated_at)
    VALUES ('a1', 'tp1', 1, 'p1', 'c1', '2026-11-30', 600, 660, 'scheduled', 'x', 'x')`.execute(store.db);
}

const event = (action: string, extra: Record<string, unknown> = {}) => {
  const row = {
    rate: null as number | null,
    complete: null as number | null,
    reason: null as string | null,
    voids: null as number | null,
    time: '10:05',
    request: `r-${Math.random()}`,
    ...extra,
  };
  return sql`INSERT INTO infusion_event (appointment_id, administration_entry_id, drug_id, action, clock_time,
      rate_ml_per_hour, complete, reason, voids_event_id, workstation, at_utc, client_request_id)
    VALUES ('a1', 'e1', 'pembrolizumab', ${action}, ${row.time}, ${row.rate}, ${row.complete}, ${row.reason},
      ${row.voids}, 'ws', '2026-11-30T10:05:00Z', ${row.request})`;
};

it('0120 keeps infusion and visit events append-only and shaped per action, and one phase per visit', async () => {
  const { store, cleanup } = await migratedTo('0120-create-visit-infusion');
  try {
    await seed(store);
    expect(await tableColumns(store, 'visit_state')).toEqual([
      'appointment_id',
      'phase',
      'observation_ends',
      'updated_at',
    ]);
    await event('start', { rate: 200 }).execute(store.db);
    // A start carries its rate; a stop says whether the whole dose was given; a void names what it voids.
    await expect(event('start').execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(event('stop').execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(event('void', { reason: 'Mistake' }).execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(event('start', { rate: 200, time: '25:00' }).execute(store.db)).rejects.toThrow(/CHECK/);
    await event('stop', { complete: 1, time: '10:35' }).execute(store.db);
    await expect(sql`UPDATE infusion_event SET clock_time = '10:30'`.execute(store.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM infusion_event`.execute(store.db)).rejects.toThrow(/append-only/);
    await expect(
      sql`INSERT INTO visit_event (appointment_id, action, clock_time, workstation, at_utc, client_request_id)
        VALUES ('a1', 'hold', '09:00', 'ws', 'x', 'h1')`.execute(store.db),
    ).rejects.toThrow(/CHECK/);
    await sql`INSERT INTO visit_state VALUES ('a1', 'observation', '11:05', 'x')`.execute(store.db);
    await expect(sql`INSERT INTO visit_state VALUES ('a1', 'completed', NULL, 'x')`.execute(store.db)).rejects.toThrow(
      /UNIQUE|PRIMARY KEY/i,
    );
    await expect(sql`UPDATE visit_state SET phase = 'dancing'`.execute(store.db)).rejects.toThrow(/CHECK/);
  } finally {
    await cleanup();
  }
});
