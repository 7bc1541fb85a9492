import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

type Store = Awaited<ReturnType<typeof migratedTo>>['store'];

async function seedPlan(store: Store) {
  await sql`INSERT INTO patient (id, mrn, mrn_search, family_name, given_name, search_name, birth_date, sex, preferred_language, created_at, updated_at)
    VALUES ('p1', 'DEMO-1', 'DEMO1', 'Quillfeather', 'Hélène', 'quillfeather helene', '1961-03-12', 'female', 'fr', 'x', 'x')`.execute(
    store.db,
  );
  await sql`INSERT INTO treatment_plan (id, patient_id, kind, regimen_id, regimen_name, library_version, start_date, created_at, updated_at)
    VALUES ('tp1', 'p1', 'car-t', 'axicabtagene-ciloleucel', 'Yescarta', '2026.11.1', '2026-12-09', 'x', 'x')`.execute(
    store.db,
  );
}

const dose = (n: number, kind: string, visit: string | null) =>
  sql`INSERT INTO plan_dose (plan_id, dose_number, cycle, kind, target_date, items_json, premedication_json, is_first_dose, unverified_json, car_t_visit)
    VALUES ('tp1', ${n}, 1, ${kind}, '2026-12-15', '[]', '[]', 0, '[]', ${visit})`;

it('0960 stores a CAR T monitoring visit as a plan dose that an appointment can point at, and nothing else', async () => {
  const { store, cleanup } = await migratedTo('0960-car-t-visits');
  try {
    await seedPlan(store);
    await dose(1, 'car-t-infusion', null).execute(store.db);
    await dose(2, 'treatment', 'monitoring').execute(store.db);
    // The pair is pinned: a drug visit cannot be marked monitoring, and no other value is accepted.
    await expect(dose(3, 'car-t-infusion', 'monitoring').execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(dose(4, 'treatment', 'checkup').execute(store.db)).rejects.toThrow(/CHECK/);
    await sql`INSERT INTO appointment (id, plan_id, dose_number, patient_id, chair_id, date, start_minute, end_minute, status, created_at, updated_at)
      VALUES ('a1', 'tp1', 2, 'p1', 'c1', '2026-12-15', 540, 570, 'scheduled', 'x', 'x')`.execute(store.db);
    // The patient overlap rule (0110) covers monitoring visits like any other appointment.
    await expect(
      sql`INSERT INTO appointment (id, plan_id, dose_number, patient_id, chair_id, date, start_minute, end_minute, status, created_at, updated_at)
        VALUES ('a2', 'tp1', 1, 'p1', 'c2', '2026-12-15', 560, 600, 'scheduled', 'x', 'x')`.execute(store.db),
    ).rejects.toThrow(/patient-double-booked/);
  } finally {
    await cleanup();
  }
});

it('0960 keeps the center CAR T protocol per product, each value empty until set and bounded', async () => {
  const { store, cleanup } = await migratedTo('0960-car-t-visits');
  try {
    expect(await tableColumns(store, 'car_t_protocol')).toEqual([
      'product_id',
      'ld_chair_minutes',
      'infusion_chair_minutes',
      'monitoring_visit_minutes',
      'monitoring_days',
      'updated_at',
      'updated_by',
    ]);
    await sql`INSERT INTO car_t_protocol (product_id, updated_at) VALUES ('axicabtagene-ciloleucel', 'x')`.execute(
      store.db,
    );
    const row = await sql<{ ld: number | null }>`SELECT ld_chair_minutes AS ld FROM car_t_protocol`.execute(store.db);
    expect(row.rows[0]?.ld).toBeNull();
    const set = (column: string, value: number) =>
      sql`UPDATE car_t_protocol SET ${sql.raw(column)} = ${value}`.execute(store.db);
    await expect(set('ld_chair_minutes', 0)).rejects.toThrow(/CHECK/);
    await expect(set('infusion_chair_minutes', 721)).rejects.toThrow(/CHECK/);
    await expect(set('monitoring_days', 29)).rejects.toThrow(/CHECK/);
    await set('monitoring_visit_minutes', 30);
  } finally {
    await cleanup();
  }
});
