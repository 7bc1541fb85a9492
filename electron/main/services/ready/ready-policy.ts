import { EMPTY_READY_POLICY, readyPolicy, type ReadyPolicy } from '../../../../shared/ready/monitoring';
import { limitKeysOf, readyPolicyDefaultsOf, type ReadyPolicyDefaults } from '../../../../shared/ready/policy-defaults';
import { loadMonitoring } from '../../clinical/load-monitoring';
import type { CoreDeps } from '../../core/deps';
import { invalid } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import type { Executor } from '../audit/audit';
import { readSettingValue } from '../../repositories/settings';
import { savePolicySetting } from '../center/policy-setting';

// The center's Ready-to-treat values: the windows no source gives a number for (no default: until the center
// sets them the lines say "unknown" and the dose is held for the prescriber) and overrides of the shipped
// limits. Charge nurse or administrator only; every change audited with the values before.

const KEY = 'readyToTreatPolicy';

export async function readReadyPolicy(ex: Executor): Promise<ReadyPolicy> {
  const stored = await readSettingValue(ex, KEY);
  if (stored === undefined) return EMPTY_READY_POLICY;
  const parsed = readyPolicy.safeParse(stored);
  return parsed.success ? parsed.data : EMPTY_READY_POLICY;
}

export function readyPolicyDefaults(deps: CoreDeps): ReadyPolicyDefaults {
  return readyPolicyDefaultsOf(loadMonitoring(deps.resourcesDir));
}

export async function saveReadyPolicy(deps: CoreDeps, policy: ReadyPolicy, ctx: RequestContext): Promise<ReadyPolicy> {
  // A limit under a name the library does not have would be kept and never read: refused, naming it.
  const known = new Set(limitKeysOf(loadMonitoring(deps.resourcesDir)));
  const unknown = Object.keys(policy.limits).find((key) => !known.has(key));
  if (unknown !== undefined)
    throw invalid(`policy.limits.${unknown}`, 'ready-limit-unknown', `No such Ready-to-treat limit: ${unknown}.`, {
      limit: unknown,
    });
  await savePolicySetting(deps, ctx, KEY, policy, readReadyPolicy);
  return readReadyPolicy(deps.store.db);
}
