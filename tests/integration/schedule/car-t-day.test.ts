import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, makeCenter, startPlan, type TestCenter } from '../../support/schedule';

// A CAR T plan's visits on the day view carry their day number from the cell infusion: negative during
// lymphodepletion, 0 on the infusion day. Other plans' visits have none.

let t: TestCore;
let center: TestCenter;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  center = await makeCenter(t, { chairs: 2, nurses: 2 });
});
afterEach(() => t.close());

it('shows the CAR T day number on each visit of a CAR T plan, and none on a checkpoint-inhibitor visit', async () => {
  const patientId = await addPatient(t);
  const options = await t.ok('plans:options', {});
  const product = options.carTProducts.find((p) => p.id === 'axicabtagene-ciloleucel');
  const plan = await t.ok('plans:create', {
    kind: 'car-t',
    patientId,
    productId: 'axicabtagene-ciloleucel',
    indicationId: product?.indications[0]?.id ?? '',
    day0: '2026-12-14',
  });
  // Lymphodepletion visits come before day 0 and the library gives no chair time: booked by hand.
  const [ld] = plan.doses.filter((d) => d.kind === 'lymphodepletion');
  const infusion = plan.doses.find((d) => d.kind === 'car-t-infusion');
  for (const dose of [ld, infusion]) {
    await t.ok('schedule:book-dose', {
      planId: plan.id,
      doseNumber: dose!.doseNumber,
      date: dose!.targetDate,
      start: 9 * 60,
      chairId: center.chairIds[0]!,
      durationMinutes: 120,
    });
  }
  const other = await startPlan(t, await addPatient(t), { startDate: '2026-12-14', maxDoses: 1 });
  await t.ok('schedule:book-plan', { planId: other.id });

  const ldDay = await t.ok('schedule:day', { date: ld!.targetDate });
  expect(ldDay.appointments[0]?.carTDay).toBe(-5);
  const day0 = await t.ok('schedule:day', { date: '2026-12-14' });
  const byPlan = new Map(day0.appointments.map((a) => [a.planId, a.carTDay]));
  expect(byPlan.get(plan.id)).toBe(0);
  expect(byPlan.get(other.id)).toBeNull();
});
