import { addDays, addMonths, assertIsoDate, compareIsoDates } from './dates';
import type { IsoDate } from './dates';
import type { Duration, Regimen, RegimenPhase } from './schema-regimen';
import type { Drug } from './schema-drug';
import {
  planVisit,
  RegimenExpansionError,
  type ExpansionState,
  type PlannedDose,
  type VisitPlanContext,
} from './regimen-visit';

export {
  RegimenExpansionError,
  type PlannedDose,
  type PlannedItem,
  type RegimenExpansionErrorCode,
} from './regimen-visit';

// Turns a regimen (data) into dated visits. Conventions (also in schema-regimen.ts):
// - a later phase starts one interval of the previous phase after that phase's last dose;
// - a phase's maxDuration counts from the regimen's first dose; no dose is planned on or after that limit;
// - "first dose" of a drug means its first dose in this plan: the app cannot know about doses given elsewhere.

export interface ExpandOptions {
  startDate: IsoDate;
  weightKg?: number;
  /** Caps the number of visits; required when the plan ends in an open phase with no maximum duration. */
  maxDoses?: number;
}

/**
 * Why a plan has no more doses: the regimen's dose count, its maximum duration, a later phase whose start the
 * sources do not give (the prescriber orders it as its own plan), or the number of doses asked for.
 */
export type PlanEndReason = 'dose-count' | 'max-duration' | 'next-phase-unscheduled' | 'plan-limit';

export interface PlanEnd {
  reason: PlanEndReason;
  /** The regimen's words for it, in English (the screens translate the reason code). */
  text: string;
  /** The phase concerned (the one that ended or could not start). */
  phaseLabel: string;
  /** The first date no longer in the plan, for a maximum duration. */
  limitDate?: IsoDate;
  /** The number of doses the regimen has or the plan was asked for, for the screens to word (with plurals). */
  count?: number;
  /** The maximum duration as a number and a unit, for the screens to word (`text` keeps the label's English). */
  duration?: Pick<Duration, 'amount' | 'unit'>;
}

export interface Expansion {
  doses: PlannedDose[];
  end: PlanEnd;
}

export function expandRegimen(
  regimen: Regimen,
  drugsById: Readonly<Record<string, Drug>>,
  options: ExpandOptions,
): PlannedDose[] {
  return expandRegimenWithEnd(regimen, drugsById, options).doses;
}

/** The dated visits of a regimen and why they stop where they do. */
export function expandRegimenWithEnd(
  regimen: Regimen,
  drugsById: Readonly<Record<string, Drug>>,
  options: ExpandOptions,
): Expansion {
  assertIsoDate(options.startDate);
  const maxDoses = options.maxDoses ?? Number.POSITIVE_INFINITY;
  if (options.maxDoses !== undefined && (!Number.isInteger(maxDoses) || maxDoses < 1)) {
    throw new RegimenExpansionError('invalid-option', `maxDoses must be a whole number ≥ 1, got ${options.maxDoses}`);
  }
  const state: ExpansionState = { planned: [], dosesOfDrug: new Map(), date: options.startDate };
  for (const [phaseIndex, phase] of regimen.phases.entries()) {
    if (phaseIndex > 0) {
      const gap = phaseGap(regimen, phaseIndex);
      if (gap === null) return { doses: state.planned, end: unscheduled(phase) };
      state.date = addDays(state.planned.at(-1)?.date ?? options.startDate, gap);
    }
    const context = { regimen, phase, phaseIndex, drugsById, weightKg: options.weightKg, options, state };
    const stop = planPhase(context, maxDoses);
    if (stop) return { doses: state.planned, end: stop };
  }
  const last = regimen.phases.at(-1)!;
  const total = state.planned.length;
  return {
    doses: state.planned,
    end: {
      reason: 'dose-count',
      phaseLabel: last.label,
      count: total,
      text: `The regimen has ${total} dose${total === 1 ? '' : 's'}.`,
    },
  };
}

