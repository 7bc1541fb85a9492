import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { ADMIN, NURSE, createUser, setupAdmin, signInAs } from '../../support/auth';
import { makePatient } from '../../support/patients';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.close();
});

const actions = async () =>
  (
    await sql<{ action: string; user_id: string | null }>`SELECT action, user_id FROM audit_event ORDER BY id`.execute(
      t.core.store.db,
    )
  ).rows;

describe('setup mode (no account yet)', () => {
  it('leaves every channel usable without sign-in and says setup is needed', async () => {
    expect(await t.ok('auth:status', {})).toMatchObject({ setupNeeded: true, user: null, locked: false });
    await t.ok('patients:create', makePatient());
    await t.ok('settings:update', { centerName: 'Day unit' });
  });

  it('creates the administrator once, signed in, and then requires sign-in', async () => {
    const status = await setupAdmin(t);
    expect(status).toMatchObject({ setupNeeded: false, locked: false, user: { initials: 'AA', role: 'admin' } });
    expect(await t.call('auth:setup-admin', { ...ADMIN, initials: 'AB' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await t.ok('auth:sign-out', {});
    expect(await t.call('patients:search', { query: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.call('settings:update', { centerName: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('refuses a weak first secret with the field named', async () => {
    const result = await t.call('auth:setup-admin', { ...ADMIN, secretKind: 'pin', secret: '12' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'secret' }] } });
  });
});

describe('sign-in', () => {
  beforeEach(async () => {
    await setupAdmin(t);
    await createUser(t, NURSE);
    await t.ok('auth:sign-out', {});
  });

  it('signs in by initials (any case) or by user id, and fills the request context from the session', async () => {
    expect((await t.ok('auth:sign-in', { initials: 'mt', secret: NURSE.secret })).user?.displayName).toBe(
      'Marie Tremblay',
    );
    const patient = await t.ok('patients:create', makePatient());
    const created = await sql<{
      user_id: string;
    }>`SELECT user_id FROM audit_event WHERE object_id = ${patient.id}`.execute(t.core.store.db);
    const nurseId = (await t.ok('auth:status', {})).user!.id;
    expect(created.rows[0]!.user_id).toBe(nurseId);
    await t.ok('auth:sign-out', {});
    expect((await t.ok('auth:sign-in', { userId: nurseId, secret: NURSE.secret })).user?.id).toBe(nurseId);
  });

  it('answers a wrong secret and unknown initials the same way, without saying which', async () => {
    const wrong = await t.call('auth:sign-in', { initials: 'MT', secret: '000000' });
    const unknown = await t.call('auth:sign-in', { initials: 'ZZ', secret: '000000' });
    expect(wrong).toEqual(unknown);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'forbidden', issues: [{ path: 'secret' }] } });
    expect(JSON.stringify(wrong)).not.toContain('000000');
  });

  it('locks the account after 5 failures for 15 minutes, even for the right secret, then lets it in again', async () => {
    for (let i = 0; i < 5; i += 1) await t.call('auth:sign-in', { initials: 'MT', secret: '000000' });
    expect(await t.call('auth:sign-in', { initials: 'MT', secret: NURSE.secret })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', issues: [{ path: 'user' }] },
    });
    t.clock.advanceMinutes(14);
    expect((await t.call('auth:sign-in', { initials: 'MT', secret: NURSE.secret })).ok).toBe(false);
    t.clock.advanceMinutes(1);
    expect((await t.ok('auth:sign-in', { initials: 'MT', secret: NURSE.secret })).user?.initials).toBe('MT');
    const row = await sql<{ failed_attempts: number; locked_until: string | null }>`
      SELECT failed_attempts, locked_until FROM user_account WHERE initials = 'MT'`.execute(t.core.store.db);
    expect(row.rows[0]).toEqual({ failed_attempts: 0, locked_until: null });
  });

  it('a success in between starts the failure count again', async () => {
    for (let i = 0; i < 4; i += 1) await t.call('auth:sign-in', { initials: 'MT', secret: '000000' });
    await signInAs(t, NURSE);
    for (let i = 0; i < 4; i += 1) await t.call('auth:sign-in', { initials: 'MT', secret: '000000' });
    expect((await t.call('auth:sign-in', { initials: 'MT', secret: NURSE.secret })).ok).toBe(true);
  });

  it('refuses a deactivated account', async () => {
    await signInAs(t, ADMIN);
    const nurse = (await t.ok('users:list', {})).find((u) => u.initials === 'MT')!;
    await t.ok('users:set-active', { userId: nurse.id, active: false });
    expect((await t.call('auth:sign-in', { initials: 'MT', secret: NURSE.secret })).ok).toBe(false);
  });

  it('audits sign-in, failed sign-in, account lockout and sign-out, with the user', async () => {
    const before = (await actions()).length;
    await t.call('auth:sign-in', { initials: 'MT', secret: '000000' });
    await signInAs(t, NURSE);
    await t.ok('auth:sign-out', {});
    for (let i = 0; i < 5; i += 1) await t.call('auth:sign-in', { initials: 'MT', secret: '000000' });
    const log = (await actions()).slice(before).map((a) => a.action);
    expect(log).toEqual([
      'sign-in-failed',
      'sign-in',
      'sign-out',
      ...Array<string>(5).fill('sign-in-failed'),
      'account-locked',
    ]);
    const details = await sql<{ detail: string | null }>`SELECT detail FROM audit_event`.execute(t.core.store.db);
    for (const d of details.rows) expect(d.detail ?? '').not.toMatch(/482913|000000|passphrase/);
  });
});
