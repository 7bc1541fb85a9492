import { randomUUID } from 'node:crypto';
import { addDays, daysBetween } from '../../../../shared/clinical/dates';
import type { PlanActionResult, PlanDose } from '../../../../shared/ipc/contract/plans';
import { findAppointment, insertAppointment } from '../../repositories/appointments';
import { loadPlan, setDoseTarget } from '../../repositories/plans';
import { recordChange } from '../schedule/appointment-log';
import { BookingContext } from '../schedule/booking-context';
import { preferredWindowOf, visitNeeds } from '../schedule/booking';
import type { PlanActionStep } from './plan-actions';
import { placeDose } from '../schedule/place-dose';

// Booking a resumed plan's held doses again. A dose whose date is still ahead keeps it; when the first held
// dose's date has passed, it and every later dose move on by the same number of days, so the regimen keeps
// its rhythm from the day treatment resumes. Each dose is placed by the same placer as booking. Resuming is
// a clinical decision, so it is never refused for lack of room: a dose that does not fit is left unbooked
// at its new date and listed, for the nurse to book by hand.

type Outcome = Pick<PlanActionResult, 'rebooked' | 'unplaced'>;

/** Moves the targets of the doses from the first held one on, when its date has passed; returns the shift. */
async function shiftTargets(step: PlanActionStep, doses: readonly PlanDose[], first: PlanDose): Promise<number> {
  const shift = Math.max(0, daysBetween(first.targetDate, step.today));
  if (shift === 0) return 0;
  for (const dose of doses) {
    if (dose.doseNumber < first.doseNumber || dose.appointment) continue;
    await setDoseTarget(step.ex, step.plan.id, dose.doseNumber, addDays(dose.targetDate, shift));
  }
  return shift;
}

export async function rebookHeldDoses(step: PlanActionStep): Promise<Outcome> {
  const { ex, plan: row, at, today, ctx } = step;
  const plan = await loadPlan(ex, row.id);
  const waiting = (plan?.doses ?? []).filter((d) => d.appointment === null && d.heldAppointment !== null);
  if (!plan || waiting.length === 0) return { rebooked: [], unplaced: [] };
  const shift = await shiftTargets(step, plan.doses, waiting[0]!);
  const context = await BookingContext.open(ex);
  const preference = await preferredWindowOf(ex, plan.patientId);
  const out: Outcome = { rebooked: [], unplaced: [] };
  for (const dose of waiting) {
    const targetDate = addDays(dose.targetDate, shift);
    if (dose.infusionMinutes === null) {
      out.unplaced.push({
        doseNumber: dose.doseNumber,
        targetDate,
        message: 'No chair time in the library: book this visit by hand.',
      });
      continue;
    }
    const id = randomUUID();
    const placed = await placeDose(context, {
      appointmentId: id,
      patientId: plan.patientId,
      targetDate,
      visit: visitNeeds(dose),
      preference,
      earliest: today,
    });
    if (!placed.ok) {
      out.unplaced.push({ doseNumber: dose.doseNumber, targetDate, message: placed.message });
      continue;
    }
    // The new visit carries the held one's flags (first dose, reaction history).
    const flags = (await findAppointment(ex, dose.heldAppointment!.id))?.appointment.flags ?? [];
    const { chairId, start, end, nurseId } = placed.slot;
    await insertAppointment(ex, {
      id,
      planId: plan.id,
      doseNumber: dose.doseNumber,
      patientId: plan.patientId,
      chairId,
      nurseId,
      date: placed.date,
      start,
      end,
      flags,
      at,
      userId: ctx.userId,
    });
    const detail = {
      date: placed.date,
      chairId,
      start,
      end,
      nurseId,
      planAction: 'resume',
      replacesHeld: dose.heldAppointment!.id,
    };
    await recordChange(ex, {
      appointment: { id, patientId: plan.patientId },
      action: 'book',
      reason: step.reason,
      detail,
      unit: step,
      ctx,
    });
    out.rebooked.push({ doseNumber: dose.doseNumber, appointmentId: id, date: placed.date, start });
  }
  return out;
}
