import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, changeCounter, makeCenter, startPlan, type TestCenter } from '../../support/schedule';

// Booking a CAR T plan books all of it in one transaction: the lymphodepletion days and day 0 on their label
// dates, with the chair minutes the center's own protocol gives (the labels give none), and the daily
// monitoring visits through day 7 (the library's label value). Until the center sets its protocol, booking is
// refused, naming each missing setting, and nothing is written.

const PRODUCT = 'axicabtagene-ciloleucel'; // Yescarta: lymphodepletion on days −5, −4 and −3
const DAY0 = '2026-12-14'; // a Monday; the test center opens on weekdays

let t: TestCore;
let center: TestCenter;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  center = await makeCenter(t, { chairs: 2, nurses: 2 });
});
afterEach(() => t.close());

async function carTPlan(patientId?: string) {
  const options = await t.ok('plans:options', {});
  const product = options.carTProducts.find((p) => p.id === PRODUCT);
  return t.ok('plans:create', {
    kind: 'car-t',
    patientId: patientId ?? (await addPatient(t)),
    productId: PRODUCT,
    indicationId: product?.indications[0]?.id ?? '',
    day0: DAY0,
  });
}

const PROTOCOL = { ldChairMinutes: 150, infusionChairMinutes: 240, monitoringVisitMinutes: 30, monitoringDays: null };

it('refuses the whole CAR T plan, naming each center setting it still needs, and writes nothing', async () => {
  const plan = await carTPlan();
  await t.ok('center:save-car-t-protocol', { productId: PRODUCT, ...PROTOCOL, ldChairMinutes: null });
  const changes = changeCounter(t);
  const refused = await t.call('schedule:book-plan', { planId: plan.id });
  expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
  if (refused.ok) return;
  expect(refused.error.issues.map((i) => [i.code, i.params?.setting])).toEqual([
    ['car-t-setting-missing', 'ldChairMinutes'],
  ]);
  expect(refused.error.message).toMatch(/^Nothing was booked: The center has not set the chair minutes of a lymph/);
  expect(changes()).toBe(0);
  const after = await t.ok('plans:get', { planId: plan.id });
  expect(after.doses.map((d) => d.kind)).toEqual(plan.doses.map((d) => d.kind));
});

