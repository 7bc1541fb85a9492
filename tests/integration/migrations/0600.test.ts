import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

it('0600 adds the premedication wait to the center limits with a 30-minute default and a 0–240 range', async () => {
  const { store, cleanup } = await migratedTo('0600-premedication-wait-setting');
  try {
    expect(await tableColumns(store, 'center_limits')).toContain('premedication_wait_minutes');
    const row = await sql<{ wait: number }>`SELECT premedication_wait_minutes AS wait FROM center_limits`.execute(
      store.db,
    );
    expect(row.rows).toEqual([{ wait: 30 }]);
    await sql`UPDATE center_limits SET premedication_wait_minutes = 45`.execute(store.db);
    await expect(sql`UPDATE center_limits SET premedication_wait_minutes = 241`.execute(store.db)).rejects.toThrow(
      /CHECK/,
    );
    await expect(sql`UPDATE center_limits SET premedication_wait_minutes = -1`.execute(store.db)).rejects.toThrow(
      /CHECK/,
    );
  } finally {
    await cleanup();
  }
});
