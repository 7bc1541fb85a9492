import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

const patient = sql`INSERT INTO patient (id, mrn, mrn_search, family_name, given_name, search_name, birth_date, sex, preferred_language, created_at, updated_at)
  VALUES ('p1', 'DEMO-1', 'DEMO1', 'Quillfeather', 'Hélène', 'quillfeather helene', '1961-03-12', 'female', 'fr', 'x', 'x')`;

const plan = (overrides: Record<string, unknown> = {}) => {
  const row: Record<string, unknown> = {
    id: 'tp1',
    patient_id: 'p1',
    kind: 'regimen',
    regimen_id: 'pembrolizumab-200-q3w',
    regimen_name: 'Pembrolizumab 200 mg every 3 weeks',
    library_version: '2026.11.1',
    start_date: '2026-11-30',
    created_at: 'x',
    updated_at: 'x',
    ...overrides,
  };
  const columns = Object.keys(row);
  return sql`INSERT INTO treatment_plan (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES (${sql.join(columns.map((c) => row[c]))})`;
};

const dose = (overrides: Record<string, unknown> = {}) => {
  const row: Record<string, unknown> = {
    plan_id: 'tp1',
    dose_number: 1,
    cycle: 1,
    kind: 'treatment',
    target_date: '2026-11-30',
    items_json: '[]',
    premedication_json: '[]',
    is_first_dose: 1,
    unverified_json: '[]',
    ...overrides,
  };
  const columns = Object.keys(row);
  return sql`INSERT INTO plan_dose (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES (${sql.join(columns.map((c) => row[c]))})`;
};

it('0050 creates treatment_plan and plan_dose, keyed by plan and dose number', async () => {
  const { store, cleanup } = await migratedTo('0050-create-treatment-plans');
  try {
    const planColumns = await tableColumns(store, 'treatment_plan');
    for (const c of [
      'patient_id',
      'regimen_id',
      'library_version',
      'start_date',
      'weight_kg_used',
      'status',
      'status_reason',
      'created_at',
      'created_by',
    ]) {
      expect(planColumns).toContain(c);
    }
    const doseColumns = await tableColumns(store, 'plan_dose');
    for (const c of [
      'plan_id',
      'dose_number',
      'cycle',
      'target_date',
      'items_json',
      'infusion_minutes',
      'premedication_json',
      'is_first_dose',
    ]) {
      expect(doseColumns).toContain(c);
    }
    await patient.execute(store.db);
    await plan().execute(store.db);
    await dose().execute(store.db);
    await expect(dose().execute(store.db)).rejects.toThrow(/UNIQUE|PRIMARY/i);
    const row = await sql<{ status: string }>`SELECT status FROM treatment_plan`.execute(store.db);
    expect(row.rows).toEqual([{ status: 'active' }]);
  } finally {
    await cleanup();
  }
});

it('0050 refuses impossible plans in the database itself', async () => {
  const { store, cleanup } = await migratedTo('0050-create-treatment-plans');
  const refused = (query: ReturnType<typeof sql>) => expect(query.execute(store.db)).rejects.toThrow(/constraint/i);
  try {
    await patient.execute(store.db);
    await refused(plan({ patient_id: 'nobody' }));
    await refused(plan({ status: 'paused' }));
    await refused(plan({ start_date: '2026-02-30' }));
    await refused(plan({ weight_kg_used: 0 }));
    await refused(plan({ car_t_json: '{not json' }));
    await plan().execute(store.db);
    await refused(dose({ plan_id: 'no-plan' }));
    await refused(dose({ items_json: 'nope' }));
    await refused(dose({ is_first_dose: 2 }));
    await refused(dose({ kind: 'chemo' }));
    await refused(dose({ dose_number: 0 }));
  } finally {
    await cleanup();
  }
});
