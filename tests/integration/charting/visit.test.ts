import { queryRow } from '../../support/rows';
import { afterEach, describe, expect, it } from 'vitest';
import type { VisitPhase } from '../../../shared/charting/visit-phase';
import { CHARGE, NURSE, signInAs } from '../../support/auth';
import {
  at,
  checkedAdministration,
  checkIn,
  draft,
  fullAssessment,
  infusion,
  openWorld,
  requestId,
  signedAssessment,
  TODAY,
  type World,
} from './setup';

// The visit at the chair as one state machine, enforced in main: checked in → assessed → infusing
// (⇄ interrupted) → observation → completed, with held and stopped exits; the day view follows.

let w: World;
afterEach(() => w.t.close());

async function dayRow() {
  const day = await w.t.ok('schedule:day', { date: TODAY });
  return day.appointments.find((a) => a.id === w.appointmentId)!;
}

async function expectPhase(phase: VisitPhase, status: string) {
  const context = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
  expect(context.phase).toBe(phase);
  const row = await dayRow();
  expect({ phase: row.phase, status: row.status }).toEqual({ phase, status });
}

const visitAction = (action: 'hold' | 'discharge', reason?: string) =>
  w.t.call('charting:visit', {
    appointmentId: w.appointmentId,
    action,
    ...(reason ? { reason } : {}),
    clientRequestId: requestId(),
  });

async function signAdministration(entryId: string, extra: Record<string, unknown> = {}) {
  return w.t.call('charting:sign', { id: entryId, clientRequestId: requestId(), ...extra });
}

