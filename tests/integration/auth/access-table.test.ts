import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelAccess } from '../../../shared/ipc/access';
import { IPC_CHANNELS, type IpcChannel } from '../../../shared/ipc/channels';
import { ADMIN, CHARGE, NURSE, createUser, setupAdmin, signInAs } from '../../support/auth';
import { openTestCore, type TestCore } from '../../support/core';

// Every channel against every role, through the real router: who may reach a handler at all. The setup of
// the center (chairs, hours, closures, nurses, shifts, limits), every settings writer, accounts, library
// overrides, the vital-sign thresholds, the audit trail and the recovery key are for charge nurses and
// administrators; a nurse was able to change the center's setup before.

const MANAGE: readonly IpcChannel[] = [
  'ready:save-policy',
  // The center's LOINC code per lab test, which the FHIR export writes.
  'labs:save-loinc-codes',
  'center:save-chair',
  'center:save-injection-place',
  'center:save-hours',
  'center:save-closure',
  'center:delete-closure',
  'center:save-nurse',
  'center:save-shifts',
  'center:save-shift-override',
  'center:delete-shift-override',
  'center:save-limits',
  // The charge nurse's board: nurses read it, only she saves it.
  'assignments:save',
  // Tightening a coming day moves other patients' bookings: the charge nurse's call.
  'schedule:tighten-proposal',
  'schedule:tighten-apply',
  // The center's own CAR T protocol minutes.
  'center:save-car-t-protocol',
  'settings:update',
  'users:create',
  'users:set-active',
  'library:save-override',
  'library:remove-override',
  'library:save-center-regimen',
  'charting:save-thresholds',
  'audit:list',
  'audit:verify',
  'audit:verify-status',
  'audit:checkpoint',
  'audit:record-access',
  'security:status',
  'security:recovery-key',
  'security:confirm-recovery-key',
  'backup:status',
  'backup:configure',
  'backup:now',
  'backup:restore',
  // Which database this workstation opens: a charge nurse reads it; testing and saving are the administrator's.
  'center-db:status',
  'center-db:test',
  'center-db:save',
  'center-db:use-local',
  // The center reports carry every patient's figures and files: charge nurses and administrators only.
  'reports:summary',
  'reports:save-pdf',
  'reports:export-section',
  'reports:export-csv',
  'reports:export-fhir',
];

type Role = 'signed-out' | 'nurse' | 'charge-nurse' | 'admin' | 'locked';
type Outcome = 'runs' | 'forbidden' | 'locked';

function expected(channel: IpcChannel, role: Role): Outcome {
  const access = channelAccess(channel);
  if (access === 'open') return 'runs';
  if (role === 'signed-out') return 'forbidden';
  if (role === 'locked') return 'locked';
  if (access === 'manage' && role === 'nurse') return 'forbidden';
  return 'runs';
}

const GUARD_REFUSALS = ['Sign in to Chairside first.', 'Only a charge nurse or an administrator can do this.'];

// Channels that change the session itself are checked by their access level only (running them would sign
// the role out in the middle of the table).
const SESSION_CHANGING: ReadonlySet<IpcChannel> = new Set([
  'auth:sign-out',
  'auth:lock',
  'auth:unlock',
  'auth:sign-in',
  'auth:setup-admin',
]);

let t: TestCore;
beforeAll(async () => {
  t = await openTestCore();
  await setupAdmin(t);
  await createUser(t, NURSE);
  await createUser(t, CHARGE);
});
afterAll(async () => {
  await t.close();
});

async function become(role: Role): Promise<void> {
  if (role === 'signed-out') await t.ok('auth:sign-out', {});
  else if (role === 'nurse') await signInAs(t, NURSE);
  else if (role === 'charge-nurse') await signInAs(t, CHARGE);
  else if (role === 'admin') await signInAs(t, ADMIN);
  else {
    await signInAs(t, NURSE);
    await t.ok('auth:lock', {});
  }
}

async function outcome(channel: IpcChannel): Promise<Outcome> {
  const result = await t.core.dispatch(channel, {});
  if (result.ok) return 'runs';
  if (result.error.code === 'locked') return 'locked';
  if (result.error.code === 'forbidden' && GUARD_REFUSALS.includes(result.error.message)) return 'forbidden';
  return 'runs';
}

describe('channel × role', () => {
  it('marks the center setup, settings writers, accounts, library changes, thresholds, the nurse board and audit as manage', () => {
    for (const channel of MANAGE) expect(channelAccess(channel), channel).toBe('manage');
    const others = IPC_CHANNELS.filter((c) => channelAccess(c) === 'manage' && !MANAGE.includes(c));
    expect(others).toEqual([]);
  });

  for (const role of ['signed-out', 'nurse', 'charge-nurse', 'admin', 'locked'] as const) {
    it(`${role}: every channel answers as its access level says`, async () => {
      await become(role);
      const wrong: string[] = [];
      for (const channel of IPC_CHANNELS.filter((c) => !SESSION_CHANGING.has(c))) {
        const got = await outcome(channel);
        if (got !== expected(channel, role)) wrong.push(`${channel}: ${got}, expected ${expected(channel, role)}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('a nurse changes nothing of the center setup (the defect), and the refusal comes before validation', async () => {
    await become('nurse');
    const before = t.core.store.totalChanges();
    const chair = await t.call('center:save-chair', { name: 'Chair 1', area: '', kind: 'chair', active: true });
    expect(chair).toMatchObject({
      ok: false,
      error: { code: 'forbidden', issues: [{ path: '', code: 'charge-nurse-only' }] },
    });
    expect(await t.call('center:save-limits', { maxPatientsPerNurse: 20 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(t.core.store.totalChanges()).toBe(before);
  });

  it('a charge nurse reads the center database status but cannot test, save or clear it (administrator only)', async () => {
    await become('charge-nurse');
    expect(await t.call('center-db:status', {})).toMatchObject({ ok: true });
    const url = 'postgres://chairside@127.0.0.1:5432/center';
    for (const [channel, input] of [
      ['center-db:test', { url }],
      ['center-db:save', { url, centerKey: 'k' }],
      ['center-db:use-local', {}],
    ] as const) {
      expect(await t.core.dispatch(channel, input), channel).toMatchObject({
        ok: false,
        error: { code: 'forbidden', issues: [{ code: 'admin-only' }] },
      });
    }
  });
});
