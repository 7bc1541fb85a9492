import { afterEach, beforeEach, expect, it } from 'vitest';
import { CHARGE, NURSE, createUser, setupAdmin, signInAs } from '../../support/auth';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, makeCenter, startPlan, type TestCenter } from '../../support/schedule';

// "Tighten this day": a coming day booked one call at a time (three patients spread over three chairs) is
// re-planned whole by the repair pass, shown as moves, and applied in one audited step; the day's chairs in
// use at the busiest time fall, nobody leaves the window they asked for, and a day changed since the
// proposal is refused with nothing moved.

let t: TestCore;
let center: TestCenter;
const DAY = '2026-12-02';

beforeEach(async () => {
  t = await openTestCore('2026-11-30T07:00:00Z');
  center = await makeCenter(t, { chairs: 4, nurses: 2 });
  await setupAdmin(t);
  await createUser(t, NURSE);
  await createUser(t, CHARGE);
  await signInAs(t, CHARGE);
});
afterEach(() => t.close());

async function bookOn(start: number, chair: number, preferredWindow: 'any' | 'morning' = 'any') {
  const plan = await startPlan(t, await addPatient(t, { preferredWindow }), { startDate: DAY, maxDoses: 1 });
  return t.ok('schedule:book-dose', {
    planId: plan.id,
    doseNumber: 1,
    date: DAY,
    start,
    chairId: center.chairIds[chair]!,
  });
}

/** Chairs in use at the busiest moment of the day, read back from the day view. */
async function busiest() {
  const day = await t.ok('schedule:day', { date: DAY });
  const live = day.appointments.filter((a) => a.status === 'scheduled');
  return Math.max(...live.map((v) => live.filter((o) => o.start <= v.start && v.start < o.end).length));
}

it('proposes fewer chairs at the busiest time, moves every visit it lists, and keeps windows and lengths', async () => {
  const booked = [await bookOn(9 * 60, 0, 'morning'), await bookOn(9 * 60 + 15, 1), await bookOn(9 * 60 + 30, 2)];
  expect(await busiest()).toBe(3);
  const proposal = await t.ok('schedule:tighten-proposal', { date: DAY });
  expect(proposal).toMatchObject({ date: DAY, verdict: 'tighter', chairsBefore: 3 });
  expect(proposal.chairsAfter).toBeLessThan(3);
  expect(proposal.moves.length).toBeGreaterThan(0);
  // By default nobody's arrival moves by more than an hour.
  expect(proposal.maxShiftMinutes).toBe(60);
  for (const move of proposal.moves) {
    expect(Math.abs(move.to.start - move.appointment.start)).toBeLessThanOrEqual(60);
    expect(move.to.end - move.to.start).toBe(move.appointment.end - move.appointment.start);
    expect(move.timeChanged).toBe(move.to.start !== move.appointment.start);
  }
  // Nothing changes until the charge nurse applies it.
  expect(await busiest()).toBe(3);

  const applied = await t.ok('schedule:tighten-apply', { date: DAY, fingerprint: proposal.fingerprint });
  expect(applied).toEqual({ moved: proposal.moves.length, chairsBefore: 3, chairsAfter: proposal.chairsAfter });
  expect(await busiest()).toBe(proposal.chairsAfter);
  const day = await t.ok('schedule:day', { date: DAY });
  for (const before of booked) {
    const after = day.appointments.find((a) => a.id === before.id)!;
    expect(after).toMatchObject({ status: 'scheduled', date: DAY });
    expect(after.end - after.start).toBe(before.end - before.start);
  }
  // The morning patient still arrives before noon.
  expect(day.appointments.find((a) => a.id === booked[0]!.id)!.start).toBeLessThan(12 * 60);
  const moved = proposal.moves[0]!.appointment.id;
  const history = await t.ok('schedule:history', { appointmentId: moved });
  expect(history.at(-1)).toMatchObject({
    action: 'move',
    reason: `Day tightened: infusion chairs in use at the busiest time 3 → ${proposal.chairsAfter}`,
    reasonCoded: { code: 'day-tightened', params: { before: 3, after: proposal.chairsAfter } },
  });
  const audit = await t.ok('audit:list', { limit: 20 });
  expect(audit.filter((e) => e.action === 'appointment.move')).toHaveLength(proposal.moves.length);
  // Read again, the day is as tight as the repair pass makes it.
  expect(await t.ok('schedule:tighten-proposal', { date: DAY })).toMatchObject({ verdict: 'already-tight', moves: [] });
});

it('keeps each arrival as near as the charge nurse asks, and a wider allowance frees at least as many chairs', async () => {
  await bookOn(9 * 60, 0);
  await bookOn(9 * 60 + 15, 1);
  await bookOn(9 * 60 + 30, 2);
  const near = await t.ok('schedule:tighten-proposal', { date: DAY, maxShiftMinutes: 30 });
  for (const move of near.moves) expect(Math.abs(move.to.start - move.appointment.start)).toBeLessThanOrEqual(30);
  const anywhere = await t.ok('schedule:tighten-proposal', { date: DAY, maxShiftMinutes: null });
  expect(anywhere.maxShiftMinutes).toBeNull();
  expect(anywhere.chairsAfter).toBeLessThanOrEqual(near.chairsAfter);
  // A proposal read with one allowance cannot be applied under another.
  const crossed = await t.call('schedule:tighten-apply', {
    date: DAY,
    maxShiftMinutes: null,
    fingerprint: near.fingerprint,
  });
  expect(crossed).toMatchObject({ ok: false, error: { code: 'conflict' } });
});

it('refuses a proposal the day has moved past, and moves nothing', async () => {
  await bookOn(9 * 60, 0);
  await bookOn(9 * 60 + 15, 1);
  const proposal = await t.ok('schedule:tighten-proposal', { date: DAY });
  expect(proposal.verdict).toBe('tighter');
  await bookOn(14 * 60, 3);
  const before = await t.ok('schedule:day', { date: DAY });
  const refused = await t.call('schedule:tighten-apply', { date: DAY, fingerprint: proposal.fingerprint });
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'conflict', issues: [expect.objectContaining({ code: 'day-changed' })] },
  });
  expect((await t.ok('schedule:day', { date: DAY })).appointments).toEqual(before.appointments);
});

it('leaves today alone, and is the charge nurse’s to use', async () => {
  await bookOn(9 * 60, 0);
  const today = await t.call('schedule:tighten-proposal', { date: '2026-11-30' });
  expect(today).toMatchObject({
    ok: false,
    error: { code: 'conflict', issues: [expect.objectContaining({ code: 'tighten-past-day' })] },
  });
  expect(await t.ok('schedule:tighten-proposal', { date: '2026-12-03' })).toMatchObject({
    verdict: 'nothing-booked',
    moves: [],
  });
  await signInAs(t, NURSE);
  const refused = await t.call('schedule:tighten-proposal', { date: DAY });
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});
