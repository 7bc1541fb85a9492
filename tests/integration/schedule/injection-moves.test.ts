import { afterEach, beforeEach, expect, it } from 'vitest';
import { injectionSeatId } from '../../../shared/schedule/injection-seats';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, changeCounter, makeCenter, startPlan, type TestCenter } from '../../support/schedule';

// A subcutaneous visit moves by hand between the seats of injection places with the same refusals as booking:
// a seat already taken, a seat the place does not have (its capacity), a place out of service; it never goes
// to an infusion chair, and an IV visit never goes to a seat.

let t: TestCore;
let center: TestCenter;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  center = await makeCenter(t, { chairs: 2, nurses: 3 });
});
afterEach(() => t.close());

const DATE = '2026-11-30';

async function scVisit() {
  const plan = await startPlan(t, await addPatient(t), {
    regimenId: 'nivolumab-hyaluronidase-sc-q4w',
    startDate: DATE,
    maxDoses: 1,
  });
  return (await t.ok('schedule:book-plan', { planId: plan.id })).booked[0]!;
}

const move = (appointmentId: string, chairId: string, start: number) =>
  t.call('schedule:move', { appointmentId, date: DATE, chairId, start });

const refusalOf = (result: Awaited<ReturnType<typeof move>>) => (result.ok ? null : result.error.issues[0]?.code);

it('moves a subcutaneous visit to another seat or place, and refuses a seat that is taken', async () => {
  const room = await t.ok('center:save-injection-place', { name: 'Injection room', capacity: 2 });
  const chair = await t.ok('center:save-injection-place', { name: 'Injection chair', capacity: 1 });
  const first = await scVisit();
  const second = await scVisit();
  const seat2 = injectionSeatId(room.id, 2);
  const target = first.chairId === seat2 ? injectionSeatId(room.id, 1) : seat2;
  const free = second.chairId === target ? first : second;
  const other = free === first ? second : first;
  // The other visit's seat at its own time is taken: refused, nothing written.
  const changes = changeCounter(t);
  expect(refusalOf(await move(free.appointmentId, other.chairId, other.start))).toBe('chair-busy');
  expect(changes()).toBe(0);
  const moved = await t.ok('schedule:move', {
    appointmentId: free.appointmentId,
    date: DATE,
    chairId: injectionSeatId(chair.id, 1),
    start: 13 * 60,
  });
  expect(moved).toMatchObject({ chairId: injectionSeatId(chair.id, 1), start: 13 * 60 });
  const history = await t.ok('schedule:history', { appointmentId: free.appointmentId });
  expect(history.at(-1)).toMatchObject({ action: 'move' });
});

it('refuses a seat beyond the place’s capacity, a place out of service, and an infusion chair', async () => {
  const room = await t.ok('center:save-injection-place', { name: 'Injection room', capacity: 2 });
  const spare = await t.ok('center:save-injection-place', { name: 'Spare room', capacity: 1 });
  await t.ok('center:save-injection-place', { id: spare.id, name: 'Spare room', capacity: 1, active: false });
  const visit = await scVisit();
  const changes = changeCounter(t);
  const beyond = await move(visit.appointmentId, injectionSeatId(room.id, 3), 13 * 60);
  expect(beyond).toMatchObject({
    ok: false,
    error: { issues: [{ code: 'injection-seat-unknown', params: { place: 'Injection room', count: 2 } }] },
  });
  expect(refusalOf(await move(visit.appointmentId, injectionSeatId(spare.id, 1), 13 * 60))).toBe(
    'chair-out-of-service',
  );
  expect(refusalOf(await move(visit.appointmentId, center.chairIds[0]!, 13 * 60))).toBe('sc-visit-needs-seat');
  expect(changes()).toBe(0);
});

it('refuses an IV visit on an injection seat, in the drag check and the move', async () => {
  const room = await t.ok('center:save-injection-place', { name: 'Injection room', capacity: 2 });
  const plan = await startPlan(t, await addPatient(t), { startDate: DATE, maxDoses: 1 });
  const booked = (await t.ok('schedule:book-plan', { planId: plan.id })).booked[0]!;
  const check = await t.ok('schedule:check-move', {
    appointmentId: booked.appointmentId,
    date: DATE,
    chairId: injectionSeatId(room.id, 1),
    start: 13 * 60,
  });
  expect(check).toMatchObject({ ok: false, issues: [{ code: 'injection-seat-sc-only' }] });
  expect(refusalOf(await move(booked.appointmentId, injectionSeatId(room.id, 1), 13 * 60))).toBe(
    'injection-seat-sc-only',
  );
});
