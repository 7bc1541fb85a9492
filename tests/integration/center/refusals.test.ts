import { afterEach, beforeEach, expect, it } from 'vitest';
import type { IpcChannel } from '../../../shared/ipc/channels';
import type { IpcInput } from '../../../shared/ipc/contract';
import { openTestCore, type TestCore } from '../../support/core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
});
afterEach(async () => {
  await t.close();
});

/** Calls a channel that must be refused, proves nothing was written, and returns the error. */
async function refused<C extends IpcChannel>(channel: C, input: IpcInput<C>) {
  const before = t.core.store.totalChanges();
  const result = await t.call(channel, input);
  expect(t.core.store.totalChanges()).toBe(before);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return { code: result.error.code, paths: result.error.issues.map((i) => i.path) };
}

const day = (weekday: number, openMinute: number, closeMinute: number, isClosed = false) => ({
  weekday,
  openMinute,
  closeMinute,
  isClosed,
});

it('refuses a closing time before the opening time, naming that day’s closeMinute', async () => {
  expect(await refused('center:save-hours', { days: [day(1, 480, 1020), day(2, 600, 540)] })).toEqual({
    code: 'invalid',
    paths: ['days.1.closeMinute'],
  });
});

it('refuses hours outside 00:00–24:00 and the same weekday twice', async () => {
  expect((await refused('center:save-hours', { days: [day(1, -10, 600)] })).paths).toEqual(['days.0.openMinute']);
  expect((await refused('center:save-hours', { days: [day(1, 480, 1500)] })).paths).toEqual(['days.0.closeMinute']);
  expect((await refused('center:save-hours', { days: [day(1, 480, 600), day(1, 480, 700)] })).paths).toEqual([
    'days.1.weekday',
  ]);
});

it('refuses an open day too short for pre-assessment and observation', async () => {
  // Defaults: 15 + 0 + 30 = 45 minutes of every first visit are not infusion.
  expect(await refused('center:save-hours', { days: [day(3, 480, 525)] })).toEqual({
    code: 'invalid',
    paths: ['days.0.closeMinute'],
  });
});

it('refuses observation minutes that would fill the shortest opening day', async () => {
  await t.ok('center:save-hours', { days: [day(6, 540, 720)] });
  expect(await refused('center:save-limits', { postInfusionObservationMinutes: 180 })).toEqual({
    code: 'invalid',
    paths: ['postInfusionObservationMinutes'],
  });
});

it('refuses a closure without a reason, or in the past', async () => {
  expect(await refused('center:save-closure', { date: '2026-12-25', reason: '   ' })).toEqual({
    code: 'invalid',
    paths: ['reason'],
  });
  expect(await refused('center:save-closure', { date: '2026-11-26', reason: 'Too late' })).toEqual({
    code: 'invalid',
    paths: ['date'],
  });
  expect((await refused('center:save-closure', { date: '2026-13-01', reason: 'No such month' })).paths).toEqual([
    'date',
  ]);
});

it('refuses a second chair with the same name, whatever its case', async () => {
  await t.ok('center:save-chair', { name: 'Chair 1' });
  expect(await refused('center:save-chair', { name: 'chair 1' })).toEqual({ code: 'conflict', paths: ['name'] });
  expect((await refused('center:save-chair', { name: '' })).paths).toEqual(['name']);
  expect((await refused('center:save-chair', { name: 'x'.repeat(41) })).paths).toEqual(['name']);
});

it('refuses "İstanbul" saved twice as a conflict (it was internal: JavaScript and SQLite fold case differently)', async () => {
  await t.ok('center:save-chair', { name: 'İstanbul' });
  for (const name of ['İstanbul', 'ISTANBUL', 'istanbul ', 'İSTANBUL']) {
    expect(await refused('center:save-chair', { name }), name).toEqual({ code: 'conflict', paths: ['name'] });
  }
  await t.ok('center:save-chair', { name: 'Salle Été' });
  expect(await refused('center:save-chair', { name: 'SALLE ETE' })).toEqual({ code: 'conflict', paths: ['name'] });
});

it('refuses a shift that ends before it starts, and shifts for an unknown nurse', async () => {
  const nurse = await t.ok('center:save-nurse', { displayName: 'Cora Nettlewhistle', initials: 'CN' });
  const backwards = await refused('center:save-shifts', {
    nurseId: nurse.id,
    shifts: [{ weekday: 1, startMinute: 960, endMinute: 480 }],
  });
  expect(backwards.paths).toEqual(['shifts.0.endMinute']);
  const unknown = await refused('center:save-shifts', { nurseId: 'nobody', shifts: [] });
  expect(unknown).toEqual({ code: 'invalid', paths: ['nurseId'] });
  const noTimes = await refused('center:save-shift-override', {
    date: '2026-12-01',
    nurseId: nurse.id,
    isOff: false,
    startMinute: null,
    endMinute: 600,
  });
  expect(noTimes.paths).toEqual(['startMinute']);
});

it('refuses out-of-range limits, naming each field', async () => {
  expect((await refused('center:save-limits', { maxPatientsPerNurse: 0 })).paths).toEqual(['maxPatientsPerNurse']);
  expect((await refused('center:save-limits', { slotMinutes: 7 })).paths).toEqual(['slotMinutes']);
  expect((await refused('center:save-limits', { schedulingToleranceDays: 30 })).paths).toEqual([
    'schedulingToleranceDays',
  ]);
  expect((await refused('center:save-limits', { preAssessmentMinutes: -5 })).paths).toEqual(['preAssessmentMinutes']);
});
