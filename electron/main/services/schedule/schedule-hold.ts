import { randomUUID } from 'node:crypto';
import type { PlanDose, TreatmentPlan } from '../../../../shared/ipc/contract/plans';
import type { Appointment, HoldResult } from '../../../../shared/ipc/contract/schedule';
import { appReason, type ReasonCause } from '../../../../shared/reasons/app-reasons';
import { isMovable } from '../../../../shared/schedule/status';
import { addDays } from '../../../../shared/scheduling/chooseDay';
import { conflict, notFound } from '../../core/errors';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import { findAppointment, insertAppointment, updateAppointment } from '../../repositories/appointments';
import { loadPlan, setDoseTarget } from '../../repositories/plans';
import { recordChange } from './appointment-log';
import type { Executor } from '../audit/audit';
import type { UnitOfWork } from '../../core/unit-of-work';
import { BookingContext } from './booking-context';
import { preferredWindowOf, visitNeeds } from './booking';
import { clinicToday } from '../center/clinic-clock';
import { placeDose, type DosePlacement } from './place-dose';

// Holding a dose: the visit does not happen on its day, and the held dose and every later one move back by
// the regimen's interval (the schedule keeps its rhythm), each re-placed on its new date by the same rules
// as booking. A hold is a clinical decision, so it is never refused for lack of room: a dose that no longer
// fits is left unbooked at its new target date, listed in the answer for the nurse to book by hand.

type Plan = Omit<TreatmentPlan, 'warnings'>;
type Shifted = { dose: PlanDose; target: string; placement: DosePlacement; appointmentId: string };

/** Moves every dose's target by the interval; re-places the held dose and the later doses that were booked. */
async function replaceShifted(
  trx: Executor,
  plan: Plan,
  heldDose: number,
  doses: readonly PlanDose[],
  interval: number,
  today: string,
) {
  const moving = doses.flatMap((d) => (d.appointment ? [d.appointment.id] : []));
  const context = await BookingContext.open(trx, moving);
  const preference = await preferredWindowOf(trx, plan.patientId);
  const shifted: Shifted[] = [];
  for (const dose of doses) {
    const target = addDays(dose.targetDate, interval);
    await setDoseTarget(trx, plan.id, dose.doseNumber, target);
    if (!dose.appointment && dose.doseNumber !== heldDose) continue;
    const appointmentId = dose.appointment?.id ?? randomUUID();
    const request = {
      appointmentId,
      patientId: plan.patientId,
      targetDate: target,
      visit: visitNeeds(dose),
      preference,
      earliest: today,
    };
    shifted.push({ dose, target, appointmentId, placement: await placeDose(context, request) });
  }
  return shifted;
}

/** Frees the slots of doses that did not fit first, then moves the rest latest-first so no old slot blocks a new one. */
async function writeShifted(
  trx: Executor,
  held: Appointment,
  shifted: readonly Shifted[],
  cause: ReasonCause,
  unit: UnitOfWork,
  ctx: RequestContext,
) {
  const { at } = unit;
  // The later doses say which dose was held and why, in the reader's language (the hold's reason inside).
  const why = appReason('dose-held', { dose: held.doseNumber, cause });
  const noRoom = appReason('dose-held-no-room', { dose: held.doseNumber, cause });
  for (const s of shifted) {
    if (s.placement.ok || !s.dose.appointment) continue;
    await updateAppointment(trx, s.appointmentId, { status: 'cancelled' }, at, ctx.userId);
    await recordChange(trx, {
      appointment: { id: s.appointmentId, patientId: held.patientId },
      action: 'cancel',
      reason: noRoom,
      unit,
      ctx,
    });
  }
  for (const s of shifted.toReversed()) {
    if (!s.placement.ok) continue;
    const { date, slot } = s.placement;
    const to = { date, chairId: slot.chairId, start: slot.start, end: slot.end, nurseId: slot.nurseId };
    const appointment = { id: s.appointmentId, patientId: held.patientId };
    if (s.dose.appointment) {
      await updateAppointment(trx, s.appointmentId, to, at, ctx.userId);
      await recordChange(trx, {
        appointment,
        action: 'shift',
        reason: why,
        detail: { from: s.dose.appointment, to },
        unit,
        ctx,
      });
    } else if (s.dose.doseNumber === held.doseNumber) {
      const flags = held.flags;
      await insertAppointment(trx, {
        id: s.appointmentId,
        planId: held.planId,
        doseNumber: held.doseNumber,
        patientId: held.patientId,
        ...to,
        flags,
        at,
        userId: ctx.userId,
      });
      await recordChange(trx, { appointment, action: 'book', reason: why, detail: to, unit, ctx });
    }
  }
}

