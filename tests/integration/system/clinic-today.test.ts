import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePatient } from '../../support/patients';
import { openTestCore, type TestCore } from '../../support/core';

// One "today" in main: every service asks clinicToday, which follows the center's time-zone setting
// (CHAIRSIDE_TIME_ZONE), never the workstation's own zone. At 23:30 UTC on 27 November it is still the 27th in
// Toronto (18:30) but already the 28th in Auckland (12:30 the next day), whatever zone this machine runs in.

const INSTANT = '2026-11-27T23:30:00Z';
const TORONTO = { zone: 'America/Toronto', today: '2026-11-27' };
const AUCKLAND = { zone: 'Pacific/Auckland', today: '2026-11-28' };

let t: TestCore;
const savedZone = process.env.CHAIRSIDE_TIME_ZONE;
beforeEach(async () => {
  t = await openTestCore(INSTANT);
});
afterEach(async () => {
  if (savedZone === undefined) delete process.env.CHAIRSIDE_TIME_ZONE;
  else process.env.CHAIRSIDE_TIME_ZONE = savedZone;
  await t.close();
});

const setZone = (zone: string) => {
  process.env.CHAIRSIDE_TIME_ZONE = zone;
};

/** The field a refusal names, or 'accepted'. */
const outcome = (result: { ok: true } | { ok: false; error: { issues: { path: string }[] } }) =>
  result.ok ? 'accepted' : result.error.issues.map((i) => i.path).join(', ');

describe('the day a time-zone setting makes "today"', () => {
  it('center:save-closure refuses the 27th as past in Auckland and accepts it in Toronto', async () => {
    setZone(AUCKLAND.zone);
    expect(outcome(await t.call('center:save-closure', { date: TORONTO.today, reason: 'Training' }))).toBe('date');
    setZone(TORONTO.zone);
    expect(outcome(await t.call('center:save-closure', { date: TORONTO.today, reason: 'Training' }))).toBe('accepted');
  });

  it('center:save-shift-override refuses the 27th as past in Auckland and accepts it in Toronto', async () => {
    const nurse = await t.ok('center:save-nurse', { displayName: 'Avery Quillfeather', initials: 'AQ' });
    const change = { nurseId: nurse.id, date: TORONTO.today, isOff: true, startMinute: null, endMinute: null };
    setZone(AUCKLAND.zone);
    expect(outcome(await t.call('center:save-shift-override', change))).toBe('date');
    setZone(TORONTO.zone);
    expect(outcome(await t.call('center:save-shift-override', change))).toBe('accepted');
  });

  it('patients:create takes a birth on the 28th as future in Toronto and as today in Auckland', async () => {
    const born = { birthDate: AUCKLAND.today, weightKg: null, weightMeasuredOn: null };
    const newborn = { ...born, heightCm: null, heightMeasuredOn: null };
    setZone(TORONTO.zone);
    expect(outcome(await t.call('patients:create', makePatient(newborn)))).toBe('birthDate');
    setZone(AUCKLAND.zone);
    expect(outcome(await t.call('patients:create', makePatient(newborn)))).toBe('accepted');
  });

  it('center:get-setup lists a closure on the 27th from Toronto, and no longer from Auckland', async () => {
    setZone(TORONTO.zone);
    await t.ok('center:save-closure', { date: TORONTO.today, reason: 'Training' });
    expect((await t.ok('center:get-setup', {})).closures.map((c) => c.date)).toEqual([TORONTO.today]);
    setZone(AUCKLAND.zone);
    expect((await t.ok('center:get-setup', {})).closures).toEqual([]);
  });
});
