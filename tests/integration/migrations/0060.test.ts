import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

async function seedPlan(store: Awaited<ReturnType<typeof migratedTo>>['store']) {
  await sql`INSERT INTO patient (id, mrn, mrn_search, family_name, given_name, search_name, birth_date, sex, preferred_language, created_at, updated_at)
    VALUES ('p1', 'DEMO-1', 'DEMO1', 'Quillfeather', 'Hélène', 'quillfeather helene', '1961-03-12', 'female', 'fr', 'x', 'x')`.execute(
    store.db,
  );
  await sql`INSERT INTO treatment_plan (id, patient_id, kind, regimen_id, regimen_name, library_version, start_date, created_at, updated_at)
    VALUES ('tp1', 'p1', 'regimen', 'r', 'R', '2026.11.1', '2026-11-30', 'x', 'x')`.execute(store.db);
  for (const n of [1, 2, 3]) {
    await sql`INSERT INTO plan_dose (plan_id, dose_number, cycle, kind, target_date, items_json, premedication_json, is_first_dose, unverified_json)
      VALUES ('tp1', ${n}, ${n}, 'treatment', '2026-11-30', '[]', '[]', 0, '[]')`.execute(store.db);
  }
}

const appointment = (id: string, dose: number, start: number, end: number, overrides: Record<string, unknown> = {}) => {
  const row: Record<string, unknown> = {
    id,
    plan_id: 'tp1',
    dose_number: dose,
    patient_id: 'p1',
    chair_id: 'c1',
    date: '2026-11-30',
    start_minute: start,
    end_minute: end,
    status: 'scheduled',
    created_at: 'x',
    updated_at: 'x',
    ...overrides,
  };
  const columns = Object.keys(row);
  return sql`INSERT INTO appointment (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES (${sql.join(columns.map((c) => row[c]))})`;
};

it('0060 creates appointment and appointment_event with the day index', async () => {
  const { store, cleanup } = await migratedTo('0060-create-appointments');
  try {
    const columns = await tableColumns(store, 'appointment');
    for (const c of [
      'plan_id',
      'dose_number',
      'patient_id',
      'chair_id',
      'nurse_id',
      'date',
      'start_minute',
      'end_minute',
      'status',
      'flags_json',
      'created_at',
      'updated_at',
    ]) {
      expect(columns).toContain(c);
    }
    expect(await tableColumns(store, 'appointment_event')).toEqual([
      'id',
      'appointment_id',
      'at_utc',
      'user_id',
      'workstation',
      'action',
      'reason',
      'detail',
    ]);
    const indexes = await sql<{ name: string }>`SELECT name FROM pragma_index_list('appointment')`.execute(store.db);
    expect(indexes.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['appointment_day', 'appointment_patient', 'appointment_live_dose']),
    );
  } finally {
    await cleanup();
  }
});

it('0060 enforces one live appointment per chair and time, and per dose', async () => {
  const { store, cleanup } = await migratedTo('0060-create-appointments');
  try {
    await seedPlan(store);
    await appointment('a1', 1, 540, 600).execute(store.db);
    await expect(appointment('a2', 2, 599, 660).execute(store.db)).rejects.toThrow(/chair-double-booked/);
    await appointment('a3', 2, 600, 660).execute(store.db);
    await appointment('a4', 3, 540, 600, { chair_id: 'c2' }).execute(store.db);
    // The same dose booked twice while the first is live.
    await expect(appointment('a5', 1, 700, 760, { chair_id: 'c3' }).execute(store.db)).rejects.toThrow(/UNIQUE/);
    await sql`UPDATE appointment SET status = 'held' WHERE id = 'a1'`.execute(store.db);
    await appointment('a5', 1, 700, 760, { chair_id: 'c3' }).execute(store.db);
  } finally {
    await cleanup();
  }
});

it('0060 refuses impossible appointments in the database itself', async () => {
  const { store, cleanup } = await migratedTo('0060-create-appointments');
  const refused = (query: ReturnType<typeof sql>) => expect(query.execute(store.db)).rejects.toThrow(/constraint/i);
  try {
    await seedPlan(store);
    await refused(appointment('b1', 1, 600, 600));
    await refused(appointment('b2', 1, 600, 1500));
    await refused(appointment('b3', 1, 600, 660, { status: 'maybe' }));
    await refused(appointment('b4', 9, 600, 660));
    await refused(appointment('b5', 1, 600, 660, { date: '2026-11-31' }));
    await refused(appointment('b6', 1, 600, 660, { flags_json: '[' }));
  } finally {
    await cleanup();
  }
});
