import { formatNumber } from '../clinical/format';
import { analyteOf, unitOf } from '../labs/analytes';
import { latestOf, sourcesOf, type LabPoint } from './due-labs';
import type { HoldCriterion, Monitoring, ReadyPolicy } from './monitoring';
import type { ReadyItem } from './result';

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

const fmt = (n: number) => formatNumber(Math.round(n * 100) / 100);

/** The criterion's limit in the analyte's first unit, and whether it is the center's value. */
function limitOf(criterion: HoldCriterion, policy: ReadyPolicy): { limit: number; isCenter: boolean } {
  const center = policy.limits[criterion.id];
  const raw = center ?? criterion.limit;
  if (criterion.compare !== 'above' || !criterion.unit) return { limit: raw, isCenter: center !== undefined };
  const unit = unitOf(analyteOf(criterion.analyte), criterion.unit)!;
  return { limit: raw * unit.factor, isCenter: center !== undefined };
}

function threshold(criterion: HoldCriterion, ctx: ValueContext, lab: LabPoint, limit: number) {
  if (criterion.compare === 'above') return { value: limit, en: '', fr: '' };
  if (criterion.compare === 'uln-multiple') {
    const uln = lab.firstUnitRefHigh;
    return uln === null ? null : { value: uln * limit, en: `${fmt(limit)} × ULN`, fr: `${fmt(limit)} × LSN` };
  }
  const base = ctx.baselines[criterion.analyte];
  return base === undefined
    ? null
    : { value: base * limit, en: `${fmt(limit)} × baseline`, fr: `${fmt(limit)} × valeur de base` };
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
  const say = (status: ReadyItem['status'], en: string, fr: string): ReadyItem => ({
    status,
    text: { en: `${analyte.names.en} ${en}`, fr: `${analyte.names.fr} ${fr}` },
    sources,
    isCenterValue: isCenter,
  });
  if (!lab || lab.firstUnitValue === null)
    return say('unknown', ': no value to compare.', ' : aucune valeur à comparer.');
  const t = threshold(criterion, ctx, lab, limit);
  if (!t) {
    return criterion.compare === 'uln-multiple'
      ? say(
          'unknown',
          `${lab.valueText} ${lab.unit}: no upper reference limit entered with the result.`,
          `${lab.valueText} ${lab.unit} : aucune limite haute de référence saisie avec le résultat.`,
        )
      : say(
          'unknown',
          `${lab.valueText} ${lab.unit}: no baseline before the first dose.`,
          `${lab.valueText} ${lab.unit} : aucune valeur de base avant la première dose.`,
        );
  }
  const limitText = `${fmt(t.value)} ${unit}${t.en ? ` (${t.en})` : ''}`;
  const limitFr = `${fmt(t.value)} ${unit}${t.fr ? ` (${t.fr})` : ''}`;
  const above = lab.comparator === '<' ? false : lab.firstUnitValue > t.value;
  const unsure = lab.comparator === '>' && !above;
  if (unsure)
    return say(
      'unknown',
      `${lab.valueText} ${lab.unit}: reported as a lower bound, limit ${limitText}.`,
      `${lab.valueText} ${lab.unit} : rendu comme borne basse, limite ${limitFr}.`,
    );
  return above
    ? say(
        'not-met',
        `${lab.valueText} ${lab.unit} is above ${limitText}: hold for the prescriber.`,
        `${lab.valueText} ${lab.unit} dépasse ${limitFr} : suspendre pour le prescripteur.`,
      )
    : say(
        'met',
        `${lab.valueText} ${lab.unit}, not above ${limitText}.`,
        `${lab.valueText} ${lab.unit}, pas au-dessus de ${limitFr}.`,
      );
}
