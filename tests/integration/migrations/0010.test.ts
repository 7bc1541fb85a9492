import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

it('0010 creates the settings table and refuses a value that is not JSON', async () => {
  const { store, cleanup } = await migratedTo('0010-create-settings');
  try {
    expect(await tableColumns(store, 'setting')).toEqual(['key', 'value_json', 'updated_at', 'updated_by']);
    await sql`INSERT INTO setting (key, value_json, updated_at) VALUES ('a', '{"x":1}', 't')`.execute(store.db);
    await expect(
      sql`INSERT INTO setting (key, value_json, updated_at) VALUES ('b', '{oops', 't')`.execute(store.db),
    ).rejects.toThrow(/CHECK constraint failed/);
  } finally {
    await cleanup();
  }
});
