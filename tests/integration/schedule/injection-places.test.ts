import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseInjectionSeatId } from '../../../shared/schedule/injection-seats';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, changeCounter, makeCenter, startPlan, type TestCenter } from '../../support/schedule';

let t: TestCore;
let center: TestCenter;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  center = await makeCenter(t, { chairs: 2, nurses: 3 });
});
afterEach(() => t.close());

/** Mondays open 08:00–09:00 only: one 60-minute first-dose visit fills a seat for the whole day. */
const shortMondays = () =>
  t.ok('center:save-hours', { days: [{ weekday: 1, isClosed: false, openMinute: 480, closeMinute: 540 }] });

const SC_REGIMEN = 'nivolumab-hyaluronidase-sc-q4w';
const startSc = async (startDate = '2026-11-30') =>
  startPlan(t, await addPatient(t), { regimenId: SC_REGIMEN, startDate, maxDoses: 3 });

/** The most visits on one place at any minute of the day. */
function peakOverlap(visits: readonly { start: number; end: number }[]): number {
  let peak = 0;
  for (const v of visits) peak = Math.max(peak, visits.filter((o) => o.start <= v.start && v.start < o.end).length);
  return peak;
}

describe('injection places', () => {
  it('books a subcutaneous plan on an injection seat, for the label injection time plus the center visit', async () => {
    const place = await t.ok('center:save-injection-place', { name: 'Injection room', capacity: 2 });
    const result = await t.ok('schedule:book-plan', { planId: (await startSc()).id });
    expect(result.booked).toHaveLength(3);
    expect(result.booked.map((b) => parseInjectionSeatId(b.chairId)?.placeId)).toEqual([place.id, place.id, place.id]);
    // Pre-assessment 15 + injection 5 (Opdivo Qvantig label: 3–5 minutes), + 30 after a first dose, each
    // rounded up to the center's 15-minute slots: half the 45 minutes of a 30-minute infusion.
    expect(result.booked.map((b) => b.end - b.start)).toEqual([60, 30, 30]);
    // Every screen names the seat in words, never by its id.
    const day = await t.ok('schedule:day', { date: '2026-11-30' });
    expect(day.injectionSeats.map((s) => s.name)).toEqual(['Injection room 1', 'Injection room 2']);
    const seatName = day.injectionSeats.find((s) => s.id === result.booked[0]!.chairId)?.name;
    const pharmacy = await t.ok('pharmacy:day', { date: '2026-11-30' });
    expect(pharmacy.items.map((i) => i.chairName)).toEqual([seatName]);
    const board = await t.ok('assignments:board', { date: '2026-11-30' });
    expect(board.visits.map((v) => v.chairName)).toEqual([seatName]);
  });

  it('never puts more patients at once in a place than its capacity', async () => {
    const place = await t.ok('center:save-injection-place', { name: 'Injection room', capacity: 2 });
    await shortMondays();
    const firsts = [];
    for (let i = 0; i < 3; i++) {
      firsts.push((await t.ok('schedule:book-plan', { planId: (await startSc()).id })).booked[0]!);
    }
    // Two seats, one first-dose visit each: the third patient goes to the nearest other day.
    expect(firsts.map((b) => b.date)).toEqual(['2026-11-30', '2026-11-30', '2026-12-01']);
    expect(firsts.every((b) => parseInjectionSeatId(b.chairId)?.placeId === place.id)).toBe(true);
    expect(peakOverlap(firsts.slice(0, 2))).toBe(2);
  });

  it('never puts an IV plan on an injection seat, even with every chair but one out of service', async () => {
    await t.ok('center:save-injection-place', { name: 'Injection room', capacity: 6 });
    await t.ok('center:save-chair', { id: center.chairIds[0], name: 'Chair 1', active: false });
    const result = await t.ok('schedule:book-plan', { planId: (await startPlan(t, await addPatient(t))).id });
    expect(new Set(result.booked.map((b) => b.chairId))).toEqual(new Set([center.chairIds[1]]));
  });

  it('refuses a subcutaneous plan when the center has no injection place, writing nothing', async () => {
    const plan = await startSc();
    const changes = changeCounter(t);
    const result = await t.call('schedule:book-plan', { planId: plan.id });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/no injection place in service/);
    expect(changes()).toBe(0);
  });

  it('refuses a smaller capacity that would strand booked visits, and audits the change it allows', async () => {
    const place = await t.ok('center:save-injection-place', { name: 'Injection room', capacity: 1 });
    await t.ok('center:save-injection-place', { id: place.id, name: 'Injection room', capacity: 2 });
    await shortMondays();
    for (let i = 0; i < 2; i++) await t.ok('schedule:book-plan', { planId: (await startSc()).id });
    const refused = await t.call('center:save-injection-place', { id: place.id, name: 'Injection room', capacity: 1 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.issues[0]).toMatchObject({ path: 'capacity' });
    const setup = await t.ok('center:get-setup', {});
    expect(setup.injectionPlaces).toMatchObject([{ id: place.id, capacity: 2, active: true }]);
    const audit = await t.ok('audit:list', { objectType: 'injection_place' });
    expect(audit.map((e) => e.action).sort()).toEqual(['create', 'update']);
  });

  it('refuses a name a chair already has', async () => {
    const result = await t.call('center:save-injection-place', { name: 'chair 1', capacity: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]).toMatchObject({ path: 'name' });
  });
});
