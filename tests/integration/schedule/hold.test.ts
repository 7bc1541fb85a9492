import { queryRows } from '../../support/rows';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, changeCounter, makeCenter, startPlan } from '../../support/schedule';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  await makeCenter(t, { chairs: 2, nurses: 2 });
});
afterEach(() => t.close());

async function bookedPlan() {
  const plan = await startPlan(t, await addPatient(t));
  const { booked } = await t.ok('schedule:book-plan', { planId: plan.id });
  return { plan, booked };
}

describe('schedule:hold-dose', () => {
  it('holds the dose and shifts it and every later dose by the regimen interval, re-placing each', async () => {
    const { plan, booked } = await bookedPlan();
    const second = booked[1]?.appointmentId ?? '';
    const result = await t.ok('schedule:hold-dose', {
      appointmentId: second,
      reason: 'Grade 2 colitis: hold per oncologist',
    });
    expect(result.held).toMatchObject({ id: second, status: 'held', doseNumber: 2 });
    expect(result.unplaced).toEqual([]);
    expect(result.rebooked.map((r) => [r.doseNumber, r.date])).toEqual([
      [2, '2027-01-11'],
      [3, '2027-02-01'],
      [4, '2027-02-22'],
      [5, '2027-03-15'],
      [6, '2027-04-05'],
    ]);
    const after = await t.ok('plans:get', { planId: plan.id });
    expect(after.doses.map((d) => d.targetDate)).toEqual([
      '2026-11-30',
      '2027-01-11',
      '2027-02-01',
      '2027-02-22',
      '2027-03-15',
      '2027-04-05',
    ]);
    expect(after.doses.map((d) => d.appointment?.date)).toEqual([
      '2026-11-30',
      '2027-01-11',
      '2027-02-01',
      '2027-02-22',
      '2027-03-15',
      '2027-04-05',
    ]);
    // Dose 2 got a new appointment; the held one stays in the record with its reason.
    expect(after.doses[1]?.appointment?.id).not.toBe(second);
    const history = await t.ok('schedule:history', { appointmentId: second });
    expect(history.map((h) => [h.action, h.reason])).toEqual([
      ['book', null],
      ['hold', 'Grade 2 colitis: hold per oncologist'],
    ]);
    const shifted = await t.ok('schedule:history', { appointmentId: booked[2]?.appointmentId ?? '' });
    expect(shifted.at(-1)).toMatchObject({
      action: 'shift',
      reason: 'Dose 2 held: Grade 2 colitis: hold per oncologist',
    });
    expect(await t.ok('audit:list', { action: 'plan.hold-shift', limit: 5 })).toHaveLength(1);
  });

  it('never refuses a hold for lack of room: a dose that no longer fits is left to book by hand', async () => {
    const { booked } = await bookedPlan();
    await t.ok('center:save-limits', { schedulingToleranceDays: 0 });
    await t.ok('center:save-closure', { date: '2027-04-05', reason: 'Easter Monday' });
    const result = await t.ok('schedule:hold-dose', {
      appointmentId: booked[1]?.appointmentId ?? '',
      reason: 'Patient unwell',
    });
    expect(result.unplaced.map((u) => [u.doseNumber, u.targetDate])).toEqual([[6, '2027-04-05']]);
    expect(result.unplaced[0]?.message).toMatch(/No open day/);
    const cancelled = await t.ok('schedule:history', { appointmentId: booked[5]?.appointmentId ?? '' });
    expect(cancelled.at(-1)).toMatchObject({
      action: 'cancel',
      reason: 'Dose 2 held: Patient unwell (no room on the new date)',
      // Coded for the screens; the nurse's reason inside stays as typed.
      reasonCoded: { code: 'dose-held-no-room', params: { dose: 2, cause: 'Patient unwell' } },
    });
  });

  it('refuses to hold a visit that has already started, and writes nothing', async () => {
    const { booked } = await bookedPlan();
    const id = booked[0]?.appointmentId ?? '';
    t.clock.set('2026-11-30T08:00:00Z');
    await t.ok('schedule:set-status', { appointmentId: id, status: 'checked-in' });
    // The chart moves a visit past arrival (assessment, infusion); here the visit is simply under way.
    await queryRows(t.core.store, "UPDATE appointment SET status = 'infusing' WHERE id = ?", id);
    const changes = changeCounter(t);
    expect(await t.call('schedule:hold-dose', { appointmentId: id, reason: 'Too late' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(changes()).toBe(0);
  });
});
