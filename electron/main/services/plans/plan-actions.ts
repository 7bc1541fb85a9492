import type { PlanAction, PlanActionResult } from '../../../../shared/ipc/contract/plans';
import type { Appointment } from '../../../../shared/ipc/contract/schedule';
import type { StatedReason } from '../../../../shared/reasons/app-reasons';
import { isMovable } from '../../../../shared/schedule/status';
import type { CoreDeps } from '../../core/deps';
import type { UnitOfWork } from '../../core/unit-of-work';
import { notFound, refusal } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import { heldForPlan, liveForPlan, updateAppointment } from '../../repositories/appointments';
import { appendPlanStatusEvent } from '../../repositories/plan-events';
import { findPlanRow, setPlanStatus } from '../../repositories/plans';
import { toReasonColumns } from '../../repositories/stated-reasons';
import type { PlanStatusEventRow } from '../../store/schema-orders';
import type { TreatmentPlanRow } from '../../store/schema-schedule';
import { recordChange } from '../schedule/appointment-log';
import type { Executor } from '../audit/audit';
import { clinicToday } from '../center/clinic-clock';
import { rebookHeldDoses } from './plan-resume';

// Plan-level hold, resume and discontinue, for the plan screen and for charting (a reaction or side effect
// charted with the action Hold or Discontinue). Each writes the plan's status with the reason, every
// appointment it touches with its own history entry, one plan history row (who, when, why, from where) and
// the audit trail, in one transaction.
// - Hold: every later appointment not yet started (scheduled or checked in, today or later) is held: it
//   stays on the day view as held with the reason, frees its chair, and leaves the handout's next visits.
// - Resume: the held doses are booked again by the same placer as booking (plan-resume.ts).
// - Discontinue: the remaining doses (not started, or held) are cancelled.
// These functions check no role: the plan screen's service does (plans-service.ts), charting has its own.

export type PlanActionSource = { via: 'plan-screen' } | { via: 'reaction' | 'irae'; chartEntryId: string };

/** The core's unit of work (inside a caller's write, the action joins its transaction) and clock. */
export type PlanActionScope = Pick<CoreDeps, 'write' | 'now'>;

export type PlanActionOutcome = Omit<PlanActionResult, 'plan'> & { planId: string; changed: boolean };

interface Step {
  ex: Executor;
  plan: TreatmentPlanRow;
  at: string;
  audit: UnitOfWork['audit'];
  today: string;
  /** Typed on the plan screen (kept as typed), or the app's own when charting holds or ends the plan. */
  reason: StatedReason;
  source: PlanActionSource;
  ctx: RequestContext;
}

/** The plan as it stands in this transaction, with the time and clinic day every action records. */
async function openStep(
  scope: PlanActionScope,
  ex: Executor,
  unit: UnitOfWork,
  planId: string,
  reason: StatedReason,
  source: PlanActionSource,
  ctx: RequestContext,
): Promise<Step> {
  return {
    ex,
    plan: await loadRow(ex, planId),
    at: unit.at,
    audit: unit.audit,
    today: clinicToday(scope),
    reason,
    source,
    ctx,
  };
}

const ENDED: readonly string[] = ['completed', 'discontinued'];

const unchanged = (planId: string): PlanActionOutcome => ({
  planId,
  changed: false,
  held: [],
  cancelled: [],
  rebooked: [],
  unplaced: [],
});

async function loadRow(ex: Executor, planId: string): Promise<TreatmentPlanRow> {
  const plan = await findPlanRow(ex, planId);
  if (!plan) throw notFound('plan-not-found', 'Treatment plan');
  return plan;
}

export async function recordPlanAction(
  step: Step,
  action: PlanAction,
  to: PlanStatusEventRow['to_status'],
  extra: { orderedBy?: string | null; detail: unknown },
) {
  const { ex, plan, at, source, ctx, audit } = step;
  const reason = toReasonColumns(step.reason);
  await appendPlanStatusEvent(ex, {
    plan_id: plan.id,
    at_utc: at,
    user_id: ctx.userId,
    workstation: ctx.workstation,
    action,
    from_status: plan.status,
    to_status: to,
    reason: reason.text,
    reason_code: reason.code,
    reason_params_json: reason.paramsJson,
    ordered_by: extra.orderedBy ?? null,
    source: source.via,
    chart_entry_id: source.via === 'plan-screen' ? null : source.chartEntryId,
    detail: JSON.stringify(extra.detail),
  });
  await audit({
    patientId: plan.patient_id,
    action: `plan.${action}`,
    objectType: 'treatment_plan',
    objectId: plan.id,
    detail: {
      from: plan.status,
      to,
      reason: reason.text,
      orderedBy: extra.orderedBy ?? null,
      source,
      ...(extra.detail as object),
    },
  });
}

/**
 * Sets appointments to a released status, each with its own history entry. The reason is kept as typed, or
 * coded when the app wrote it (the screen words "held" or "cancelled" and a coded reason in the reader's
 * language); the detail says which plan action did it.
 */
