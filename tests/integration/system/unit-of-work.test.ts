import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSettingRow, saveSettingValue } from '../../../electron/main/repositories/settings';
import type { AuditAction } from '../../../shared/audit/codes';
import { openTestCore, type TestCore } from '../../support/core';

// deps.write (core/unit-of-work.ts): a write and its audit events commit together or not at all, stamped with
// the core's clock, the actor and the workstation; a write inside a write joins the open transaction.
// Runs on the SQLite file and, in the PostgreSQL pass, on a center database.

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
});
afterEach(async () => t.close());

const ctx = { userId: 'user-ada', workstation: 'chair-12-pc' };
const KEY = 'unitOfWorkProbe';
/** A code no service writes, so each test finds exactly its own events (the app's codes are in shared/audit). */
const marker = (code: string) => code as AuditAction;

async function eventsOf(action: string) {
  return t.core.store.db.selectFrom('audit_event').selectAll().where('action', '=', action).execute();
}

describe('deps.write', () => {
  it('commits the change and its audit event, stamped with the clock, the actor and the workstation', async () => {
    const answer = await t.core.deps.write(ctx, async (tx, { at, audit }) => {
      await saveSettingValue(tx, KEY, 'kept', at, ctx.userId);
      await audit({
        action: marker('uow-commit'),
        objectType: 'settings',
        objectId: KEY,
        patientId: null,
        detail: { n: 1 },
      });
      return at;
    });
    expect(answer).toBe('2026-11-27T09:00:00.000Z');
    expect((await findSettingRow(t.core.store.db, KEY))?.updated_at).toBe('2026-11-27T09:00:00.000Z');
    const [event, ...more] = await eventsOf('uow-commit');
    expect(more).toHaveLength(0);
    expect(event).toMatchObject({
      at_utc: '2026-11-27T09:00:00.000Z',
      user_id: 'user-ada',
      workstation: 'chair-12-pc',
      object_type: 'settings',
      object_id: KEY,
      detail: '{"n":1}',
    });
  });

  it('leaves neither the row nor the audit event when the work fails after both were written', async () => {
    const before = await t.core.store.db.selectFrom('audit_event').select('id').execute();
    const failed = t.core.deps.write(ctx, async (tx, { at, audit }) => {
      await saveSettingValue(tx, KEY, 'lost', at, ctx.userId);
      await audit({ action: marker('uow-rollback'), objectType: 'settings', objectId: KEY });
      throw new Error('refused after writing');
    });
    await expect(failed).rejects.toThrow('refused after writing');
    expect(await findSettingRow(t.core.store.db, KEY)).toBeUndefined();
    expect(await eventsOf('uow-rollback')).toHaveLength(0);
    expect(await t.core.store.db.selectFrom('audit_event').select('id').execute()).toHaveLength(before.length);
    // The chain goes on from the last committed event: the next write appends and links normally.
    await t.core.deps.write(ctx, (_tx, { audit }) => audit({ action: marker('uow-after'), objectType: 'settings' }));
    expect(await eventsOf('uow-after')).toHaveLength(1);
  });

  it('lets an event name another actor, and keeps the workstation of the context', async () => {
    await t.core.deps.write(ctx, async (_tx, { audit }) => {
      await audit({ action: marker('uow-other-actor'), objectType: 'user_account', userId: 'user-new' });
    });
    expect((await eventsOf('uow-other-actor'))[0]).toMatchObject({ user_id: 'user-new', workstation: 'chair-12-pc' });
  });

  it('joins the open transaction when nested: one time, one commit, one rollback', async () => {
    const seen: Array<{ at: string; tx: unknown }> = [];
    const nested = t.core.deps.write(ctx, async (outerTx, outer) => {
      seen.push({ at: outer.at, tx: outerTx });
      t.clock.advanceMinutes(5);
      await t.core.deps.write({ ...ctx, userId: 'user-inner' }, async (innerTx, inner) => {
        seen.push({ at: inner.at, tx: innerTx });
        await saveSettingValue(innerTx, KEY, 'inner', inner.at, 'user-inner');
        await inner.audit({ action: marker('uow-inner'), objectType: 'settings', objectId: KEY });
      });
      throw new Error('outer refuses');
    });
    await expect(nested).rejects.toThrow('outer refuses');
    expect(seen[1]!.tx).toBe(seen[0]!.tx);
    expect(seen[1]!.at).toBe(seen[0]!.at);
    // The inner write was part of the outer unit: rolled back with it.
    expect(await findSettingRow(t.core.store.db, KEY)).toBeUndefined();
    expect(await eventsOf('uow-inner')).toHaveLength(0);
  });

  it('opens separate units for writes that are not nested, even when they run at the same time', async () => {
    const [a, b] = await Promise.all([
      t.core.deps.write(ctx, async (tx, { audit }) => {
        await audit({ action: marker('uow-parallel'), objectType: 'settings', objectId: 'a' });
        return tx;
      }),
      t.core.deps.write(ctx, async (tx, { audit }) => {
        await audit({ action: marker('uow-parallel'), objectType: 'settings', objectId: 'b' });
        return tx;
      }),
    ]);
    expect(a).not.toBe(b);
    expect(await eventsOf('uow-parallel')).toHaveLength(2);
  });
});
