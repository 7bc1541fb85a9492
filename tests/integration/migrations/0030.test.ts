import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

const insert = (overrides: Record<string, unknown> = {}) => {
  const row: Record<string, unknown> = {
    id: 'p1',
    mrn: 'DEMO-1',
    mrn_search: 'DEMO1',
    family_name: 'Quillfeather',
    given_name: 'Hélène',
    search_name: 'quillfeather helene',
    birth_date: '1961-03-12',
    sex: 'female',
    weight_kg: 68.5,
    weight_measured_on: '2026-11-20',
    preferred_language: 'fr',
    created_at: '2026-11-27T09:00:00.000Z',
    updated_at: '2026-11-27T09:00:00.000Z',
    ...overrides,
  };
  const columns = Object.keys(row);
  return sql`INSERT INTO patient (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES (${sql.join(columns.map((c) => row[c]))})`;
};

it('0030 creates the patient table with search keys and their indexes', async () => {
  const { store, cleanup } = await migratedTo('0030-create-patients');
  try {
    const columns = await tableColumns(store, 'patient');
    for (const c of [
      'mrn',
      'mrn_search',
      'search_name',
      'weight_kg',
      'weight_measured_on',
      'preferred_window',
      'updated_at',
    ]) {
      expect(columns).toContain(c);
    }
    const indexes = await sql<{ name: string }>`SELECT name FROM pragma_index_list('patient')`.execute(store.db);
    expect(indexes.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['patient_mrn_search', 'patient_search_name']),
    );
    await insert().execute(store.db);
    const row = await sql<{
      preferred_window: string;
      notes: string;
    }>`SELECT preferred_window, notes FROM patient`.execute(store.db);
    expect(row.rows).toEqual([{ preferred_window: 'any', notes: '' }]);
  } finally {
    await cleanup();
  }
});

it('0030 refuses, as a second line of defence, what the input schema refuses', async () => {
  const { store, cleanup } = await migratedTo('0030-create-patients');
  try {
    const bad: Array<Record<string, unknown>> = [
      { weight_kg: 0 },
      { weight_kg: 700 },
      { height_cm: 300, height_measured_on: '2026-11-20' },
      { weight_kg: 'heavy' },
      { weight_measured_on: null },
      { family_name: 'A'.repeat(101) },
      { birth_date: '1961-02-30' },
      { birth_date: '12/03/1961' },
      { sex: 'f' },
      { preferred_language: 'de' },
      { preferred_window: 'night' },
      { mrn: 'demo-1' },
      { notes: 'x'.repeat(2001) },
    ];
    for (const overrides of bad) {
      await expect(insert(overrides).execute(store.db), JSON.stringify(overrides).slice(0, 60)).rejects.toThrow(
        /constraint|cannot store/i,
      );
    }
    await insert().execute(store.db);
    await expect(insert({ id: 'p2' }).execute(store.db)).rejects.toThrow(/UNIQUE/);
  } finally {
    await cleanup();
  }
});