async function release(
  step: Step,
  appointments: readonly Appointment[],
  status: 'held' | 'cancelled',
  planAction: PlanAction,
) {
  for (const a of appointments) {
    const action = status === 'held' ? 'hold' : 'cancel';
    const detail = { plan: step.plan.id, planAction };
    await updateAppointment(step.ex, a.id, { status }, step.at, step.ctx.userId);
    await recordChange(step.ex, { appointment: a, action, reason: step.reason, detail, unit: step, ctx: step.ctx });
  }
  return appointments.map((a) => a.id);
}

/** Held visits still waiting for the plan to resume: the latest per dose, for doses no live visit replaced. */
async function waitingHeld(ex: Executor, planId: string): Promise<Appointment[]> {
  const liveDoses = new Set((await liveForPlan(ex, planId)).map((a) => a.doseNumber));
  const waiting = new Map<number, Appointment>();
  for (const a of await heldForPlan(ex, planId)) {
    if (!liveDoses.has(a.doseNumber) && !waiting.has(a.doseNumber)) waiting.set(a.doseNumber, a);
  }
  return [...waiting.values()];
}

/** Puts a plan on hold with the reason; later visits not yet started are held. */
export async function holdPlan(
  scope: PlanActionScope,
  planId: string,
  reason: StatedReason,
  source: PlanActionSource,
  ctx: RequestContext,
) {
  return scope.write(ctx, async (ex, unit): Promise<PlanActionOutcome> => {
    const step = await openStep(scope, ex, unit, planId, reason, source, ctx);
    const strict = source.via === 'plan-screen';
    if (ENDED.includes(step.plan.status)) {
      if (!strict) return unchanged(planId);
      throw refusal('conflict', 'plan-ended', `This plan is ${step.plan.status}.`, {
        params: { status: step.plan.status },
      });
    }
    if (step.plan.status === 'on-hold' && strict)
      throw refusal('conflict', 'already-on-hold', 'This plan is already on hold.');
    const later = (await liveForPlan(ex, planId)).filter((a) => isMovable(a.status) && a.date >= step.today);
    const held = await release(step, later, 'held', 'hold');
    // A second hold (a side effect charted after a reaction) keeps the first reason on the plan; both are in its history.
    if (step.plan.status === 'active') await setPlanStatus(ex, planId, 'on-hold', reason, step.at);
    await recordPlanAction(step, 'hold', 'on-hold', { detail: { held } });
    return { planId, changed: step.plan.status === 'active', held, cancelled: [], rebooked: [], unplaced: [] };
  });
}

/** Takes a plan off hold (the prescriber's decision, `orderedBy`); its held doses are booked again. */
export async function resumePlan(
  scope: PlanActionScope,
  planId: string,
  reason: StatedReason,
  source: PlanActionSource,
  ctx: RequestContext,
  options: { orderedBy: string | null },
) {
  return scope.write(ctx, async (ex, unit): Promise<PlanActionOutcome> => {
    const step = await openStep(scope, ex, unit, planId, reason, source, ctx);
    if (step.plan.status !== 'on-hold') {
      throw refusal('conflict', 'not-on-hold', `This plan is ${step.plan.status}, not on hold.`, {
        params: { status: step.plan.status },
      });
    }
    await setPlanStatus(ex, planId, 'active', reason, step.at);
    const { rebooked, unplaced } = await rebookHeldDoses(step);
    await recordPlanAction(step, 'resume', 'active', { orderedBy: options.orderedBy, detail: { rebooked, unplaced } });
    return { planId, changed: true, held: [], cancelled: [], rebooked, unplaced };
  });
}

/** Ends a plan (the prescriber's decision): its remaining doses, not started or held, are cancelled. */
export async function discontinuePlan(
  scope: PlanActionScope,
  planId: string,
  reason: StatedReason,
  source: PlanActionSource,
  ctx: RequestContext,
  options: { orderedBy?: string | null } = {},
) {
  return scope.write(ctx, async (ex, unit): Promise<PlanActionOutcome> => {
    const step = await openStep(scope, ex, unit, planId, reason, source, ctx);
    if (ENDED.includes(step.plan.status)) {
      if (source.via !== 'plan-screen') return unchanged(planId);
      throw refusal('conflict', 'plan-ended', `This plan is ${step.plan.status}.`, {
        params: { status: step.plan.status },
      });
    }
    const live = (await liveForPlan(ex, planId)).filter((a) => isMovable(a.status) && a.date >= step.today);
    const held = (await waitingHeld(ex, planId)).filter((a) => a.date >= step.today);
    const cancelled = await release(step, [...live, ...held], 'cancelled', 'discontinue');
    await setPlanStatus(ex, planId, 'discontinued', reason, step.at);
    await recordPlanAction(step, 'discontinue', 'discontinued', {
      orderedBy: options.orderedBy ?? null,
      detail: { cancelled },
    });
    return { planId, changed: true, held: [], cancelled, rebooked: [], unplaced: [] };
  });
}

export type { Step as PlanActionStep };
