import { queryRows } from '../../support/rows';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { CHARGE, NURSE, createUser, setupAdmin, signInAs } from '../../support/auth';
import { PHARMACIST, PRESCRIBER } from '../../support/orders';

// Prescriber and pharmacist accounts: only an administrator creates, resets or deactivates them (whoever sets
// a prescriber's secret can sign orders in her name), and they manage nothing themselves.

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
  await setupAdmin(t);
});
afterEach(() => t.close());

describe('prescriber and pharmacist accounts', () => {
  it('are created by an administrator, listed with their role, and stored on a least-privileged base role', async () => {
    const prescriber = await createUser(t, PRESCRIBER);
    const pharmacist = await createUser(t, PHARMACIST);
    expect([prescriber.role, pharmacist.role]).toEqual(['prescriber', 'pharmacist']);
    const list = await t.ok('users:list', {});
    expect(list.map((u) => [u.initials, u.role]).sort()).toEqual([
      ['AA', 'admin'],
      ['NO', 'prescriber'],
      ['PP', 'pharmacist'],
    ]);
    const rows = await queryRows<{ initials: string; role: string; clinical_role: string | null }>(
      t.core.store,
      'SELECT initials, role, clinical_role FROM user_account ORDER BY initials',
    );
    expect(rows).toEqual([
      { initials: 'AA', role: 'admin', clinical_role: null },
      { initials: 'NO', role: 'nurse', clinical_role: 'prescriber' },
      { initials: 'PP', role: 'nurse', clinical_role: 'pharmacist' },
    ]);
    await signInAs(t, PRESCRIBER);
    expect((await t.ok('auth:status', {})).user).toMatchObject({ initials: 'NO', role: 'prescriber' });
  });

  it('are out of a charge nurse’s reach: she creates nurses, not prescribers, and resets no pharmacist', async () => {
    await createUser(t, CHARGE);
    const pharmacist = await createUser(t, PHARMACIST);
    await signInAs(t, CHARGE);
    await t.ok('users:create', { ...NURSE });
    const create = await t.call('users:create', { ...PRESCRIBER });
    expect(create).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const reset = await t.call('users:set-secret', { userId: pharmacist.id, secretKind: 'pin', secret: '246810' });
    expect(reset).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const deactivate = await t.call('users:set-active', { userId: pharmacist.id, active: false });
    expect(deactivate).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('manage nothing: no accounts, no audit trail, no center settings', async () => {
    await createUser(t, PRESCRIBER);
    await createUser(t, PHARMACIST);
    for (const who of [PRESCRIBER, PHARMACIST]) {
      await signInAs(t, who);
      expect(await t.call('users:create', { ...NURSE, initials: 'ZZ' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await t.call('audit:list', { limit: 5 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await t.call('settings:update', { idleLockMinutes: 30 })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
  });
});
