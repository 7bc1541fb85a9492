import { pgPass } from '../../support/postgres';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, NURSE, createUser, setupAdmin, signInAs } from '../../support/auth';
import { openTestCore, type TestCore } from '../../support/core';
import { fillDatabase } from '../../support/faults';

// A session change and its audit row are one thing: with the disk full, sign-in used to answer `internal`
// while the workstation was signed in with no trace in the audit trail. And the idle lock followed the wall
// clock, so turning the clock back postponed it.

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
  await setupAdmin(t);
  await createUser(t, NURSE);
  await t.ok('auth:sign-out', {});
});
afterEach(async () => {
  await t.close();
});

const count = async (action: string) =>
  (await sql<{ n: number }>`SELECT count(*) AS n FROM audit_event WHERE action = ${action}`.execute(t.core.store.db))
    .rows[0]!.n;

// A full SQLite file (max_page_count); a center's server reports its own disk as storage-full (SQLSTATE 53100).
describe.skipIf(pgPass())('with the disk full', () => {
  it('refuses sign-in as storage-full naming the file, and nobody is signed in', async () => {
    const signIns = await count('sign-in');
    const disk = await fillDatabase(t.core.store);
    const result = await t.call('auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-full', params: { file: t.databasePath } } });
    expect((await t.ok('auth:status', {})).user).toBeNull();
    disk.release();
    expect(await count('sign-in')).toBe(signIns);
    await signInAs(t, NURSE);
    expect(await count('sign-in')).toBe(signIns + 1);
  });

  it('keeps the nurse signed in when her sign-out cannot be recorded, and says why', async () => {
    await signInAs(t, NURSE);
    const disk = await fillDatabase(t.core.store);
    expect(await t.call('auth:sign-out', {})).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect((await t.ok('auth:status', {})).user).toMatchObject({ initials: 'MT' });
    disk.release();
  });

  it('locks anyway (a full disk never keeps a workstation open), answering storage-full', async () => {
    await signInAs(t, NURSE);
    const disk = await fillDatabase(t.core.store);
    expect(await t.call('auth:lock', {})).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect((await t.ok('auth:status', {})).locked).toBe(true);
    disk.release();
  });

  it('answers every write with storage-full (never internal) and writes nothing', async () => {
    await signInAs(t, ADMIN);
    const disk = await fillDatabase(t.core.store);
    const rows = () =>
      ['setting', 'closure', 'patient', 'audit_event'].map(
        (table) => t.core.store.prepare<{ n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n,
      );
    const before = rows();
    for (const [channel, input] of [
      ['settings:update', { centerName: 'Centre' }],
      ['center:save-closure', { date: '2026-12-24', reason: 'Holiday' }],
      [
        'patients:create',
        {
          mrn: 'X-1',
          familyName: 'A',
          givenName: 'B',
          birthDate: '1970-01-01',
          sex: 'female',
          preferredLanguage: 'en',
        },
      ],
    ] as const) {
      const result = await t.core.dispatch(channel, input);
      expect(result, channel).toMatchObject({
        ok: false,
        error: { code: expect.stringMatching(/storage-full|invalid/) as unknown },
      });
      expect(JSON.stringify(result)).not.toContain('internal');
    }
    // Rolled back whole: the change and its audit row alike.
    expect(rows()).toEqual(before);
    disk.release();
  });
});

describe('the idle lock', () => {
  it('follows a monotonic clock: turning the wall clock back does not postpone it', async () => {
    await signInAs(t, NURSE);
    t.clock.advanceMinutes(6);
    t.clock.set('2026-11-27T07:00:00Z');
    expect((await t.ok('auth:status', {})).locked).toBe(false);
    t.clock.advanceMinutes(4);
    expect((await t.ok('auth:status', {})).locked).toBe(true);
  });

  it('still locks after the machine slept (the wall clock moved on while the monotonic clock stood still)', async () => {
    await signInAs(t, NURSE);
    t.clock.set('2026-11-27T11:00:00Z');
    expect((await t.ok('auth:status', {})).locked).toBe(true);
  });
});
