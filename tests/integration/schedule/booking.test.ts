import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, changeCounter, makeCenter, startPlan, type TestCenter } from '../../support/schedule';

let t: TestCore;
let center: TestCenter;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  center = await makeCenter(t, { chairs: 2, nurses: 2 });
});
afterEach(() => t.close());

describe('schedule:book-plan', () => {
  it('books every dose on its target date, with chair time from the library and the center limits', async () => {
    const plan = await startPlan(t, await addPatient(t, { preferredWindow: 'morning' }));
    const result = await t.ok('schedule:book-plan', { planId: plan.id });
    expect(result.booked.map((b) => b.date)).toEqual(plan.doses.map((d) => d.targetDate));
    expect(result.booked.every((b) => b.offsetDays === 0)).toBe(true);
    // Pre-assessment 15 + infusion 30 + observation 0, plus 30 extra after the first dose (center defaults).
    expect(result.booked.map((b) => b.end - b.start)).toEqual([75, 45, 45, 45, 45, 45]);
    expect(result.booked.every((b) => b.start < 12 * 60)).toBe(true);
    const after = await t.ok('plans:get', { planId: plan.id });
    expect(after.doses.every((d) => d.appointment?.status === 'scheduled')).toBe(true);
    const day = await t.ok('schedule:day', { date: '2026-11-30' });
    expect(day.appointments[0]).toMatchObject({
      doseNumber: 1,
      cycle: 1,
      // No lab result is on file yet: the day view says so (the labs-needed computation).
      flags: ['first-dose', 'labs-pending'],
      drugs: [{ name: 'Pembrolizumab (Keytruda)', doseText: '200 mg' }],
    });
  });

  it('is idempotent: a second booking skips the doses already booked', async () => {
    const plan = await startPlan(t, await addPatient(t));
    await t.ok('schedule:book-plan', { planId: plan.id });
    const again = await t.ok('schedule:book-plan', { planId: plan.id });
    expect(again.booked).toEqual([]);
    expect(again.skipped.map((s) => s.reason)).toEqual(Array(6).fill('Already booked.'));
  });

  it('moves a dose to the nearest open day within the tolerance when its day is closed', async () => {
    await t.ok('center:save-closure', { date: '2026-12-21', reason: 'Staff training' });
    const plan = await startPlan(t, await addPatient(t));
    const result = await t.ok('schedule:book-plan', { planId: plan.id });
    expect(result.booked[1]).toMatchObject({ targetDate: '2026-12-21', date: '2026-12-22', offsetDays: 1 });
  });

  it('never uses a chair that is out of service', async () => {
    await t.ok('center:save-chair', { id: center.chairIds[0], name: 'Chair 1', active: false });
    const plan = await startPlan(t, await addPatient(t));
    const result = await t.ok('schedule:book-plan', { planId: plan.id });
    expect(new Set(result.booked.map((b) => b.chairId))).toEqual(new Set([center.chairIds[1]]));
  });

  it('books all doses or none, naming each dose that cannot be placed', async () => {
    // No tolerance and the only chair closed for the second dose's day: that dose has nowhere to go.
    await t.ok('center:save-limits', { schedulingToleranceDays: 0 });
    await t.ok('center:save-closure', { date: '2026-12-21', reason: 'Staff training' });
    const plan = await startPlan(t, await addPatient(t));
    const changes = changeCounter(t);
    const result = await t.call('schedule:book-plan', { planId: plan.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'doses.2' }] } });
    if (!result.ok) expect(result.error.issues[0]?.message).toMatch(/^Dose 2 \(due 2026-12-21\): No open day/);
    expect(changes()).toBe(0);
    expect((await t.ok('plans:get', { planId: plan.id })).doses.every((d) => d.appointment === null)).toBe(true);
  });

  it('keeps a full day full: the booking that does not fit is refused as a whole', async () => {
    await t.ok('center:save-limits', { schedulingToleranceDays: 0 });
    // Two chairs open 9 hours hold at most 14 first-dose visits of 75 minutes: 30 patients cannot all fit.
    const plans = [];
    for (let i = 0; i < 30; i++) plans.push(await startPlan(t, await addPatient(t), { maxDoses: 1 }));
    const outcomes = [];
    for (const plan of plans) outcomes.push(await t.call('schedule:book-plan', { planId: plan.id }));
    const refused = outcomes.filter((o) => !o.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const day = await t.ok('schedule:day', { date: '2026-11-30' });
    expect(day.appointments.length).toBe(outcomes.length - refused.length);
  });

  it('refuses to book a plan that is not active', async () => {
    const plan = await startPlan(t, await addPatient(t));
    await t.ok('plans:hold', { planId: plan.id, reason: 'Awaiting labs' });
    expect(await t.call('schedule:book-plan', { planId: plan.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('writes a history entry and an audit event for every booked appointment', async () => {
    const plan = await startPlan(t, await addPatient(t));
    const { booked } = await t.ok('schedule:book-plan', { planId: plan.id });
    for (const b of booked) {
      const history = await t.ok('schedule:history', { appointmentId: b.appointmentId });
      expect(history).toEqual([expect.objectContaining({ action: 'book', userId: null })]);
    }
    const audit = await t.ok('audit:list', { action: 'appointment.book', limit: 100 });
    expect(audit.map((e) => e.objectId).sort()).toEqual(booked.map((b) => b.appointmentId).sort());
    expect(audit.every((e) => e.patientId === plan.patientId && e.workstation === 'test-workstation')).toBe(true);
  });
});