it('books lymphodepletion, day 0 and daily monitoring through day 7 with the center’s minutes, audited', async () => {
  const plan = await carTPlan();
  const protocols = await t.ok('center:car-t-protocols', {});
  const yescarta = protocols.find((p) => p.productId === PRODUCT);
  expect(yescarta).toMatchObject({
    labelMonitoringDays: 7,
    missing: ['ldChairMinutes', 'infusionChairMinutes', 'monitoringVisitMinutes'],
  });
  expect(yescarta?.labelMonitoringSources[0]?.url).toMatch(/^https:\/\//);
  await t.ok('center:save-car-t-protocol', { productId: PRODUCT, ...PROTOCOL });

  const result = await t.ok('schedule:book-plan', { planId: plan.id });
  const booked = result.booked.map((b) => [b.date, b.end - b.start]);
  expect(booked).toEqual([
    ['2026-12-09', 150],
    ['2026-12-10', 150],
    ['2026-12-11', 150],
    ['2026-12-14', 240],
    ['2026-12-15', 30],
    ['2026-12-16', 30],
    ['2026-12-17', 30],
    ['2026-12-18', 30],
    ['2026-12-21', 30],
  ]);
  // The weekend days of monitoring fall on days the center is closed: named, for the team to arrange.
  expect(result.skipped.map((s) => s.reason)).toEqual([
    expect.stringMatching(/closed that day/),
    expect.stringMatching(/closed that day/),
  ]);
  const stored = await t.ok('plans:get', { planId: plan.id });
  expect(stored.doses.filter((d) => d.kind === 'car-t-monitoring').map((d) => d.targetDate)).toEqual([
    '2026-12-15',
    '2026-12-16',
    '2026-12-17',
    '2026-12-18',
    '2026-12-19',
    '2026-12-20',
    '2026-12-21',
  ]);
  const day = await t.ok('schedule:day', { date: '2026-12-17' });
  expect(day.appointments.map((a) => [a.carTDay, a.drugs, a.drug])).toEqual([[3, [], undefined]]);
  // The monitoring visit is on the nurse board, counted for acuity as CAR T, and on the chairside list.
  const board = await t.ok('assignments:board', { date: '2026-12-17' });
  expect(board.visits.map((v) => v.reasons)).toEqual([['car-t']]);
  const worklist = await t.ok('charting:worklist', { date: '2026-12-17' });
  expect(worklist.appointments.map((a) => a.appointmentId)).toEqual([day.appointments[0]!.id]);
  expect((await t.ok('pharmacy:day', { date: '2026-12-17' })).items).toEqual([]);
  const audit = await t.core.store.db
    .selectFrom('audit_event')
    .select(['action', 'detail'])
    .where('object_id', '=', plan.id)
    .where('action', '=', 'plan.book')
    .execute();
  expect(audit.map((a) => JSON.parse(a.detail ?? '{}') as unknown)).toEqual([
    { booked: 9, skipped: 2, visitsAdded: 7 },
  ]);
  // Booking again finds everything booked and adds no second monitoring visit.
  const again = await t.ok('schedule:book-plan', { planId: plan.id });
  expect(again.booked).toEqual([]);
});

it('books a CAR T visit by hand for the center’s minutes when no length is given', async () => {
  const plan = await carTPlan();
  await t.ok('center:save-car-t-protocol', { productId: PRODUCT, ...PROTOCOL });
  const day0 = plan.doses.find((d) => d.kind === 'car-t-infusion')!;
  const booked = await t.ok('schedule:book-dose', {
    planId: plan.id,
    doseNumber: day0.doseNumber,
    date: DAY0,
    chairId: center.chairIds[0]!,
    start: 9 * 60,
  });
  expect(booked.end - booked.start).toBe(240);
});

it('refuses the whole plan when day 0 cannot be booked on its day, adding no monitoring visit', async () => {
  const plan = await carTPlan();
  await t.ok('center:save-car-t-protocol', { productId: PRODUCT, ...PROTOCOL });
  await t.ok('center:save-closure', { date: DAY0, reason: 'Staff training' });
  const changes = changeCounter(t);
  const refused = await t.call('schedule:book-plan', { planId: plan.id });
  expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
  if (!refused.ok) expect(refused.error.issues.map((i) => i.params?.date)).toEqual([DAY0]);
  expect(changes()).toBe(0);
  expect((await t.ok('plans:get', { planId: plan.id })).doses.length).toBe(plan.doses.length);
});

it('keeps a monitoring visit from overlapping another appointment of the patient', async () => {
  const patientId = await addPatient(t);
  const plan = await carTPlan(patientId);
  await t.ok('center:save-car-t-protocol', { productId: PRODUCT, ...PROTOCOL });
  await t.ok('schedule:book-plan', { planId: plan.id });
  const day = await t.ok('schedule:day', { date: '2026-12-15' });
  const visit = day.appointments.find((a) => a.planId === plan.id)!;
  // Another plan of the same patient, booked by hand on the other chair right after the monitoring visit.
  const other = await startPlan(t, patientId, { startDate: '2026-12-15', maxDoses: 1 });
  const otherChair = center.chairIds.find((c) => c !== visit.chairId)!;
  await t.ok('schedule:book-dose', {
    planId: other.id,
    doseNumber: 1,
    date: '2026-12-15',
    chairId: otherChair,
    start: visit.end,
  });
  const changes = changeCounter(t);
  const moved = await t.call('schedule:move', {
    appointmentId: visit.id,
    date: '2026-12-15',
    chairId: visit.chairId,
    start: visit.end,
  });
  // Refused by the database's patient rule (0110: trigger in SQLite, EXCLUDE constraint in PostgreSQL).
  expect(moved).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ code: 'patient-busy' }] } });
  expect(changes()).toBe(0);
});
