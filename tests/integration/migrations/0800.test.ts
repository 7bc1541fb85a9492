import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

it('0800 keeps one center key check value (row id 1 only), and nothing else of the key', async () => {
  const { store, cleanup } = await migratedTo('0800-create-center-key');
  try {
    expect(await tableColumns(store, 'center_key')).toEqual(['id', 'recovery_check', 'created_at']);
    await sql`INSERT INTO center_key (id, recovery_check, created_at) VALUES (1, 'abc', 't')`.execute(store.db);
    await expect(
      sql`INSERT INTO center_key (id, recovery_check, created_at) VALUES (2, 'abc', 't')`.execute(store.db),
    ).rejects.toThrow(/CHECK/);
    await expect(
      sql`INSERT INTO center_key (id, recovery_check, created_at) VALUES (1, 'def', 't')`.execute(store.db),
    ).rejects.toThrow(/UNIQUE|PRIMARY/);
  } finally {
    await cleanup();
  }
});
