import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { verifyAuditRows } from '../../../electron/main/services/audit';
import type { AuditEventRow } from '../../../electron/main/store/schema';
import { openTestCore, type TestCore } from '../../support/core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.close();
});

type Row = AuditEventRow & { id: number };
const rows = (t: TestCore) => t.core.store.prepare<Row>('SELECT * FROM audit_event ORDER BY id').all();

it('chains every audit event to the one before it', async () => {
  for (const minutes of [5, 10, 15]) await t.ok('settings:update', { idleLockMinutes: minutes });
  expect(verifyAuditRows(rows(t))).toEqual({ checked: 3, firstBrokenId: null });
});

it('reports the first broken link when a row was edited behind the app’s back', async () => {
  for (const minutes of [5, 10, 15]) await t.ok('settings:update', { idleLockMinutes: minutes });
  // Someone with the file and a SQLite shell drops the trigger and rewrites history.
  await sql`DROP TRIGGER audit_event_no_update`.execute(t.core.store.db);
  await sql`UPDATE audit_event SET user_id = 'someone-else' WHERE id = 2`.execute(t.core.store.db);
  expect(verifyAuditRows(rows(t))).toEqual({ checked: 2, firstBrokenId: 2 });
});
