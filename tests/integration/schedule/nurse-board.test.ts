import { afterEach, beforeEach, expect, it } from 'vitest';
import { CHARGE, NURSE, createUser, setupAdmin, signInAs } from '../../support/auth';
import { openTestCore, type TestCore } from '../../support/core';
import { refusalOf } from '../../support/orders';
import { addPatient, makeCenter, startPlan, type TestCenter } from '../../support/schedule';

// The charge nurse's board: the day's visits with a balanced proposal, saved as each visit's nurse (audited),
// refused when a nurse would be off shift, over the patients-at-once limit or starting two at once; nurses
// read it; the chairside list puts the signed-in nurse's patients first.

const DAY = '2026-11-30';
let t: TestCore;
let center: TestCenter;
let marie: string;
let visits: string[];

async function book(start: number, chair: number, regimen: Partial<Parameters<typeof startPlan>[2]> = {}) {
  const plan = await startPlan(t, await addPatient(t), { startDate: DAY, maxDoses: 1, ...regimen });
  const booked = await t.ok('schedule:book-dose', {
    planId: plan.id,
    doseNumber: 1,
    date: DAY,
    start,
    chairId: center.chairIds[chair]!,
  });
  return booked.id;
}

beforeEach(async () => {
  t = await openTestCore('2026-11-30T07:00:00Z');
  center = await makeCenter(t, { chairs: 4, nurses: 1 });
  // The roster's second nurse is the account Marie Tremblay signs in with (same initials).
  const roster = await t.ok('center:save-nurse', { displayName: NURSE.displayName, initials: NURSE.initials });
  const shifts = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 7 * 60 + 45, endMinute: 17 * 60 + 15 }));
  await t.ok('center:save-shifts', { nurseId: roster.id, shifts });
  marie = roster.id;
  await setupAdmin(t);
  await createUser(t, NURSE);
  await createUser(t, CHARGE);
  await signInAs(t, CHARGE);
  visits = [await book(9 * 60, 0), await book(9 * 60 + 30, 1), await book(10 * 60, 2)];
});
afterEach(() => t.close());

it('proposes a balanced start: the heavier first doses go to different nurses, and nothing is saved yet', async () => {
  const board = await t.ok('assignments:board', { date: DAY });
  expect(board.savedAt).toBeNull();
  expect(board.nurses.map((n) => n.initials)).toEqual([NURSE.initials, 'N1']);
  expect(board.visits.map((v) => v.appointmentId)).toEqual(visits);
  expect(board.visits.every((v) => v.reasons.includes('first-dose') && v.acuity === 2)).toBe(true);
  const proposed = board.visits.map((v) => v.proposedNurseId);
  expect(new Set(proposed)).toEqual(new Set([center.nurseIds[0], marie]));
  expect(proposed.filter((n) => n === marie).length).toBeGreaterThanOrEqual(1);
});

it('saves the charge nurse’s choice as each visit’s nurse, audited, and the nurse’s list shows hers first', async () => {
  const assignments = visits.map((appointmentId, i) => ({
    appointmentId,
    nurseId: i === 1 ? marie : center.nurseIds[0]!,
  }));
  const saved = await t.ok('assignments:save', { date: DAY, assignments });
  expect(saved.savedBy).toBe(CHARGE.displayName);
  expect(saved.visits.map((v) => v.nurseId)).toEqual(assignments.map((a) => a.nurseId));
  const history = await t.ok('schedule:history', { appointmentId: visits[1]! });
  expect(history.map((e) => e.action)).toContain('assign-nurse');
  const audit = await t.core.store.db
    .selectFrom('audit_event')
    .select(['action', 'object_id'])
    .where('action', 'in', ['appointment.assign-nurse', 'nurse-board.save'])
    .execute();
  expect(audit.filter((a) => a.action === 'nurse-board.save').map((a) => a.object_id)).toEqual([DAY]);
  expect(audit.some((a) => a.action === 'appointment.assign-nurse' && a.object_id === visits[1])).toBe(true);

  await signInAs(t, NURSE);
  const reread = await t.ok('assignments:board', { date: DAY });
  expect(reread.visits.map((v) => v.nurseId)).toEqual(assignments.map((a) => a.nurseId));
  const list = await t.ok('charting:worklist', { date: DAY });
  expect(list.appointments.filter((a) => a.isMine).map((a) => a.appointmentId)).toEqual([visits[1]]);
});

it('lets a nurse read the board but not save it', async () => {
  await signInAs(t, NURSE);
  expect((await t.call('assignments:board', { date: DAY })).ok).toBe(true);
  const refused = await t.call('assignments:save', {
    date: DAY,
    assignments: [{ appointmentId: visits[0]!, nurseId: marie }],
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

it('refuses a nurse over the patients-at-once limit, naming the field and the limit, and writes nothing', async () => {
  await t.ok('center:save-limits', { maxPatientsPerNurse: 2 });
  const all = visits.map((appointmentId) => ({ appointmentId, nurseId: marie }));
  const refused = await t.call('assignments:save', { date: DAY, assignments: all });
  expect(refusalOf(refused)).toEqual({ code: 'conflict', reason: 'nurse-over-ratio', path: 'assignments.2.nurseId' });
  if (!refused.ok)
    expect(refused.error.message).toBe(
      `${NURSE.displayName} would have more patients at once around 10:00 than the 2 the center allows.`,
    );
  const board = await t.ok('assignments:board', { date: DAY });
  expect(board.savedAt).toBeNull();
  expect(board.visits.filter((v) => v.nurseId === marie).length).toBeLessThan(3);
});

it('refuses two starts in one slot for one nurse, and a nurse whose shift does not cover the visit', async () => {
  const early = await book(9 * 60 + 5, 3);
  const together = await t.call('assignments:save', {
    date: DAY,
    assignments: [
      { appointmentId: visits[0]!, nurseId: marie },
      { appointmentId: early, nurseId: marie },
    ],
  });
  expect(refusalOf(together)?.reason).toBe('nurse-starts-together');
  await t.ok('center:save-shift-override', {
    date: DAY,
    nurseId: marie,
    isOff: false,
    startMinute: 12 * 60,
    endMinute: 17 * 60,
  });
  // Every other visit to the first nurse, so the only rule broken is Marie's shift.
  const others = [...visits.slice(1), early].map((appointmentId) => ({ appointmentId, nurseId: center.nurseIds[0]! }));
  const offShift = await t.call('assignments:save', {
    date: DAY,
    assignments: [{ appointmentId: visits[0]!, nurseId: marie }, ...others],
  });
  expect(refusalOf(offShift)).toEqual({
    code: 'conflict',
    reason: 'nurse-not-on-shift',
    path: 'assignments.0.nurseId',
  });
});
