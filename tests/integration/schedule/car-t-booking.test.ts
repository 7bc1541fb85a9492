import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, changeCounter, makeCenter, type TestCenter } from '../../support/schedule';

// A CAR T plan is booked as one plan or not at all: the library has no sourced chair time for the
// lymphodepletion days or the day-0 cell infusion with its observation, so booking refuses, naming each.

let t: TestCore;
let center: TestCenter;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  center = await makeCenter(t, { chairs: 2, nurses: 2 });
});
afterEach(() => t.close());

async function carTPlan() {
  const options = await t.ok('plans:options', {});
  const product = options.carTProducts.find((p) => p.id === 'axicabtagene-ciloleucel');
  return t.ok('plans:create', {
    kind: 'car-t',
    patientId: await addPatient(t),
    productId: 'axicabtagene-ciloleucel',
    indicationId: product?.indications[0]?.id ?? '',
    day0: '2026-12-14',
  });
}

it('refuses the whole CAR T plan, naming each visit without a sourced chair time, and writes nothing', async () => {
  const plan = await carTPlan();
  const changes = changeCounter(t);
  const refused = await t.call('schedule:book-plan', { planId: plan.id });
  expect(refused.ok).toBe(false);
  if (refused.ok) return;
  expect(refused.error.code).toBe('conflict');
  expect(refused.error.issues.map((i) => [i.code, i.params?.visit])).toEqual([
    ['car-t-time-missing', 'lymphodepletion'],
    ['car-t-time-missing', 'car-t-infusion'],
  ]);
  expect(refused.error.message).toMatch(
    /^Nothing was booked: No sourced chair time in the library for the lymphodepletion days/,
  );
  expect(changes()).toBe(0);
});

it('books nothing and refuses nothing once every visit was booked by hand', async () => {
  const plan = await carTPlan();
  for (const dose of plan.doses) {
    await t.ok('schedule:book-dose', {
      planId: plan.id,
      doseNumber: dose.doseNumber,
      date: dose.targetDate,
      start: 9 * 60,
      chairId: center.chairIds[0]!,
      durationMinutes: 120,
    });
  }
  const result = await t.ok('schedule:book-plan', { planId: plan.id });
  expect(result.booked).toEqual([]);
  expect(result.skipped.length).toBe(plan.doses.length);
});
