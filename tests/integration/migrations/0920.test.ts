import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

it('0920 keeps one saved board per day, with when and at which workstation', async () => {
  const { store, cleanup } = await migratedTo('0920-create-nurse-board');
  try {
    expect(await tableColumns(store, 'nurse_board')).toEqual(['date', 'saved_at_utc', 'saved_by', 'workstation']);
    const save = (date: string, at: string | null) =>
      sql`INSERT INTO nurse_board (date, saved_at_utc, saved_by, workstation) VALUES (${date}, ${at}, 'u1', 'ws')`;
    await save('2026-11-27', '2026-11-27T07:30:00.000Z').execute(store.db);
    await expect(save('2026-11-27', '2026-11-27T08:00:00.000Z').execute(store.db)).rejects.toThrow(/UNIQUE|PRIMARY/);
    await expect(save('2026-11-28', null).execute(store.db)).rejects.toThrow(/NOT NULL/);
  } finally {
    await cleanup();
  }
});
