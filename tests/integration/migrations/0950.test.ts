import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

it('0950 keeps injection places with a unique name and a required capacity', async () => {
  const { store, cleanup } = await migratedTo('0950-create-injection-place');
  try {
    expect(await tableColumns(store, 'injection_place')).toEqual(['id', 'name', 'capacity', 'active', 'sort_order']);
    const add = (id: string, name: string, capacity: number | null) =>
      sql`INSERT INTO injection_place (id, name, capacity, sort_order) VALUES (${id}, ${name}, ${capacity}, 1)`;
    await add('p1', 'Injection room', 3).execute(store.db);
    const row = await sql<{ active: number }>`SELECT active FROM injection_place WHERE id = 'p1'`.execute(store.db);
    expect(row.rows[0]?.active).toBe(1);
    await expect(add('p2', 'Injection room', 1).execute(store.db)).rejects.toThrow(/UNIQUE/);
    await expect(add('p3', 'Chair 9', null).execute(store.db)).rejects.toThrow(/NOT NULL/);
  } finally {
    await cleanup();
  }
});
