import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

it('0020 creates an append-only audit table: updates and deletes are refused by the database', async () => {
  const { store, cleanup } = await migratedTo('0020-create-audit-events');
  try {
    expect(await tableColumns(store, 'audit_event')).toContain('prev_hash');
    await sql`INSERT INTO audit_event (at_utc, workstation, action, object_type, prev_hash, hash)
              VALUES ('2026-11-27T09:00:00.000Z', 'ws', 'read', 'chart', 'p', 'h')`.execute(store.db);
    await expect(sql`UPDATE audit_event SET action = 'x'`.execute(store.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_event`.execute(store.db)).rejects.toThrow(/append-only/);
    const rows = await sql<{ action: string }>`SELECT action FROM audit_event`.execute(store.db);
    expect(rows.rows).toEqual([{ action: 'read' }]);
  } finally {
    await cleanup();
  }
});