/** Days between the previous phase's last dose and this phase's first; null when the sources do not say. */
function phaseGap(regimen: Regimen, phaseIndex: number): number | null {
  const phase = regimen.phases[phaseIndex]!;
  if (phase.startAfterDays === null) return null;
  return phase.startAfterDays ?? regimen.phases[phaseIndex - 1]!.intervalDays;
}

function unscheduled(phase: RegimenPhase): PlanEnd {
  return {
    reason: 'next-phase-unscheduled',
    phaseLabel: phase.label,
    text: `"${phase.label}" follows, but its start is not in the library: the prescriber orders it as its own plan.`,
  };
}

type PhaseContext = Omit<VisitPlanContext, 'phaseDoseNumber'> & { options: ExpandOptions };

/** Plans one phase's visits; answers why the plan stops here, or undefined when the next phase follows. */
function planPhase(context: PhaseContext, maxDoses: number): PlanEnd | undefined {
  const { phase, options, state } = context;
  const limit = phase.maxDuration && durationEnd(options.startDate, phase.maxDuration);
  if (phase.doses === null && limit === undefined && options.maxDoses === undefined) {
    throw new RegimenExpansionError('unbounded', `Phase "${phase.label}" has no end: pass maxDoses.`);
  }
  for (let n = 1; phase.doses === null || n <= phase.doses; n += 1) {
    if (limit !== undefined && compareIsoDates(state.date, limit) >= 0) {
      return {
        reason: 'max-duration',
        phaseLabel: phase.label,
        limitDate: limit,
        duration: { amount: phase.maxDuration!.amount, unit: phase.maxDuration!.unit },
        text: `Maximum duration: ${phase.maxDuration!.text} from the first dose.`,
      };
    }
    if (state.planned.length >= maxDoses) {
      return {
        reason: 'plan-limit',
        phaseLabel: phase.label,
        count: maxDoses,
        text: `The plan was asked for ${maxDoses} dose${maxDoses === 1 ? '' : 's'}.`,
      };
    }
    state.planned.push(planVisit({ ...context, phaseDoseNumber: n }));
    state.date = addDays(state.date, phase.intervalDays);
  }
  return undefined;
}

/** The first date on which a dose is no longer within the duration. */
export function durationEnd(startDate: IsoDate, duration: Duration): IsoDate {
  switch (duration.unit) {
    case 'days':
      return addDays(startDate, duration.amount);
    case 'weeks':
      return addDays(startDate, duration.amount * 7);
    case 'months':
      return addMonths(startDate, duration.amount);
    case 'years':
      return addMonths(startDate, duration.amount * 12);
  }
}

/** The phases a plan can reach: up to the first one whose start the sources do not give. */
export function plannablePhases(regimen: Pick<Regimen, 'phases'>): RegimenPhase[] {
  const stop = regimen.phases.findIndex((phase, i) => i > 0 && phase.startAfterDays === null);
  return stop === -1 ? [...regimen.phases] : regimen.phases.slice(0, stop);
}

/** True when a plan of this regimen needs a number of doses (it runs until progression). */
export function isOpenEnded(regimen: Pick<Regimen, 'phases'>): boolean {
  return plannablePhases(regimen).some((phase) => phase.doses === null && phase.maxDuration === undefined);
}

/**
 * How long one phase a plan can reach runs: a number of doses, a maximum duration in the label's words (shown
 * through the library's French), both, or neither (until progression or unacceptable toxicity).
 */
export interface PhaseLength {
  label: string;
  doses: number | null;
  maxDuration: string | null;
}

/** The regimen's length for the plan form, for the screen to word: each phase a plan reaches, then the next one. */
export interface RegimenLength {
  phases: PhaseLength[];
  /** The phase that follows but whose start the sources do not give: the prescriber orders it as its own plan. */
  nextPhaseLabel: string | null;
}

export function regimenLength(regimen: Pick<Regimen, 'phases'>): RegimenLength {
  const reachable = plannablePhases(regimen);
  return {
    phases: reachable.map((phase) => ({
      label: phase.label,
      doses: phase.doses,
      maxDuration: phase.maxDuration?.text ?? null,
    })),
    nextPhaseLabel: regimen.phases[reachable.length]?.label ?? null,
  };
}
