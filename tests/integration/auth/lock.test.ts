import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelAccess } from '../../../shared/ipc/access';
import { IPC_CHANNELS } from '../../../shared/ipc/channels';
import { openTestCore, type TestCore } from '../../support/core';
import { ADMIN, NURSE, createUser, setupAdmin, signInAs } from '../../support/auth';
import { makePatient } from '../../support/patients';

let t: TestCore;
let patientId: string;
beforeEach(async () => {
  t = await openTestCore();
  await setupAdmin(t);
  await createUser(t, NURSE);
  patientId = (await t.ok('patients:create', makePatient())).id;
  await signInAs(t, NURSE);
});
afterEach(async () => {
  await t.close();
});

const lastActions = async (n: number) =>
  (
    await sql<{
      action: string;
      detail: string | null;
    }>`SELECT action, detail FROM audit_event ORDER BY id DESC LIMIT ${n}`.execute(t.core.store.db)
  ).rows.reverse();

describe('idle lock', () => {
  it('lets only a charge nurse or an administrator change the idle lock', async () => {
    expect(await t.call('settings:update', { idleLockMinutes: 120 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await t.ok('settings:get', {})).idleLockMinutes).toBe(10);
  });

  it('locks after the configured idle minutes (default 10) by the core’s clock, and audits it once', async () => {
    t.clock.advanceMinutes(9);
    expect((await t.call('patients:get', { id: patientId })).ok).toBe(true);
    t.clock.advanceMinutes(1);
    expect(await t.call('patients:get', { id: patientId })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await t.ok('auth:status', {})).toMatchObject({ locked: true, user: { initials: 'MT' } });
    const locks = await sql<{ n: number }>`SELECT count(*) AS n FROM audit_event WHERE action = 'lock'`.execute(
      t.core.store.db,
    );
    expect(locks.rows[0]!.n).toBe(1);
  });

  it('counts only user input (auth:activity) as activity, not the screen refreshing itself', async () => {
    t.clock.advanceMinutes(8);
    await t.ok('patients:get', { id: patientId });
    t.clock.advanceMinutes(2);
    expect((await t.call('patients:get', { id: patientId })).ok).toBe(false);
    await t.ok('auth:unlock', { initials: 'MT', secret: NURSE.secret });
    t.clock.advanceMinutes(8);
    await t.ok('auth:activity', {});
    t.clock.advanceMinutes(8);
    expect((await t.call('patients:get', { id: patientId })).ok).toBe(true);
  });

  it('follows the center’s idleLockMinutes setting', async () => {
    await signInAs(t, ADMIN);
    await t.ok('settings:update', { idleLockMinutes: 3 });
    t.clock.advanceMinutes(3);
    expect((await t.ok('auth:status', {})).locked).toBe(true);
  });

  it('does not let activity unlock a locked session', async () => {
    await t.ok('auth:lock', {});
    expect((await t.ok('auth:activity', {})).locked).toBe(true);
  });
});

describe('while locked', () => {
  beforeEach(async () => {
    await t.ok('auth:lock', {});
  });

  it('answers `locked` on every patient and user channel, before validation, writing nothing', async () => {
    const before = t.core.store.totalChanges();
    const guarded = IPC_CHANNELS.filter((c) => channelAccess(c) !== 'open');
    expect(guarded).toEqual(expect.arrayContaining(['patients:get', 'chart:list', 'audit:list', 'users:create']));
    for (const channel of guarded) {
      const result = await t.core.dispatch(channel, {});
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'locked' } });
      expect(JSON.stringify(result)).not.toContain('Quillfeather');
    }
    expect(t.core.store.totalChanges()).toBe(before);
  });

  it('keeps the open channels working (status, sign-in, app info, language)', async () => {
    for (const channel of ['auth:status', 'system:info', 'settings:get', 'users:list'] as const) {
      expect((await t.core.dispatch(channel, {})).ok, channel).toBe(true);
    }
  });

  it('unlocks for the same user and audits lock and unlock', async () => {
    const status = await t.ok('auth:unlock', { initials: 'MT', secret: NURSE.secret });
    expect(status).toMatchObject({ locked: false, user: { initials: 'MT' } });
    expect((await t.call('patients:get', { id: patientId })).ok).toBe(true);
    // The read of the patient after unlocking is itself audited.
    expect((await lastActions(3)).map((a) => a.action)).toEqual(['lock', 'unlock', 'read']);
  });

  it('stays locked on a wrong secret', async () => {
    expect((await t.call('auth:unlock', { initials: 'MT', secret: '000000' })).ok).toBe(false);
    expect((await t.ok('auth:status', {})).locked).toBe(true);
  });

  it('lets another nurse take over the workstation: the first is signed out', async () => {
    const status = await t.ok('auth:unlock', { initials: ADMIN.initials, secret: ADMIN.secret });
    expect(status).toMatchObject({ locked: false, user: { initials: 'AA' } });
    expect((await lastActions(2)).map((a) => a.action)).toEqual(['sign-out', 'sign-in']);
  });
});

describe('signed out', () => {
  it('answers `forbidden` on every patient and user channel once accounts exist', async () => {
    await t.ok('auth:sign-out', {});
    for (const channel of IPC_CHANNELS.filter((c) => channelAccess(c) !== 'open')) {
      expect(await t.core.dispatch(channel, {}), channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});

describe('channel access levels', () => {
  it('marks patient-data domains as patient and the sign-in machinery as open', () => {
    for (const channel of IPC_CHANNELS) {
      const domain = channel.split(':')[0]!;
      // Tightening a day is the charge nurse's (manage), the rest of the schedule is patient data.
      const managed = channel.startsWith('schedule:tighten-');
      if (['patients', 'plans', 'schedule', 'chart', 'handouts'].includes(domain) && !managed)
        expect(channelAccess(channel), channel).toBe('patient');
      if (managed) expect(channelAccess(channel), channel).toBe('manage');
      if (domain === 'auth' && channel !== 'auth:verify-second-user')
        expect(channelAccess(channel), channel).toBe('open');
    }
    expect(channelAccess('system:info')).toBe('open');
  });
});
