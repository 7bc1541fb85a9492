import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, makeCenter, startPlan, type TestCenter } from '../../support/schedule';

let t: TestCore;
let center: TestCenter;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  center = await makeCenter(t, { chairs: 2, nurses: 2 });
});
afterEach(() => t.close());

it('never puts one patient in two chairs at once, even from two plans', async () => {
  const patientId = await addPatient(t);
  const first = await startPlan(t, patientId);
  const second = await startPlan(t, patientId);
  const at = { doseNumber: 1, date: '2026-11-30', start: 10 * 60 };
  await t.ok('schedule:book-dose', { ...at, planId: first.id, chairId: center.chairIds[0] ?? '' });
  const refused = await t.call('schedule:book-dose', { ...at, planId: second.id, chairId: center.chairIds[1] ?? '' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
  if (!refused.ok) expect(refused.error.issues[0]).toMatchObject({ path: '', code: 'patient-busy' });
  expect((await t.ok('schedule:day', { date: '2026-11-30' })).appointments).toHaveLength(1);
});

it('books a second plan beside the patient’s own appointment instead of being refused by the overlap guard', async () => {
  // One chair free all day and the patient already in it from 08:00: the placer must pick another time.
  const patientId = await addPatient(t);
  const first = await startPlan(t, patientId, { maxDoses: 1 });
  const second = await startPlan(t, patientId, { maxDoses: 1 });
  const day = await t.ok('center:get-setup', {});
  const open = day.hours.find((h) => h.weekday === 1)?.openMinute ?? 8 * 60;
  await t.ok('schedule:book-dose', {
    planId: first.id,
    doseNumber: 1,
    date: '2026-11-30',
    start: open,
    chairId: center.chairIds[0] ?? '',
  });
  const booked = await t.ok('schedule:book-plan', { planId: second.id });
  expect(booked.booked).toHaveLength(1);
  const own = (await t.ok('schedule:day', { date: '2026-11-30' })).appointments.filter(
    (a) => a.patientId === patientId,
  );
  expect(own).toHaveLength(2);
  const [a, b] = own.toSorted((x, y) => x.start - y.start);
  expect(a && b && a.end <= b.start).toBe(true);
});