describe('the visit as one state machine', () => {
  it('goes checked in → assessed → infusing → interrupted → infusing → observation → completed, and the day view follows', async () => {
    w = await openWorld();
    await checkIn(w);
    await expectPhase('checked-in', 'checked-in');
    await signedAssessment(w);
    await expectPhase('assessed', 'in-chair');
    await at(w, '10:00');
    const admin = await checkedAdministration(w, 'pembrolizumab', 1);
    await at(w, '10:05');
    await infusion(w, 'pembrolizumab', 'start');
    await expectPhase('infusing', 'infusing');
    await at(w, '10:10');
    await infusion(w, 'pembrolizumab', 'interrupt', { reason: 'Line occluded' });
    await expectPhase('interrupted', 'infusing');
    await at(w, '10:15');
    await infusion(w, 'pembrolizumab', 'restart', { rateMlPerHour: 200, reason: 'Line flushed, same rate per order' });
    await expectPhase('infusing', 'infusing');
    await at(w, '10:45');
    await infusion(w, 'pembrolizumab', 'stop', { complete: true });
    await expectPhase('observation', 'observation');
    const context = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    // Center defaults: no observation after later doses, 30 min extra after a first dose (this is dose 1).
    expect(context.observationEnds).toBe('11:15');
    expect((await signAdministration(admin.id)).ok).toBe(true);
    await at(w, '11:15');
    expect((await visitAction('discharge')).ok).toBe(true);
    await expectPhase('completed', 'completed');
  });

  it('observes a first dose for the per-drug minutes the center set, as the visit was booked', async () => {
    w = await openWorld();
    await signInAs(w.t, CHARGE);
    await w.t.ok('library:save-override', {
      recordKind: 'drug',
      recordId: 'pembrolizumab',
      fieldPath: 'centerPolicy.firstDoseObservationMinutes',
      value: 60,
      reason: 'Center protocol: one hour after a first pembrolizumab dose',
    });
    await signInAs(w.t, NURSE);
    await checkIn(w);
    await signedAssessment(w);
    await at(w, '10:00');
    await checkedAdministration(w, 'pembrolizumab', 1);
    await at(w, '10:05');
    await infusion(w, 'pembrolizumab', 'start');
    await at(w, '10:35');
    await infusion(w, 'pembrolizumab', 'stop', { complete: true });
    await expectPhase('observation', 'observation');
    const context = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    expect(context.observationEnds).toBe('11:35');
  });

  it('never starts a drug before a signed assessment, and the visit still reads checked in', async () => {
    w = await openWorld();
    await checkIn(w);
    await at(w, '10:00');
    await checkedAdministration(w, 'pembrolizumab', 1);
    const start = await infusion(w, 'pembrolizumab', 'start');
    expect(start.ok ? null : start.error.issues[0]).toMatchObject({ code: 'assessment-unsigned' });
    await expectPhase('checked-in', 'checked-in');
  });

  it('refuses times in the future and a stop before the start; charting after the fact is fine', async () => {
    w = await openWorld();
    await checkIn(w);
    await signedAssessment(w);
    await at(w, '10:00');
    await checkedAdministration(w, 'pembrolizumab', 1);
    await at(w, '10:07');
    const future = await infusion(w, 'pembrolizumab', 'start', { time: '10:38' });
    expect(future.ok ? null : future.error).toMatchObject({ code: 'invalid', issues: [{ path: 'time' }] });
    expect((await infusion(w, 'pembrolizumab', 'start', { time: '10:05' })).ok).toBe(true);
    const before = await infusion(w, 'pembrolizumab', 'stop', { time: '10:01', complete: true });
    expect(before.ok ? null : before.error.issues[0]).toMatchObject({
      path: 'time',
      code: 'time-before-previous',
      params: { time: '10:01', previous: '10:05' },
    });
    await at(w, '10:40');
    const stopped = await infusion(w, 'pembrolizumab', 'stop', { time: '10:36', complete: true });
    if (!stopped.ok) throw new Error(stopped.error.message);
    expect(stopped.value.infusions[0]?.summary).toMatchObject({ startTime: '10:05', stopTime: '10:36' });
  });

  it('ends the visit only once the record is signed, and asks why when the patient leaves during observation', async () => {
    w = await openWorld();
    await checkIn(w);
    await signedAssessment(w);
    await at(w, '10:00');
    const admin = await checkedAdministration(w, 'pembrolizumab', 1);
    expect((await visitAction('discharge')).ok).toBe(false);
    await infusion(w, 'pembrolizumab', 'start');
    await at(w, '10:30');
    await infusion(w, 'pembrolizumab', 'stop', { complete: true });
    const unsigned = await visitAction('discharge');
    expect(unsigned.ok ? null : unsigned.error.issues[0]).toMatchObject({
      code: 'sign-administration-first',
      params: { drug: expect.stringMatching(/^Pembrolizumab/) as unknown },
    });
    await signAdministration(admin.id);
    const early = await visitAction('discharge');
    expect(early.ok ? null : early.error).toMatchObject({ code: 'invalid', issues: [{ path: 'reason' }] });
    expect((await visitAction('discharge', 'Patient asked to leave; observed 10 min, vitals normal')).ok).toBe(true);
    await expectPhase('completed', 'completed');
  });

  it('ends as stopped when a drug was stopped early, with the reason in the record', async () => {
    w = await openWorld();
    await checkIn(w);
    await signedAssessment(w);
    await at(w, '10:00');
    const admin = await checkedAdministration(w, 'pembrolizumab', 1);
    await infusion(w, 'pembrolizumab', 'start');
    await at(w, '10:10');
    const early = await infusion(w, 'pembrolizumab', 'stop', { complete: false });
    expect(early.ok ? null : early.error.issues[0]?.path).toBe('reason');
    await infusion(w, 'pembrolizumab', 'stop', { complete: false, reason: 'Patient declined the rest' });
    const signed = await signAdministration(admin.id);
    if (!signed.ok) throw new Error(signed.error.message);
    expect(signed.value.payload.infusion).toMatchObject({ complete: false, stopReason: 'Patient declined the rest' });
    await at(w, '11:10');
    await visitAction('discharge');
    await expectPhase('stopped', 'completed');
  });

  it('holds the dose at the chair before any drug: the appointment is held and the dose booked again later', async () => {
    w = await openWorld();
    await checkIn(w);
    await signedAssessment(w);
    const noReason = await visitAction('hold');
    expect(noReason.ok ? null : noReason.error.issues[0]?.path).toBe('reason');
    expect((await visitAction('hold', 'Temperature 38.6 °C: prescriber says hold today')).ok).toBe(true);
    await expectPhase('held', 'held');
    const plan = await w.t.ok('plans:get', { planId: w.planId });
    expect(plan.doses[0]?.appointment?.date).not.toBe(TODAY);
    expect((await infusion(w, 'pembrolizumab', 'start')).ok).toBe(false);
  });

  it('voids only the latest event, with a reason, and the record reads as if it never happened', async () => {
    w = await openWorld();
    await checkIn(w);
    await signedAssessment(w);
    await at(w, '10:00');
    await checkedAdministration(w, 'pembrolizumab', 1);
    const started = await infusion(w, 'pembrolizumab', 'start');
    if (!started.ok) throw new Error(started.error.message);
    await at(w, '10:02');
    const stopped = await infusion(w, 'pembrolizumab', 'stop', { complete: true });
    if (!stopped.ok) throw new Error(stopped.error.message);
    const [startEvent, stopEvent] = stopped.value.infusions[0]!.events;
    const old = await infusion(w, 'pembrolizumab', 'void', { voidsEventId: startEvent!.id, reason: 'Wrong drug' });
    expect(old.ok).toBe(false);
    const undone = await infusion(w, 'pembrolizumab', 'void', {
      voidsEventId: stopEvent!.id,
      reason: 'Pressed Stop by mistake',
    });
    if (!undone.ok) throw new Error(undone.error.message);
    expect(undone.value.infusions[0]?.summary.state).toBe('running');
    expect(undone.value.phase).toBe('infusing');
  });

  it('lets the front desk mark arrival by hand, but never a later status: that follows the chart', async () => {
    w = await openWorld();
    expect((await w.t.call('schedule:set-status', { appointmentId: w.appointmentId, status: 'checked-in' })).ok).toBe(
      true,
    );
    const skip = await w.t.call('schedule:set-status', { appointmentId: w.appointmentId, status: 'in-chair' });
    expect(skip.ok ? null : skip.error.code).toBe('invalid');
    await checkIn(w);
    const undo = await w.t.call('schedule:set-status', { appointmentId: w.appointmentId, status: 'scheduled' });
    expect(undo.ok ? null : undo.error.code).toBe('conflict');
  });

  it('keeps the stored phase equal to the phase recomputed from the chart after every write', async () => {
    w = await openWorld();
    await checkIn(w);
    const saved = await draft(w, 'assessment', fullAssessment());
    if (!saved.ok) throw new Error(saved.error.message);
    await w.t.ok('charting:sign', { id: saved.value.id, clientRequestId: requestId() });
    const stored = await queryRow<{ phase: string }>(
      w.t.core.store,
      'SELECT phase FROM visit_state WHERE appointment_id = ?',
      w.appointmentId,
    );
    const context = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    expect(stored?.phase).toBe(context.phase);
  });
});
