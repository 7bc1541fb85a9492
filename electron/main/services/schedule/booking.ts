import { randomUUID } from 'node:crypto';
import type { PlanDose, TreatmentPlan } from '../../../../shared/ipc/contract/plans';
import type { Appointment, BookPlanResult } from '../../../../shared/ipc/contract/schedule';
import type { IpcIssue } from '../../../../shared/ipc/result';
import { PREFERRED_WINDOWS, type PreferredWindow } from '../../../../shared/schedule/windows';
import { addDays } from '../../../../shared/scheduling/chooseDay';
import { AppError, conflict, notFound } from '../../core/errors';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import type { UnitOfWork } from '../../core/unit-of-work';
import { findAppointment, insertAppointment } from '../../repositories/appointments';
import { insertDoses, loadPlan } from '../../repositories/plans';
import { recordChange } from './appointment-log';
import type { Executor } from '../audit/audit';
import { BookingContext } from './booking-context';
import { clinicToday } from '../center/clinic-clock';
import { placeDose } from './place-dose';
import { checkInjectionSeats, resourceFor } from './visit-resource';
import { carTMinutes, prepareCarT, type CarTBooking } from './car-t-booking';
import { centerPolicyValue, effectiveLibrary, type EffectiveLibrary } from '../library/effective-library';
import { hasSignedReaction } from '../../repositories/chart';
import type { AppointmentFlag } from '../../../../shared/schedule/status';
import { checkSlot, slotError } from './slot-check';
import type { VisitNeeds } from '../../../../shared/schedule/chair-time';
import { patientPreferredWindow } from '../../repositories/patients';

type Booked = BookPlanResult['booked'][number];

export async function preferredWindowOf(ex: Executor, patientId: string): Promise<PreferredWindow> {
  const value = await patientPreferredWindow(ex, patientId);
  return (PREFERRED_WINDOWS as readonly string[]).includes(value ?? '') ? (value as PreferredWindow) : 'any';
}

/**
 * What the chair time depends on. `library` brings the per-drug first-dose observation the center set; when
 * several drugs of the visit have one, the longest wins, so no drug is observed for less than its own value.
 */
export function visitNeeds(dose: PlanDose, library?: EffectiveLibrary): VisitNeeds {
  const overrides = library
    ? dose.items.map((item) => centerPolicyValue(library, item.drugId, 'firstDoseObservationMinutes'))
    : [];
  const set = overrides.filter((v): v is number => v !== null);
  return {
    infusionMinutes: dose.infusionMinutes ?? 0,
    hasPremedication: dose.premedication.length > 0,
    isFirstDose: dose.isFirstDose,
    ...(set.length > 0 ? { firstDoseObservationMinutes: Math.max(...set) } : {}),
  };
}

async function activePlan(ex: Executor, planId: string): Promise<Omit<TreatmentPlan, 'warnings'>> {
  const plan = await loadPlan(ex, planId);
  if (!plan) throw notFound('plan-not-found', 'Treatment plan');
  if (plan.status !== 'active')
    throw conflict('plan-not-active', `This plan is ${plan.status}: only an active plan can be booked.`, {
      planStatus: plan.status,
    });
  return plan;
}

function skipReason(dose: PlanDose, today: string, tolerance: number, carT: CarTBooking | null): string | null {
  if (dose.appointment) return 'Already booked.';
  if (dose.infusionMinutes === null && !carT) return 'No chair time in the library: book this visit by hand.';
  if (addDays(dose.targetDate, tolerance) < today) return 'Its dates are in the past.';
  return null;
}

const CLOSED_MONITORING_DAY = 'The center is closed that day: arrange this day’s CAR T monitoring elsewhere.';

/** A monitoring day the center is closed is left for the team to arrange; a closed day 0 or LD day refuses. */
async function isClosedMonitoringDay(context: BookingContext, dose: PlanDose): Promise<boolean> {
  if (dose.kind !== 'car-t-monitoring') return false;
  await context.load(dose.targetDate);
  return context.day(dose.targetDate) === null;
}

interface PlacedDose extends Booked {
  nurseId: string;
  isFirstDose: boolean;
}

interface Placement {
  placed: PlacedDose[];
  skipped: BookPlanResult['skipped'];
  issues: IpcIssue[];
}

/** Finds a place for every unbooked dose, each seeing the ones placed before it; writes nothing. */
async function placeAll(
  trx: Executor,
  plan: Omit<TreatmentPlan, 'warnings'>,
  today: string,
  library: EffectiveLibrary,
  carT: CarTBooking | null,
): Promise<Placement> {
  const context = await BookingContext.open(trx);
  const preference = await preferredWindowOf(trx, plan.patientId);
  const out: Placement = { placed: [], skipped: [], issues: [] };
  const open = plan.doses.filter((dose) => {
    const reason = skipReason(dose, today, context.limits.schedulingToleranceDays, carT);
    if (reason) out.skipped.push({ doseNumber: dose.doseNumber, reason });
    return reason === null;
  });
  checkInjectionSeats(
    context,
    open.map((dose) => resourceFor(dose, library)),
  );
  for (const dose of open) {
    if (carT && (await isClosedMonitoringDay(context, dose))) {
      out.skipped.push({ doseNumber: dose.doseNumber, reason: CLOSED_MONITORING_DAY });
      continue;
    }
    const appointmentId = randomUUID();
    const request = {
      appointmentId,
      patientId: plan.patientId,
      targetDate: dose.targetDate,
      visit: visitNeeds(dose, library),
      preference,
      earliest: today,
      resource: resourceFor(dose, library),
      ...(carT ? { durationMinutes: carT.minutesFor(dose), exactDate: true } : {}),
    };
    const placed = await placeDose(context, request);
    if (!placed.ok) {
      out.issues.push({
        path: `doses.${dose.doseNumber}`,
        message: `Dose ${dose.doseNumber} (due ${dose.targetDate}): ${placed.message}`,
        code: 'dose-unplaced',
        params: { dose: dose.doseNumber, date: dose.targetDate },
      });
      continue;
    }
    const { chairId, start, end, nurseId } = placed.slot;
    const { doseNumber, targetDate, isFirstDose } = dose;
    out.placed.push({
      doseNumber,
      appointmentId,
      targetDate,
      date: placed.date,
      offsetDays: placed.offsetDays,
      chairId,
      start,
      end,
      nurseId,
      isFirstDose,
    });
  }
  return out;
}

