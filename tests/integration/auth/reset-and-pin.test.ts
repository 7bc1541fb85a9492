import { queryRows } from '../../support/rows';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, CHARGE, NURSE, createUser, setupAdmin, signInAs } from '../../support/auth';
import { openTestCore, type TestCore } from '../../support/core';
import { makePatient } from '../../support/patients';

// Access defects found in review: a reset needed no re-authentication and forced no change; a charge nurse
// could reset another charge nurse; a 6-digit PIN opened a fresh session anywhere.

let t: TestCore;
afterEach(async () => {
  await t.close();
});

const actions = async () =>
  (await sql<{ action: string }>`SELECT action FROM audit_event ORDER BY id`.execute(t.core.store.db)).rows.map(
    (r) => r.action,
  );

describe('resetting someone else’s secret', () => {
  let nurseId: string;
  beforeEach(async () => {
    t = await openTestCore();
    await setupAdmin(t);
    nurseId = (await createUser(t, NURSE)).id;
    await createUser(t, CHARGE);
    await signInAs(t, CHARGE);
  });

  it('needs the resetter to type her own secret; a wrong one is refused and counted', async () => {
    const reset = { userId: nurseId, secretKind: 'pin', secret: '246802' } as const;
    expect(await t.call('users:set-secret', reset)).toMatchObject({
      error: { code: 'invalid', issues: [{ path: 'currentSecret' }] },
    });
    expect(await t.call('users:set-secret', { ...reset, currentSecret: 'not-my-passphrase' })).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect((await actions()).at(-1)).toBe('set-secret-failed');
    await t.ok('users:set-secret', { ...reset, currentSecret: CHARGE.secret });
  });

  it('forces the account to choose its own secret at its next sign-in, and nothing else works until then', async () => {
    await t.ok('users:set-secret', {
      userId: nurseId,
      secretKind: 'pin',
      secret: '246802',
      currentSecret: CHARGE.secret,
    });
    const status = await signInAs(t, { initials: NURSE.initials, secret: '246802' });
    expect(status).toMatchObject({ mustChangeSecret: true, user: { initials: 'MT' } });
    const patient = await t.call('patients:create', makePatient());
    expect(patient).toMatchObject({ ok: false, error: { code: 'forbidden', issues: [{ path: 'secret' }] } });
    const same = await t.call('users:set-secret', {
      userId: nurseId,
      secretKind: 'pin',
      secret: '246802',
      currentSecret: '246802',
    });
    expect(same).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'secret' }] } });
    await t.ok('users:set-secret', { userId: nurseId, secretKind: 'pin', secret: '975310', currentSecret: '246802' });
    expect((await t.ok('auth:status', {})).mustChangeSecret).toBe(false);
    expect((await t.call('patients:create', makePatient())).ok).toBe(true);
  });

  it('lets a charge nurse reset nurses only, not another charge nurse or an administrator', async () => {
    const peer = await t.call('users:create', { ...CHARGE, initials: 'CD', displayName: 'Claire Deux' });
    expect(peer.ok).toBe(false);
    await signInAs(t, ADMIN);
    const other = await createUser(t, { ...CHARGE, initials: 'CD', displayName: 'Claire Deux' });
    await signInAs(t, CHARGE);
    const refused = await t.call('users:set-secret', {
      userId: other.id,
      secretKind: 'password',
      secret: 'another-passphrase',
      currentSecret: CHARGE.secret,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('a PIN', () => {
  beforeEach(async () => {
    t = await openTestCore(undefined, { authPolicy: { pinSignIn: false } });
    await setupAdmin(t);
    await createUser(t, NURSE);
    await t.ok('auth:sign-out', {});
  });

  it('does not start a session by default, and the refusal is audited', async () => {
    const refused = await t.call('auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', issues: [{ path: 'secretKind' }] } });
    expect((await t.ok('auth:status', {})).user).toBeNull();
    expect((await actions()).at(-1)).toBe('sign-in-refused');
  });

  it('unlocks its own locked session, but does not take over someone else’s', async () => {
    await signInAs(t, ADMIN);
    await createUser(t, { ...NURSE, initials: 'JD', displayName: 'Jo Doucet', secret: '135791' });
    await t.ok('settings:update', { pinSignIn: true });
    await signInAs(t, NURSE);
    // The administrator turns PIN sign-in off again (from another workstation) while the nurse works.
    await queryRows(t.core.store, "UPDATE setting SET value_json = 'false' WHERE key = 'pinSignIn'");
    await t.ok('auth:lock', {});
    expect(await t.ok('auth:unlock', { initials: NURSE.initials, secret: NURSE.secret })).toMatchObject({
      locked: false,
    });
    await t.ok('auth:lock', {});
    const takeover = await t.call('auth:unlock', { initials: 'JD', secret: '135791' });
    expect(takeover).toMatchObject({ ok: false, error: { code: 'forbidden', issues: [{ path: 'secretKind' }] } });
    expect(await t.ok('auth:status', {})).toMatchObject({ locked: true, user: { initials: 'MT' } });
    expect(await t.ok('auth:unlock', { initials: ADMIN.initials, secret: ADMIN.secret })).toMatchObject({
      user: { initials: 'AA' },
    });
  });

  it('is allowed to sign in when the center turns pinSignIn on in Settings', async () => {
    await signInAs(t, ADMIN);
    await t.ok('settings:update', { pinSignIn: true });
    await t.ok('auth:sign-out', {});
    expect(await signInAs(t, NURSE)).toMatchObject({ user: { initials: 'MT' } });
  });
});
