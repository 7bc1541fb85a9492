import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { ADMIN, CHARGE, NURSE, createUser, setupAdmin, signInAs } from '../../support/auth';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
  await setupAdmin(t);
});
afterEach(async () => {
  await t.close();
});

describe('accounts', () => {
  it('lists accounts without any secret or hash', async () => {
    await createUser(t, NURSE);
    const list = await t.ok('users:list', {});
    expect(list.map((u) => u.initials).sort()).toEqual(['AA', 'MT']);
    expect(JSON.stringify(list)).not.toMatch(/scrypt|482913|passphrase/);
  });

  it('refuses initials already used, naming the field', async () => {
    await createUser(t, NURSE);
    const again = await t.call('users:create', { ...NURSE, displayName: 'Mathieu Tessier' });
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'initials' }] } });
  });

  it('lets a charge nurse create nurses but not administrators; a nurse creates nobody', async () => {
    await createUser(t, CHARGE);
    await createUser(t, NURSE);
    await signInAs(t, CHARGE);
    await t.ok('users:create', { ...NURSE, initials: 'JD', displayName: 'Jo Doucet' });
    expect((await t.call('users:create', { ...ADMIN, initials: 'AB', role: 'admin' })).ok).toBe(false);
    await signInAs(t, NURSE);
    expect(await t.call('users:create', { ...NURSE, initials: 'KL' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('changes one’s own secret only with the current one; a charge nurse resets it and lifts a lockout', async () => {
    const nurse = await createUser(t, NURSE);
    await createUser(t, CHARGE);
    await signInAs(t, NURSE);
    const noCurrent = await t.call('users:set-secret', { userId: nurse.id, secretKind: 'pin', secret: '135790' });
    expect(noCurrent).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'currentSecret' }] } });
    await t.ok('users:set-secret', {
      userId: nurse.id,
      secretKind: 'pin',
      secret: '135790',
      currentSecret: NURSE.secret,
    });
    await t.ok('auth:sign-out', {});
    for (let i = 0; i < 5; i += 1) await t.call('auth:sign-in', { initials: 'MT', secret: '000000' });
    await signInAs(t, CHARGE);
    await t.ok('users:set-secret', {
      userId: nurse.id,
      secretKind: 'password',
      secret: 'new-passphrase',
      currentSecret: CHARGE.secret,
    });
    await signInAs(t, { initials: 'MT', secret: 'new-passphrase' });
  });

  it('never deactivates the last active administrator or oneself', async () => {
    const admin = (await t.ok('auth:status', {})).user!;
    expect(await t.call('users:set-active', { userId: admin.id, active: false })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const other = await createUser(t, { ...ADMIN, initials: 'AB', role: 'admin' });
    await t.ok('users:set-active', { userId: other.id, active: false });
    await t.ok('users:set-active', { userId: other.id, active: true });
  });
});
