import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, makeCenter, startPlan } from '../../support/schedule';

// The minutes around the infusion are center policy: the premedication wait is a center setting and the
// first-dose observation can be set per drug in the library screen. Booking must use both.

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  await makeCenter(t, { chairs: 2, nurses: 2 });
});
afterEach(() => t.close());

async function firstVisitMinutes(regimenId: string): Promise<number> {
  const plan = await startPlan(t, await addPatient(t), { regimenId, maxDoses: 1 });
  const booked = await t.ok('schedule:book-plan', { planId: plan.id });
  const visit = booked.booked[0];
  if (!visit) throw new Error('nothing booked');
  return visit.end - visit.start;
}

it('uses the center’s premedication wait for a visit with premedication', async () => {
  // Avelumab 60 min with premedication, first dose: 15 assessment + 30 wait + 60 + 30 observation.
  expect(await firstVisitMinutes('avelumab-800-q2w')).toBe(135);
  await t.ok('center:save-limits', { premedicationWaitMinutes: 60 });
  expect(await firstVisitMinutes('avelumab-800-q2w')).toBe(165);
});

it('leaves a visit without premedication alone when the wait changes', async () => {
  await t.ok('center:save-limits', { premedicationWaitMinutes: 60 });
  // Pembrolizumab 30 min, first dose, no premedication: 15 + 30 + 30 observation.
  expect(await firstVisitMinutes('pembrolizumab-200-q3w')).toBe(75);
});

it('books the per-drug first-dose observation the center set instead of the center-wide one', async () => {
  await t.ok('library:save-override', {
    recordKind: 'drug',
    recordId: 'pembrolizumab',
    fieldPath: 'centerPolicy.firstDoseObservationMinutes',
    value: 60,
    reason: 'Center protocol: one hour of observation after a first pembrolizumab dose',
  });
  expect(await firstVisitMinutes('pembrolizumab-200-q3w')).toBe(105);
  // Another drug keeps the center-wide value.
  expect(await firstVisitMinutes('nivolumab-240-q2w')).toBe(75);
});
