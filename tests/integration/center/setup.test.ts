import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
});
afterEach(async () => {
  await t.close();
});

const lastAudit = async () => (await t.ok('audit:list', { limit: 1 }))[0]!;
const detailOf = async () =>
  JSON.parse((await lastAudit()).detail!) as { changed: string[]; before: unknown; after: unknown };

it('starts with weekday hours, no chairs or nurses, and the default limits', async () => {
  const setup = await t.ok('center:get-setup', {});
  expect(setup.chairs).toEqual([]);
  expect(setup.nurses).toEqual([]);
  expect(setup.hours).toHaveLength(7);
  expect(setup.hours.filter((d) => !d.isClosed).map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5]);
  expect(setup.limits).toEqual({
    maxPatientsPerNurse: 4,
    maxStartsPerNursePerSlot: 1,
    slotMinutes: 15,
    preAssessmentMinutes: 15,
    postInfusionObservationMinutes: 0,
    firstDoseExtraObservationMinutes: 30,
    premedicationWaitMinutes: 30,
    schedulingToleranceDays: 3,
  });
});

it('adds, renames and takes a chair out of service, auditing each change', async () => {
  const chair = await t.ok('center:save-chair', { name: 'Chair 1', area: 'North' });
  expect(chair).toMatchObject({ name: 'Chair 1', area: 'North', kind: 'chair', active: true, sortOrder: 0 });
  expect(await lastAudit()).toMatchObject({ action: 'create', objectType: 'chair', objectId: chair.id });
  const bed = await t.ok('center:save-chair', { name: 'Bed 1', kind: 'bed' });
  expect(bed.sortOrder).toBe(1);

  await t.ok('center:save-chair', { ...chair, name: 'Window chair', active: false });
  expect(await detailOf()).toEqual({
    changed: ['name', 'active'],
    before: { name: 'Chair 1', active: true },
    after: { name: 'Window chair', active: false },
  });
  const setup = await t.ok('center:get-setup', {});
  expect(setup.chairs.map((c) => [c.name, c.active])).toEqual([
    ['Window chair', false],
    ['Bed 1', true],
  ]);
});

it('saves opening hours and records them as readable times', async () => {
  await t.ok('center:save-hours', { days: [{ weekday: 6, isClosed: false, openMinute: 540, closeMinute: 780 }] });
  expect(await detailOf()).toEqual({ changed: ['sat'], before: { sat: 'closed' }, after: { sat: '09:00–13:00' } });
});

it('adds, changes and deletes a closure', async () => {
  await t.ok('center:save-closure', { date: '2026-12-25', reason: 'Public holiday' });
  await t.ok('center:save-closure', { date: '2026-12-25', reason: 'Christmas Day' });
  expect((await t.ok('center:get-setup', {})).closures).toEqual([{ date: '2026-12-25', reason: 'Christmas Day' }]);
  expect(await t.ok('center:delete-closure', { date: '2026-12-25' })).toEqual({ deleted: true });
  expect(await lastAudit()).toMatchObject({ action: 'delete', objectType: 'closure', objectId: '2026-12-25' });
  expect(await t.ok('center:delete-closure', { date: '2026-12-25' })).toEqual({ deleted: false });
  expect((await t.ok('center:get-setup', {})).closures).toEqual([]);
});

it('adds a nurse with a weekly shift template and a one-day change', async () => {
  const nurse = await t.ok('center:save-nurse', { displayName: 'Avery Quillfeather', initials: 'aq' });
  expect(nurse).toMatchObject({ initials: 'AQ', active: true });
  const shifts = [1, 2, 3].map((weekday) => ({ weekday, startMinute: 450, endMinute: 930 }));
  await t.ok('center:save-shifts', { nurseId: nurse.id, shifts });
  expect((await detailOf()).after).toEqual({ mon: '07:30–15:30', tue: '07:30–15:30', wed: '07:30–15:30' });
  await t.ok('center:save-shift-override', {
    date: '2026-12-01',
    nurseId: nurse.id,
    isOff: true,
    startMinute: null,
    endMinute: null,
  });
  const setup = await t.ok('center:get-setup', {});
  expect(setup.nurses).toEqual([{ ...nurse, shifts }]);
  expect(setup.overrides).toEqual([
    { date: '2026-12-01', nurseId: nurse.id, isOff: true, startMinute: null, endMinute: null },
  ]);
  expect(await t.ok('center:delete-shift-override', { date: '2026-12-01', nurseId: nurse.id })).toEqual({
    deleted: true,
  });
});

it('saves some limits and keeps the others', async () => {
  const limits = await t.ok('center:save-limits', { maxPatientsPerNurse: 3, postInfusionObservationMinutes: 30 });
  expect(limits).toMatchObject({ maxPatientsPerNurse: 3, postInfusionObservationMinutes: 30, slotMinutes: 15 });
  expect(await detailOf()).toEqual({
    changed: ['maxPatientsPerNurse', 'postInfusionObservationMinutes'],
    before: { maxPatientsPerNurse: 4, postInfusionObservationMinutes: 0 },
    after: { maxPatientsPerNurse: 3, postInfusionObservationMinutes: 30 },
  });
});