/**
 * A visit booked after the patient has had a signed infusion reaction carries the reaction flag from the
 * start; signing a reaction flags the visits that already exist (reaction-effects.ts).
 */
async function flagsFor(trx: Executor, patientId: string, isFirstDose: boolean): Promise<AppointmentFlag[]> {
  const flags: AppointmentFlag[] = isFirstDose ? ['first-dose'] : [];
  if (await hasSignedReaction(trx, patientId)) flags.push('reaction-history');
  return flags;
}

async function writeAll(
  trx: Executor,
  plan: Pick<TreatmentPlan, 'id' | 'patientId'>,
  placed: readonly PlacedDose[],
  unit: UnitOfWork,
  ctx: RequestContext,
) {
  const { at } = unit;
  for (const p of placed) {
    const { appointmentId: id, nurseId, isFirstDose, ...slot } = p;
    await insertAppointment(trx, {
      id,
      planId: plan.id,
      patientId: plan.patientId,
      nurseId,
      ...slot,
      flags: await flagsFor(trx, plan.patientId, isFirstDose),
      at,
      userId: ctx.userId,
    });
    await recordChange(trx, {
      appointment: { id, patientId: plan.patientId },
      action: 'book',
      detail: { ...slot, nurseId },
      unit,
      ctx,
    });
  }
}

export function createBookingService(deps: CoreDeps) {
  const db = deps.store.db;

  /** Places every unbooked dose, then writes them all, or writes nothing and names each dose that did not fit. */
  async function bookPlan(planId: string, ctx: RequestContext): Promise<BookPlanResult> {
    return deps.write(ctx, async (trx, unit) => {
      const { audit } = unit;
      const active = await activePlan(trx, planId);
      const library = await effectiveLibrary(deps, trx);
      const carT = await prepareCarT(trx, active, library);
      const plan = carT?.plan ?? active;
      const { placed, skipped, issues } = await placeAll(trx, plan, clinicToday(deps), library, carT);
      if (issues.length > 0) {
        const count = issues.length === 1 ? 'One dose' : `${issues.length} doses`;
        throw new AppError(
          'conflict',
          `Nothing was booked: ${count} could not be placed. ${issues[0]?.message ?? ''}`,
          issues,
        );
      }
      if (carT) await insertDoses(trx, plan.id, carT.newDoses);
      await writeAll(trx, plan, placed, unit, ctx);
      await audit({
        patientId: plan.patientId,
        action: 'plan.book',
        objectType: 'treatment_plan',
        objectId: plan.id,
        detail: {
          booked: placed.length,
          skipped: skipped.length,
          visitsAdded: plan.doses.length - active.doses.length,
        },
      });
      const booked = placed.map(({ nurseId: _n, isFirstDose: _f, ...b }) => b);
      return { planId: plan.id, booked, skipped };
    });
  }

  /** Books one dose on a chair and time the nurse chose (a visit with no library chair time, or a re-book). */
  async function bookDose(
    input: {
      planId: string;
      doseNumber: number;
      date: string;
      chairId: string;
      start: number;
      durationMinutes?: number | undefined;
    },
    ctx: RequestContext,
  ): Promise<Appointment> {
    const id = randomUUID();
    await deps.write(ctx, async (trx, unit) => {
      const { at } = unit;
      const plan = await activePlan(trx, input.planId);
      const dose = plan.doses.find((d) => d.doseNumber === input.doseNumber);
      if (!dose) throw notFound('dose-not-found', 'Dose');
      if (dose.appointment)
        throw conflict('dose-already-booked', 'This dose is already booked; move its appointment instead.');
      const context = await BookingContext.open(trx);
      const library = await effectiveLibrary(deps, trx);
      const durationMinutes =
        input.durationMinutes ??
        (await carTMinutes(trx, plan, dose)) ??
        context.chairMinutes(visitNeeds(dose, library));
      const resource = resourceFor(dose, library);
      const verdict = await checkSlot(trx, { ...input, durationMinutes, today: clinicToday(deps), resource });
      if (verdict.issues.length > 0) throw slotError(verdict);
      const slot = {
        date: input.date,
        chairId: input.chairId,
        start: input.start,
        end: verdict.end,
        nurseId: verdict.nurseId,
      };
      await insertAppointment(trx, {
        id,
        planId: plan.id,
        doseNumber: dose.doseNumber,
        patientId: plan.patientId,
        ...slot,
        flags: await flagsFor(trx, plan.patientId, dose.isFirstDose),
        at,
        userId: ctx.userId,
      });
      await recordChange(trx, {
        appointment: { id, patientId: plan.patientId },
        action: 'book',
        detail: slot,
        unit,
        ctx,
      });
    });
    const found = await findAppointment(db, id);
    if (!found) throw notFound('appointment-not-found', 'Appointment');
    return found.appointment;
  }

  return { bookPlan, bookDose };
}
