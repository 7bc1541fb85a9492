import { afterEach, beforeEach, expect, it } from 'vitest';
import { clinicTimeZone } from '../../../electron/main/services/center/clinic-clock';
import { zonedMinuteToUtc } from '../../../shared/schedule/timezone';
import { NURSE, PHARMACIST, as, openOrderWorld, type OrderWorld } from '../../support/orders';
import { addPatient, startPlan } from '../../support/schedule';
import { signInAs } from '../../support/auth';

// A visit's drug from the order to the chair: each step once and in order, who and when, only a pharmacist
// verifies, and the minutes the chair waited are recorded at delivery.

const TODAY = '2026-11-27';
let w: OrderWorld;
let appointmentId: string;

const setClock = (minute: number) => w.t.clock.set(zonedMinuteToUtc(TODAY, minute, clinicTimeZone()).toISOString());
/** Later in the day, with the nurse signed in again (the screen locks after a quiet while). */
async function nurseAt(minute: number) {
  setClock(minute);
  await signInAs(w.t, NURSE);
}

beforeEach(async () => {
  w = await openOrderWorld({ startDate: TODAY, maxDoses: 1 }, { book: false });
  setClock(7 * 60 + 30);
  const booked = await w.t.ok('schedule:book-dose', {
    planId: w.plan.id,
    doseNumber: 1,
    date: TODAY,
    start: 9 * 60,
    chairId: w.center.chairIds[0]!,
  });
  appointmentId = booked.id;
});
afterEach(() => w.t.close());

const advance = (step: 'verified' | 'in-preparation' | 'ready' | 'delivered') =>
  w.t.call('pharmacy:advance', { appointmentId, step });

it('moves the drug step by step, naming who did each, and records the chair’s wait at delivery', async () => {
  await nurseAt(8 * 60);
  await as(w.t, PHARMACIST, async () => expect((await advance('verified')).ok).toBe(true));
  await nurseAt(8 * 60 + 40);
  expect((await advance('in-preparation')).ok).toBe(true);
  await nurseAt(9 * 60 + 5);
  expect((await advance('ready')).ok).toBe(true);
  await w.t.ok('schedule:set-status', { appointmentId, status: 'checked-in' });
  // Needed at 09:15 (09:00 + 15 min pre-assessment); delivered at 09:40 with the patient there: 25 minutes.
  await nurseAt(9 * 60 + 40);
  const delivered = await w.t.ok('pharmacy:advance', { appointmentId, step: 'delivered' });
  expect(delivered).toMatchObject({ step: 'delivered', neededAt: 9 * 60 + 15, waitMinutes: 25 });
  expect(delivered.steps).toEqual([
    { step: 'verified', time: '08:00', by: PHARMACIST.displayName },
    { step: 'in-preparation', time: '08:40', by: NURSE.displayName },
    { step: 'ready', time: '09:05', by: NURSE.displayName },
    { step: 'delivered', time: '09:40', by: NURSE.displayName },
  ]);
  const day = await w.t.ok('schedule:day', { date: TODAY });
  expect(day.appointments[0]?.drug).toEqual({ step: 'delivered', neededAt: 9 * 60 + 15, waitMinutes: 25 });
  const audit = await w.t.core.store.db
    .selectFrom('audit_event')
    .select('action')
    .where('object_id', '=', appointmentId)
    .execute();
  expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['appointment.drug-delivered']));
});

it('lets only a pharmacist verify, and never skips or repeats a step', async () => {
  expect(await advance('verified')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  const skipped = await advance('ready');
  expect(skipped).toMatchObject({ ok: false, error: { code: 'conflict' } });
  if (!skipped.ok)
    expect(skipped.error.issues[0]).toMatchObject({
      code: 'drug-step-order',
      params: { current: 'ordered', expected: 'verified' },
    });
  await as(w.t, PHARMACIST, async () => {
    expect((await advance('verified')).ok).toBe(true);
    expect(await advance('verified')).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

it('records no wait when the drug reaches the chair before the patient', async () => {
  await as(w.t, PHARMACIST, () => advance('verified'));
  await nurseAt(8 * 60);
  await advance('in-preparation');
  await advance('ready');
  await nurseAt(10 * 60);
  expect(await w.t.ok('pharmacy:advance', { appointmentId, step: 'delivered' })).toMatchObject({ waitMinutes: 0 });
});

it('lists the day for the pharmacy by start time with what each visit needs', async () => {
  const other = await startPlan(w.t, await addPatient(w.t), { startDate: TODAY, maxDoses: 1 });
  await w.t.ok('schedule:book-dose', {
    planId: other.id,
    doseNumber: 1,
    date: TODAY,
    start: 8 * 60,
    chairId: w.center.chairIds[1]!,
  });
  const list = await w.t.ok('pharmacy:day', { date: TODAY });
  expect(list.items.map((i) => [i.start, i.step])).toEqual([
    [8 * 60, 'ordered'],
    [9 * 60, 'ordered'],
  ]);
  expect(list.items[0]?.drugs[0]).toMatchObject({ doseText: '200 mg' });
});
