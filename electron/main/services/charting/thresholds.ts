import { DEFAULT_VITAL_FLAGS, vitalFlagThresholds, type VitalFlagThresholds } from '../../../../shared/charting/vitals';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import type { Executor } from '../audit/audit';
import { readSettingValue } from '../../repositories/settings';
import { savePolicySetting } from '../center/policy-setting';

// The vital-sign flag thresholds: center policy (not clinical facts), kept in the settings table under its
// own key. Only a charge nurse or an administrator changes them; every change is audited with the old values.

const KEY = 'chairsideVitalFlags';

export interface Thresholds {
  thresholds: VitalFlagThresholds;
  isDefault: boolean;
}

export async function readThresholds(ex: Executor): Promise<Thresholds> {
  const stored = await readSettingValue(ex, KEY);
  if (stored === undefined) return { thresholds: DEFAULT_VITAL_FLAGS, isDefault: true };
  const parsed = vitalFlagThresholds.safeParse(stored);
  // A stored value this version cannot read falls back to the defaults rather than flagging nothing.
  return parsed.success
    ? { thresholds: parsed.data, isDefault: false }
    : { thresholds: DEFAULT_VITAL_FLAGS, isDefault: true };
}

export async function saveThresholds(
  deps: CoreDeps,
  thresholds: VitalFlagThresholds,
  ctx: RequestContext,
): Promise<Thresholds> {
  await savePolicySetting(deps, ctx, KEY, thresholds, async (ex) => (await readThresholds(ex)).thresholds);
  return readThresholds(deps.store.db);
}
