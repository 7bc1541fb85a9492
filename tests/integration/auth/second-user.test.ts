import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { CHARGE, NURSE, nurseSignedIn } from '../../support/auth';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
  await nurseSignedIn(t);
});
afterEach(async () => {
  await t.close();
});

describe('second-nurse verification', () => {
  it('gives a short-lived token bound to the action, without signing the first nurse out', async () => {
    const v = await t.ok('auth:verify-second-user', {
      initials: CHARGE.initials,
      secret: CHARGE.secret,
      actionId: 'chart-sign:abc',
    });
    expect(v).toMatchObject({ actionId: 'chart-sign:abc', verifierName: 'Chloé Charge' });
    expect(Date.parse(v.expiresAt) - t.clock.now().getTime()).toBe(120_000);
    expect((await t.ok('auth:status', {})).user?.initials).toBe(NURSE.initials);
  });

  it('refuses the signed-in nurse verifying her own action, before checking the secret', async () => {
    const result = await t.call('auth:verify-second-user', {
      initials: NURSE.initials,
      secret: NURSE.secret,
      actionId: 'a:1',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'forbidden', issues: [{ path: 'userId', code: 'same-nurse' }] },
    });
  });

  it('refuses a wrong secret and counts it toward the verifier’s lockout', async () => {
    for (let i = 0; i < 5; i += 1) {
      await t.call('auth:verify-second-user', { initials: CHARGE.initials, secret: 'wrong-one', actionId: 'a:1' });
    }
    const right = await t.call('auth:verify-second-user', {
      initials: CHARGE.initials,
      secret: CHARGE.secret,
      actionId: 'a:1',
    });
    expect(right).toMatchObject({ ok: false, error: { code: 'forbidden', issues: [{ path: 'user' }] } });
  });

  it('needs a signed-in, unlocked nurse to verify for', async () => {
    await t.ok('auth:lock', {});
    const locked = await t.call('auth:verify-second-user', {
      initials: CHARGE.initials,
      secret: CHARGE.secret,
      actionId: 'a:1',
    });
    expect(locked).toMatchObject({ ok: false, error: { code: 'locked' } });
    await t.ok('auth:sign-out', {});
    const out = await t.call('auth:verify-second-user', {
      initials: CHARGE.initials,
      secret: CHARGE.secret,
      actionId: 'a:1',
    });
    expect(out).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
