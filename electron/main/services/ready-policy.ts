import { EMPTY_READY_POLICY, readyPolicy, type ReadyPolicy } from '../../../shared/ready/monitoring';
import type { CoreDeps } from '../core/deps';
import type { RequestContext } from '../core/router';
import type { Executor } from './audit';
import { savePolicySetting } from './policy-setting';

// The center's Ready-to-treat values: the windows no source gives a number for (no default: until the center
// sets them the lines say "unknown" and the dose is held for the prescriber) and overrides of the shipped
// limits. Charge nurse or administrator only; every change audited with the values before.

const KEY = 'readyToTreatPolicy';

export async function readReadyPolicy(ex: Executor): Promise<ReadyPolicy> {
  const row = await ex.selectFrom('setting').select('value_json').where('key', '=', KEY).executeTakeFirst();
  if (!row) return EMPTY_READY_POLICY;
  const parsed = readyPolicy.safeParse(JSON.parse(row.value_json));
  return parsed.success ? parsed.data : EMPTY_READY_POLICY;
}

export async function saveReadyPolicy(deps: CoreDeps, policy: ReadyPolicy, ctx: RequestContext): Promise<ReadyPolicy> {
  await savePolicySetting(deps, ctx, KEY, policy, readReadyPolicy);
  return readReadyPolicy(deps.store.db);
}
