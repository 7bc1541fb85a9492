import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { effectiveLibrary } from '../services/effective-library';
import { planOptions } from '../services/plan-catalog';
import { createPlansService } from '../services/plans';

type PlanChannels = 'plans:options' | 'plans:create' | 'plans:get' | 'plans:list-for-patient' | 'plans:set-status';

export function planHandlers(deps: CoreDeps): Pick<Handlers, PlanChannels> {
  const plans = createPlansService(deps);
  return {
    'plans:options': async () => planOptions(await effectiveLibrary(deps)),
    'plans:create': (input, ctx) => plans.create(input, ctx),
    'plans:get': (input) => plans.get(input.planId),
    'plans:list-for-patient': (input) => plans.listForPatient(input.patientId),
    'plans:set-status': (input, ctx) => plans.setStatus(input.planId, input.status, input.reason, ctx),
  };
}
