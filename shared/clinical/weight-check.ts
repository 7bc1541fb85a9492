import { daysBetween, type IsoDate } from './dates';

// Weight-based doses are worked out from the weight the plan was made with. Before such a dose is given the
// nurse needs a fresh weight when the last one is older than the center allows, or differs from the plan's
// weight by more than the center allows: then the prescriber decides whether the dose is worked out again.
// Center policy, not label text: the defaults (7 days, 10 %) are the center's to change in Settings.

export interface WeightPolicy {
  /** A weight older than this many days is not fresh. */
  maxAgeDays: number;
  /** A change from the plan's weight of more than this percentage needs the prescriber. */
  maxChangePercent: number;
}

export const DEFAULT_WEIGHT_POLICY: WeightPolicy = { maxAgeDays: 7, maxChangePercent: 10 };

export interface RecordedWeight {
  kg: number;
  measuredOn: IsoDate;
}

export type WeightReason = 'no-weight' | 'too-old' | 'changed' | 'no-plan-weight';

export type WeightCheck =
  | { status: 'not-weight-based' }
  | {
      status: 'fresh' | 'needs-fresh-weight';
      reasons: WeightReason[];
      last: RecordedWeight | null;
      planKg: number | null;
      /** Days since the last weight, on the visit day. */
      ageDays: number | null;
      /** Change from the plan's weight, in percent of it, to 0.1 %. */
      changePercent: number | null;
      policy: WeightPolicy;
    };

export function checkWeight(input: {
  isWeightBased: boolean;
  last: RecordedWeight | null;
  planKg: number | null;
  today: IsoDate;
  policy?: WeightPolicy;
}): WeightCheck {
  if (!input.isWeightBased) return { status: 'not-weight-based' };
  const policy = input.policy ?? DEFAULT_WEIGHT_POLICY;
  const { last, planKg } = input;
  const ageDays = last ? daysBetween(last.measuredOn, input.today) : null;
  const changePercent = last && planKg ? Math.round((Math.abs(last.kg - planKg) / planKg) * 1000) / 10 : null;
  const reasons: WeightReason[] = [];
  if (!last) reasons.push('no-weight');
  if (ageDays !== null && ageDays > policy.maxAgeDays) reasons.push('too-old');
  if (planKg === null) reasons.push('no-plan-weight');
  if (changePercent !== null && changePercent > policy.maxChangePercent) reasons.push('changed');
  const status = reasons.length === 0 ? 'fresh' : 'needs-fresh-weight';
  return { status, reasons, last, planKg, ageDays, changePercent, policy };
}

/** The newest of several recorded weights (patient record, signed assessments); null when there is none. */
export function latestWeight(weights: readonly (RecordedWeight | null)[]): RecordedWeight | null {
  return weights.reduce<RecordedWeight | null>(
    (best, w) => (w && (!best || w.measuredOn > best.measuredOn) ? w : best),
    null,
  );
}
