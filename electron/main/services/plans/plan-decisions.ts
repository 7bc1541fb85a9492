import type { PlanActionResult, PlanStatusEvent } from '../../../../shared/ipc/contract/plans';
import type { UserRole } from '../../../../shared/ipc/contract/auth';
import type { CoreDeps } from '../../core/deps';
import { refusal } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import { planStatusEvents } from '../../repositories/plan-events';
import { effectiveRole, findUserById } from '../../repositories/users';
import { discontinuePlan, holdPlan, resumePlan, type PlanActionOutcome } from './plan-actions';
import type { createPlansService } from './plans';

// Hold, Resume and Discontinue from the patient's plan screen, with who may do it:
// - anyone signed in may hold a plan (stopping is always allowed; the prescriber reviews it);
// - resuming and discontinuing are the prescriber's decision: a prescriber records it herself, a nurse or
//   charge nurse records it with the name of the prescriber who decided; nobody else does.

const RECORDERS: readonly UserRole[] = ['nurse', 'charge-nurse'];
const SCREEN = { via: 'plan-screen' } as const;

type Plans = ReturnType<typeof createPlansService>;

/** The prescriber whose decision this is, or a refusal naming what is missing. */
async function decidedBy(deps: CoreDeps, ctx: RequestContext, orderedBy: string | undefined): Promise<string> {
  const named = orderedBy?.trim() ?? '';
  const missing = () =>
    refusal('invalid', 'ordered-by-required', 'Name the prescriber who decided this.', { path: 'orderedBy' });
  if (await deps.session.isSetupMode()) {
    if (named === '') throw missing();
    return named;
  }
  const actor = ctx.userId ? await findUserById(deps.store.db, ctx.userId) : undefined;
  if (!actor || actor.active !== 1) throw refusal('forbidden', 'sign-in-required', 'Sign in first.');
  const role = effectiveRole(actor);
  if (role === 'prescriber') return actor.display_name;
  if (!RECORDERS.includes(role)) {
    throw refusal(
      'forbidden',
      'not-plan-decider',
      'Only a prescriber, or a nurse recording a prescriber’s decision, can do this.',
    );
  }
  if (named === '') throw missing();
  return named;
}

export function createPlanDecisions(deps: CoreDeps, plans: Plans) {
  async function result(outcome: PlanActionOutcome): Promise<PlanActionResult> {
    const { planId: _id, changed: _changed, ...rest } = outcome;
    return { plan: await plans.get(outcome.planId), ...rest };
  }

  return {
    hold: async (planId: string, reason: string, ctx: RequestContext) =>
      result(await holdPlan(deps, planId, reason, SCREEN, ctx)),
    resume: async (planId: string, reason: string, orderedBy: string | undefined, ctx: RequestContext) => {
      const by = await decidedBy(deps, ctx, orderedBy);
      return result(await resumePlan(deps, planId, reason, SCREEN, ctx, { orderedBy: by }));
    },
    discontinue: async (planId: string, reason: string, orderedBy: string | undefined, ctx: RequestContext) => {
      const by = await decidedBy(deps, ctx, orderedBy);
      return result(await discontinuePlan(deps, planId, reason, SCREEN, ctx, { orderedBy: by }));
    },
    history: (planId: string): Promise<PlanStatusEvent[]> => planStatusEvents(deps.store.db, planId),
  };
}
