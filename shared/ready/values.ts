import { analyteOf, unitOf } from '../labs/analytes';
import { latestOf, sourcesOf, type LabPoint } from './due-labs';
import type { HoldCriterion, Monitoring, ReadyPolicy } from './monitoring';
import type { ReadyItem } from './result';
import { phrase, sayItem, type Phrase, type ReadyKey, type ReadyParams } from './words';

// Line (b): the latest due values against the hold criteria (shipped from the labels and the ASCO 2021
// guideline, or the center's limit). "Above 3 × ULN" holds above the limit, not at it. A value the lab gave as
// a bound ("<5") is compared by its bound; a missing reference range or baseline is "unknown", never "met".

export interface ValueContext {
  labs: readonly LabPoint[];
  /** Baseline per analyte (first unit): the earliest result on or before the plan's first dose. */
  baselines: Partial<Record<string, number>>;
  at: string;
  dueAnalytes: ReadonlySet<string>;
}

/** A limit to two decimals at most (119.34), written in the reader's decimal mark when said. */
const rounded = (n: number) => Math.round(n * 100) / 100;

/** The result as the lab gave it: a bound keeps its sign, with its unit. */
function shown(lab: LabPoint): Phrase {
  if (lab.valueNumber === null)
    return phrase('values.result', { comparator: '', value: lab.valueText, unit: lab.unit });
  return phrase('values.result', { comparator: lab.comparator ?? '', value: lab.valueNumber, unit: lab.unit });
}

/** The criterion's limit in the analyte's first unit, and whether it is the center's value. */
function limitOf(criterion: HoldCriterion, policy: ReadyPolicy): { limit: number; isCenter: boolean } {
  const center = policy.limits[criterion.id];
  const raw = center ?? criterion.limit;
  if (criterion.compare !== 'above' || !criterion.unit) return { limit: raw, isCenter: center !== undefined };
  const unit = unitOf(analyteOf(criterion.analyte), criterion.unit)!;
  return { limit: raw * unit.factor, isCenter: center !== undefined };
}

function threshold(criterion: HoldCriterion, ctx: ValueContext, lab: LabPoint, limit: number) {
  if (criterion.compare === 'above') return { value: limit, multiple: null };
  const times = rounded(limit);
  if (criterion.compare === 'uln-multiple') {
    const uln = lab.firstUnitRefHigh;
    return uln === null ? null : { value: uln * limit, multiple: phrase('values.timesUln', { times }) };
  }
  const base = ctx.baselines[criterion.analyte];
  return base === undefined ? null : { value: base * limit, multiple: phrase('values.timesBaseline', { times }) };
}

export function checkCriterion(
  monitoring: Monitoring,
  policy: ReadyPolicy,
  criterion: HoldCriterion,
  ctx: ValueContext,
): ReadyItem | null {
  if (!ctx.dueAnalytes.has(criterion.analyte)) return null;
  const analyte = analyteOf(criterion.analyte);
  const sources = sourcesOf(monitoring, criterion.sources);
  const lab = latestOf(ctx.labs, [criterion.analyte], ctx.at);
  const { limit, isCenter } = limitOf(criterion, policy);
  const unit = analyte.units[0]!.unit;
  const say = (status: ReadyItem['status'], key: ReadyKey, params: ReadyParams = {}): ReadyItem => ({
    status,
    ...sayItem(key, { analyte: analyte.names, ...params }),
    sources,
    isCenterValue: isCenter,
  });
  if (!lab || lab.firstUnitValue === null) return say('unknown', 'values.noValue');
  const result = shown(lab);
  const t = threshold(criterion, ctx, lab, limit);
  if (!t) {
    return say('unknown', criterion.compare === 'uln-multiple' ? 'values.noUpperLimit' : 'values.noBaseline', {
      result,
    });
  }
  const value = rounded(t.value);
  const limitText = t.multiple
    ? phrase('values.limitOf', { value, unit, multiple: t.multiple })
    : phrase('values.limit', { value, unit });
  const above = lab.comparator === '<' ? false : lab.firstUnitValue > t.value;
  const unsure = lab.comparator === '>' && !above;
  if (unsure) return say('unknown', 'values.lowerBound', { result, limit: limitText });
  return say(above ? 'not-met' : 'met', above ? 'values.above' : 'values.notAbove', { result, limit: limitText });
}
