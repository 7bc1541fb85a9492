import i18next from 'i18next';
import type { BasisStepInfo, PlanEndInfo, PlanItem, RegimenLengthInfo } from '../../../../../shared/ipc/contract/plans';
import { formatDay } from '../../../lib/dates';
import { formatDose, formatNumber } from '../../../../../shared/clinical/format';
import { clinicalTextIn } from '../../../../../shared/clinical/french';

// A plan's own words in the reader's language: why it stops where it does and how each dose was worked out.
// Main sends codes and numbers beside its English (kept for logs and for plans stored before the codes); the
// words and the way numbers and days are written are chosen here.

// The keys are built from codes the contract lists; the catalogue test checks each exists in both languages.
const translate = i18next.t as unknown as (key: string, params?: Record<string, string | number>) => string;
const say = (key: string, params: Record<string, string | number> = {}) => translate(`schedule.plans.${key}`, params);

// Every number of a dose's working, the weight included, is written with the reader's marks (shared/clinical/format.ts:
// "0.5 mg" / "0,5 mg", "1,500 mg" / "1 500 mg"): one decimal mark in a line a second checker redoes by hand.
const doseText = (mg: number) => formatDose(mg, 'mg', i18next.language);
const numberText = (value: number) => formatNumber(value, i18next.language);

/** A library text (phase label, label dose, hold rule) in the reader's language: fr.json's French, else the English. */
export function libraryText(english: string): string {
  return clinicalTextIn(i18next.language, english);
}

/** The regimen's length on the plan form: "Ipilimumab: 4 doses, all within 16 weeks → then … (its own plan)". */
export function regimenLengthText(length: RegimenLengthInfo): string {
  const parts = length.phases.map((phase) =>
    say('length.phase', { phase: libraryText(phase.label), length: phaseLengthText(phase) }),
  );
  if (length.nextPhaseLabel) parts.push(say('length.next', { phase: libraryText(length.nextPhaseLabel) }));
  return parts.join(' → ');
}

function phaseLengthText(phase: RegimenLengthInfo['phases'][number]): string {
  const duration = phase.maxDuration === null ? null : libraryText(phase.maxDuration);
  if (phase.doses === null) return duration ?? say('length.open-ended');
  const doses = say('length.doses', { count: phase.doses });
  return duration === null ? doses : say('length.dosesWithin', { doses, duration });
}

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
      return say('end.next-phase-unscheduled', { phase: libraryText(end.phaseLabel) });
  }
}

function stepText(step: BasisStepInfo): string {
  switch (step.step) {
    case 'flat':
      return say('basisStep.flat', { amount: step.doseText ? libraryText(step.doseText) : doseText(step.mg) });
    case 'per-kg':
      return say('basisStep.per-kg', {
        mgPerKg: numberText(step.mgPerKg),
        weight: numberText(step.weightKg),
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
      return say('basisStep.band', { weight: numberText(step.weightKg), band: step.band });
    default:
      return carTStepText(step);
  }
}

type CarTStep = Extract<
  BasisStepInfo,
  { step: 'car-t-label-dose' | 'lymphodepletion-day' | 'additional-infusion' | 'hold-rules' }
>;

/** A CAR T visit's working: the label's own texts, which the library translates, in the screen's sentence. */
function carTStepText(step: CarTStep): string {
  switch (step.step) {
    case 'car-t-label-dose':
      return say('basisStep.car-t-label-dose', { indication: libraryText(step.indication) });
    case 'lymphodepletion-day':
      return say('basisStep.lymphodepletion-day', { day: step.day });
    case 'additional-infusion':
      return say('basisStep.additional-infusion', { label: libraryText(step.label), text: libraryText(step.text) });
    case 'hold-rules':
      return say('basisStep.hold-rules', { rules: step.rules.map(libraryText).join(' ') });
  }
}

/** How the dose was worked out: from its coded steps when it has them, else the English stored with older plans. */
export function basisText(item: Pick<PlanItem, 'basis' | 'basisSteps'>): string {
  return item.basisSteps?.length ? stepsText(item.basisSteps) : item.basis;
}

/** A band step introduces the band's own dose ("…band: 300 mg (flat dose…)"); the other steps follow on. */
function stepsText(steps: readonly BasisStepInfo[]): string {
  const bandAt = steps.findIndex((s) => s.step === 'band');
  if (bandAt === -1) return joinSteps(steps.map(stepText));
  const before = joinSteps([...steps.slice(0, bandAt).map(stepText), stepText(steps[bandAt]!)]);
  const rest = steps.slice(bandAt + 1);
  return rest.length ? say('basisStep.bandDose', { band: before, dose: stepsText(rest) }) : before;
}

/** Steps follow on after a comma; after a full sentence (a label's hold rule), the next starts a sentence. */
function joinSteps(texts: readonly string[]): string {
  return texts.reduce((line, text) => (line === '' ? text : `${line}${line.endsWith('.') ? ' ' : ', '}${text}`), '');
}

/** The unrounded product with up to 4 decimals, so the rounding stays visible; the reader's marks. */
function exactText(value: number): string {
  return new Intl.NumberFormat(i18next.language === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 4 }).format(
    value,
  );
}
