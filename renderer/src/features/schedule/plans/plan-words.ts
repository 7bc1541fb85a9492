import i18next from 'i18next';
import type { BasisStepInfo, PlanEndInfo, PlanItem } from '../../../../../shared/ipc/contract/plans';
import { formatDay } from '../../../lib/dates';
import { formatDose, formatNumber } from '../../../../../shared/clinical/format';

// A plan's own words in the reader's language: why it stops where it does and how each dose was worked out.
// Main sends codes and numbers beside its English (kept for logs and for plans stored before the codes); the
// words and the way numbers and days are written are chosen here.

// The keys are built from codes the contract lists; the catalogue test checks each exists in both languages.
const translate = i18next.t as unknown as (key: string, params?: Record<string, string | number>) => string;
const say = (key: string, params: Record<string, string | number> = {}) => translate(`schedule.plans.${key}`, params);

// Doses are written one way in every language (shared/clinical/format.ts: "0.5 mg", the orders' rule), and so is
// every number of a dose's working, the weight included: one decimal mark in a line a second checker redoes by hand.
const doseText = (mg: number) => formatDose(mg, 'mg');

/**
 * Why the plan stops. A dose-count or plan-limit end stored before the count was kept has as many doses as the
 * plan: the expansion stops exactly at that number (shared/clinical/regimen.ts).
 */
export function planEndText(end: PlanEndInfo, doseCount: number): string {
  const date = end.limitDate ? formatDay(end.limitDate, i18next.language) : '';
  switch (end.reason) {
    case 'dose-count':
    case 'plan-limit':
      return say(`end.${end.reason}`, { count: end.count ?? doseCount });
    case 'max-duration':
      if (!end.duration) return say('end.max-duration-undated', { date });
      return say('end.max-duration', {
        date,
        duration: say(`duration.${end.duration.unit}`, { count: end.duration.amount }),
      });
    case 'next-phase-unscheduled':
      return say('end.next-phase-unscheduled', { phase: end.phaseLabel });
  }
}

function stepText(step: BasisStepInfo): string {
  switch (step.step) {
    case 'flat':
      return say('basisStep.flat', { amount: step.doseText ?? doseText(step.mg) });
    case 'per-kg':
      return say('basisStep.per-kg', {
        mgPerKg: formatNumber(step.mgPerKg),
        weight: formatNumber(step.weightKg),
        exact: exactText(step.exactMg),
      });
    case 'capped':
      return say('basisStep.capped', { dose: doseText(step.mg) });
    case 'rounded':
      return say(step.perLabel ? 'basisStep.rounded-label' : 'basisStep.rounded-center', {
        dose: doseText(step.mg),
        increment: doseText(step.incrementMg),
      });
    case 'band':
      return say('basisStep.band', { weight: formatNumber(step.weightKg), band: step.band });
  }
}

/** How the dose was worked out: from its coded steps when it has them, else the English stored with older plans. */
export function basisText(item: Pick<PlanItem, 'basis' | 'basisSteps'>): string {
  return item.basisSteps?.length ? stepsText(item.basisSteps) : item.basis;
}

/** A band step introduces the band's own dose ("…band: 300 mg (flat dose…)"); the other steps follow on. */
function stepsText(steps: readonly BasisStepInfo[]): string {
  const bandAt = steps.findIndex((s) => s.step === 'band');
  if (bandAt === -1) return steps.map(stepText).join(', ');
  const before = [...steps.slice(0, bandAt).map(stepText), stepText(steps[bandAt]!)].join(', ');
  const rest = steps.slice(bandAt + 1);
  return rest.length ? say('basisStep.bandDose', { band: before, dose: stepsText(rest) }) : before;
}

/** The unrounded product with up to 4 decimals, as the stored English writes it, so the rounding stays visible. */
function exactText(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }).format(value);
}
