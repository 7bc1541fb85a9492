import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, makeCenter, startPlan, type TestCenter } from '../../support/schedule';

// A closure declared after patients were booked: the bookings are listed with the nearest allowed day, and
// each move is written to the appointment's history and the audit trail with the closure as its reason.

let t: TestCore;
let center: TestCenter;
const CLOSED = '2026-12-02';

beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  center = await makeCenter(t, { chairs: 2, nurses: 2 });
});
afterEach(() => t.close());

async function bookOn(date: string, start: number, chair = 0) {
  const plan = await startPlan(t, await addPatient(t), { startDate: date, maxDoses: 1 });
  return t.ok('schedule:book-dose', { planId: plan.id, doseNumber: 1, date, start, chairId: center.chairIds[chair]! });
}

it('lists the bookings left on a newly closed day with the nearest open day for each', async () => {
  const a = await bookOn(CLOSED, 9 * 60);
  const b = await bookOn(CLOSED, 9 * 60, 1);
  await t.ok('center:save-closure', { date: CLOSED, reason: 'Water leak in the unit' });
  const listed = await t.ok('schedule:closed-day-bookings', { date: CLOSED });
  expect(listed).toMatchObject({ isClosed: true, reason: `Center closed on ${CLOSED}: Water leak in the unit` });
  expect(listed.bookings.map((x) => x.appointment.id).toSorted()).toEqual([a.id, b.id].toSorted());
  // Tolerance 3 days, earlier first: Tuesday 1 December is the nearest open day for both.
  for (const booking of listed.bookings) expect(booking).toMatchObject({ proposal: { date: '2026-12-01' }, why: null });
  const [p, q] = listed.bookings.map((x) => x.proposal!);
  // The two proposals see each other: never the same chair at the same time.
  expect(p!.chairId === q!.chairId && p!.start < q!.end && q!.start < p!.end).toBe(false);
});

it('codes why a booking has nowhere to go, for the screen to word, and keeps the English for logs', async () => {
  await bookOn(CLOSED, 9 * 60);
  await t.ok('center:save-limits', { schedulingToleranceDays: 0 });
  await t.ok('center:save-closure', { date: CLOSED, reason: 'Water leak in the unit' });
  const [listed] = (await t.ok('schedule:closed-day-bookings', { date: CLOSED })).bookings;
  expect(listed).toMatchObject({ proposal: null, why: 'no-room' });
  expect(listed?.message).toMatch(/\w/);
});

it('moves a booking off the closed day, and records the move with the closure as its reason', async () => {
  const a = await bookOn(CLOSED, 9 * 60);
  await t.ok('center:save-closure', { date: CLOSED, reason: 'Water leak in the unit' });
  const moved = await t.ok('schedule:move-off-closed-day', { appointmentId: a.id });
  expect(moved.date).toBe('2026-12-01');
  expect(moved.end - moved.start).toBe(a.end - a.start);
  const history = await t.ok('schedule:history', { appointmentId: a.id });
  expect(history.at(-1)).toMatchObject({
    action: 'move',
    reason: `Center closed on ${CLOSED}: Water leak in the unit`,
    reasonCoded: { code: 'center-closed', params: { date: CLOSED, note: 'Water leak in the unit' } },
  });
  const audit = await t.ok('audit:list', { limit: 5 });
  expect(audit.some((e) => e.action === 'appointment.move' && e.objectId === a.id)).toBe(true);
  expect((await t.ok('schedule:closed-day-bookings', { date: CLOSED })).bookings).toEqual([]);
});

it('refuses to move a booking whose day is open, and lists nothing for an open day', async () => {
  const a = await bookOn(CLOSED, 9 * 60);
  expect(await t.ok('schedule:closed-day-bookings', { date: CLOSED })).toMatchObject({ isClosed: false, bookings: [] });
  const refused = await t.call('schedule:move-off-closed-day', { appointmentId: a.id });
  expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
});