function summarise(shifted: readonly Shifted[]): Omit<HoldResult, 'held'> {
  const rebooked = shifted.flatMap(({ dose, target, appointmentId, placement: p }) =>
    p.ok
      ? [
          {
            doseNumber: dose.doseNumber,
            appointmentId,
            targetDate: target,
            date: p.date,
            offsetDays: p.offsetDays,
            chairId: p.slot.chairId,
            start: p.slot.start,
            end: p.slot.end,
          },
        ]
      : [],
  );
  const unplaced = shifted.flatMap(({ dose, target, placement: p }) =>
    p.ok ? [] : [{ doseNumber: dose.doseNumber, targetDate: target, message: p.message }],
  );
  return { rebooked, unplaced };
}

/**
 * Holds one dose inside the caller's transaction: the appointment is released as held and the held dose and
 * the later ones move back by the interval. `atChair` allows a visit whose patient is already seated (the
 * chairside holds a dose the patient is not ready for, before any drug is started).
 */
export async function holdDoseWithin(
  trx: Executor,
  deps: CoreDeps,
  unit: UnitOfWork,
  /** The hold's reason: the nurse's words as typed, or the app's own (held at the chair, around her words). */
  input: { appointmentId: string; reason: ReasonCause; atChair?: boolean },
  ctx: RequestContext,
): Promise<Omit<HoldResult, 'held'>> {
  const { appointmentId, reason } = input;
  const { at } = unit;
  const held = (await findAppointment(trx, appointmentId))?.appointment;
  if (!held) throw notFound('appointment-not-found', 'Appointment');
  const allowed = isMovable(held.status) || (input.atChair === true && held.status === 'in-chair');
  if (!allowed) throw conflict('not-holdable', 'Only a scheduled or checked-in appointment can be held.');
  const plan = await loadPlan(trx, held.planId);
  if (!plan) throw notFound('plan-not-found', 'Treatment plan');
  await updateAppointment(trx, held.id, { status: 'held' }, at, ctx.userId);
  await recordChange(trx, {
    appointment: held,
    action: 'hold',
    reason,
    detail: { doseNumber: held.doseNumber },
    unit,
    ctx,
  });
  const interval = plan.doses.find((d) => d.doseNumber === held.doseNumber)?.intervalDays ?? null;
  if (interval === null) return { rebooked: [], unplaced: [] };
  // The held dose's own appointment is now released; it gets a new one, the later doses are moved.
  const later = plan.doses
    .filter((d) => d.doseNumber >= held.doseNumber)
    .map((d) => (d.doseNumber === held.doseNumber ? { ...d, appointment: null } : d));
  const shifted = await replaceShifted(trx, plan, held.doseNumber, later, interval, clinicToday(deps));
  await writeShifted(trx, held, shifted, reason, unit, ctx);
  const summary = summarise(shifted);
  await unit.audit({
    patientId: plan.patientId,
    action: 'plan.hold-shift',
    objectType: 'treatment_plan',
    objectId: plan.id,
    detail: {
      heldDose: held.doseNumber,
      intervalDays: interval,
      shifted: shifted.length,
      unplaced: summary.unplaced.length,
    },
  });
  return summary;
}

export function createHoldService(deps: CoreDeps) {
  const db = deps.store.db;

  async function hold(appointmentId: string, reason: string, ctx: RequestContext): Promise<HoldResult> {
    const result = await deps.write(ctx, (trx, unit) =>
      holdDoseWithin(trx, deps, unit, { appointmentId, reason }, ctx),
    );
    const held = (await findAppointment(db, appointmentId))?.appointment;
    if (!held) throw notFound('appointment-not-found', 'Appointment');
    return { held, ...result };
  }

  return { hold };
}
