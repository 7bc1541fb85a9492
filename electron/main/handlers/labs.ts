import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { loadMonitoring } from '../clinical/load-monitoring';
import { createConsent } from '../services/ready/consent';
import { createLabs } from '../services/ready/labs';
import { labsNeeded } from '../services/ready/labs-needed';
import { iraeGuidance } from '../services/ready/irae-guidance';
import { createReadiness } from '../services/ready/readiness';
import { readLabLoincCodes, saveLabLoincCodes } from '../services/center/lab-codes';
import { readReadyPolicy, readyPolicyDefaults, saveReadyPolicy } from '../services/ready/ready-policy';

type LabsChannel = Extract<keyof Handlers, `labs:${string}` | `ready:${string}` | `consent:${string}`>;

export function labsHandlers(deps: CoreDeps): Pick<Handlers, LabsChannel> {
  // Loaded (and validated) when the core starts: a broken monitoring file stops start-up, naming the field.
  loadMonitoring(deps.resourcesDir);
  const labs = createLabs(deps);
  const ready = createReadiness(deps);
  const consent = createConsent(deps);
  return {
    'labs:list': (input) => labs.list(input.patientId),
    'labs:enter': (input, ctx) => labs.enter(input, ctx),
    'labs:void': (input, ctx) => labs.voidResult(input.resultId, input.reason, ctx),
    'labs:needed': (input) => labsNeeded(deps, input.from, input.days),
    'labs:loinc-codes': () => readLabLoincCodes(deps.store.db),
    'labs:save-loinc-codes': (input, ctx) => saveLabLoincCodes(deps, input.codes, ctx),
    'ready:evaluate': (input) => ready.evaluate(input.appointmentId),
    'ready:irae-guidance': (input) => iraeGuidance(deps, input),
    'ready:release': (input, ctx) => ready.release(input, ctx),
    'ready:policy': () => readReadyPolicy(deps.store.db),
    'ready:policy-defaults': () => readyPolicyDefaults(deps),
    'ready:save-policy': (input, ctx) => saveReadyPolicy(deps, input.policy, ctx),
    'consent:list': (input) => consent.list(input.planId),
    'consent:record': (input, ctx) => consent.record(input, ctx),
  };
}
