import { afterEach, beforeEach, expect, it } from 'vitest';
import { clinicDaySchema } from '../../../shared/scheduling/model';
import { getCenterLimits, getClinicDay } from '../../../electron/main/services/center/center';
import { openTestCore, type TestCore } from '../../support/core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
});
afterEach(async () => {
  await t.close();
});

async function smallCenter() {
  const chair = await t.ok('center:save-chair', { name: 'Chair 1', area: 'North' });
  const bed = await t.ok('center:save-chair', { name: 'Bed 1', kind: 'bed', active: false });
  const avery = await t.ok('center:save-nurse', { displayName: 'Avery Quillfeather', initials: 'AQ' });
  const bastien = await t.ok('center:save-nurse', { displayName: 'Bastien Larkspurre', initials: 'BL' });
  const away = await t.ok('center:save-nurse', { displayName: 'Cora Nettlewhistle', initials: 'CN', active: false });
  const weekdays = [1, 2, 3, 4, 5];
  await t.ok('center:save-shifts', {
    nurseId: avery.id,
    shifts: weekdays.map((weekday) => ({ weekday, startMinute: 450, endMinute: 930 })),
  });
  await t.ok('center:save-shifts', {
    nurseId: bastien.id,
    shifts: [{ weekday: 2, startMinute: 600, endMinute: 1080 }],
  });
  await t.ok('center:save-shifts', {
    nurseId: away.id,
    shifts: weekdays.map((weekday) => ({ weekday, startMinute: 480, endMinute: 960 })),
  });
  return { chair, bed, avery, bastien };
}

it('describes an open day in the scheduling model: hours, chairs, nurses on shift and limits', async () => {
  const { chair, bed, avery, bastien } = await smallCenter();
  await t.ok('center:save-limits', { maxPatientsPerNurse: 3 });
  const day = await getClinicDay(t.core.store.db, '2026-12-01'); // a Tuesday
  expect(day).toEqual({
    date: '2026-12-01',
    open: 480,
    close: 1020,
    chairs: [
      { id: chair.id, active: true, area: 'North' },
      { id: bed.id, active: false },
    ],
    nurses: [
      { id: avery.id, start: 450, end: 930 },
      { id: bastien.id, start: 600, end: 1080 },
    ],
    limits: { maxPatientsPerNurse: 3, maxStartsPerNursePerSlot: 1, slotMinutes: 15 },
  });
  expect(clinicDaySchema.safeParse(day).success).toBe(true);
});

it('applies one-day shift changes: a day off, other hours', async () => {
  const { avery, bastien } = await smallCenter();
  await t.ok('center:save-shift-override', {
    date: '2026-12-01',
    nurseId: avery.id,
    isOff: true,
    startMinute: null,
    endMinute: null,
  });
  await t.ok('center:save-shift-override', {
    date: '2026-12-01',
    nurseId: bastien.id,
    isOff: false,
    startMinute: 480,
    endMinute: 720,
  });
  const day = await getClinicDay(t.core.store.db, '2026-12-01');
  expect(day?.nurses).toEqual([{ id: bastien.id, start: 480, end: 720 }]);
  expect((await getClinicDay(t.core.store.db, '2026-12-02'))?.nurses.map((n) => n.id)).toEqual([avery.id]);
});

it('is null on a closed weekday and on a closure date', async () => {
  await smallCenter();
  expect(await getClinicDay(t.core.store.db, '2026-11-29')).toBeNull(); // Sunday
  await t.ok('center:save-closure', { date: '2026-12-25', reason: 'Public holiday' });
  expect(await getClinicDay(t.core.store.db, '2026-12-25')).toBeNull();
  expect(await getClinicDay(t.core.store.db, '2026-12-24')).not.toBeNull();
  await t.ok('center:save-hours', { days: [{ weekday: 4, isClosed: true, openMinute: 480, closeMinute: 1020 }] });
  expect(await getClinicDay(t.core.store.db, '2026-12-24')).toBeNull(); // now a closed Thursday
});

it('exposes the center limits to the scheduler', async () => {
  await t.ok('center:save-limits', { schedulingToleranceDays: 2 });
  expect(await getCenterLimits(t.core.store.db)).toMatchObject({
    schedulingToleranceDays: 2,
    maxStartsPerNursePerSlot: 1,
  });
});
