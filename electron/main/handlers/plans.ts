import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { effectiveLibrary } from '../services/library/effective-library';
import { planOptions } from '../services/plans/plan-catalog';
import { createPlanDecisions } from '../services/plans/plan-decisions';
import { createPlansService } from '../services/plans/plans';

type PlanChannels = Extract<keyof Handlers, `plans:${string}`>;

export function planHandlers(deps: CoreDeps): Pick<Handlers, PlanChannels> {
  const plans = createPlansService(deps);
  const decisions = createPlanDecisions(deps, plans);
  return {
    'plans:options': async () => planOptions(await effectiveLibrary(deps)),
    'plans:create': (input, ctx) => plans.create(input, ctx),
    'plans:get': (input) => plans.get(input.planId),
    'plans:list-for-patient': (input) => plans.listForPatient(input.patientId),
    'plans:hold': (input, ctx) => decisions.hold(input.planId, input.reason, ctx),
    'plans:resume': (input, ctx) => decisions.resume(input.planId, input.reason, input.orderedBy, ctx),
    'plans:discontinue': (input, ctx) => decisions.discontinue(input.planId, input.reason, input.orderedBy, ctx),
    'plans:history': (input) => decisions.history(input.planId),
  };
}
