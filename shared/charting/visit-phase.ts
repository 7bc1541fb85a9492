import type { AppointmentStatus } from '../schedule/status';
import { minutesOf } from './common';
import type { InfusionSummary } from './infusion';

// The visit at the chair as one state machine, worked out from what is charted (never set by hand):
//   checked-in → assessed (signed assessment) → infusing ⇄ interrupted → observation → completed
// with two exits: held (the dose is not given today, before any drug started) and stopped (the visit ended
// with a drug stopped early or not given). Observation starts by itself when the last drug has ended.
// Main stores the phase with every change and refuses what the phase does not allow; the day view shows it.

export const VISIT_PHASES = [
  'scheduled',
  'checked-in',
  'assessed',
  'infusing',
  'interrupted',
  'observation',
  'completed',
  'held',
  'stopped',
] as const;
export type VisitPhase = (typeof VISIT_PHASES)[number];

export interface VisitFacts {
  checkedIn: boolean;
  assessmentSigned: boolean;
  /** Every drug of the visit's dose, in the day's order. */
  infusions: readonly InfusionSummary[];
  held: boolean;
  discharged: boolean;
  /** Minutes of observation after the last drug (center policy, longer after a first dose). */
  observationMinutes: number;
}

export interface PhaseReading {
  phase: VisitPhase;
  /** HH:MM when the observation period ends (from the last stop), else null. */
  observationEnds: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function observationEnd(infusions: readonly InfusionSummary[], minutes: number): string | null {
  const stops = infusions.flatMap((i) => (i.stopTime ? [minutesOf(i.stopTime)] : []));
  if (stops.length === 0) return null;
  const end = Math.min(24 * 60 - 1, Math.max(...stops) + minutes);
  return `${pad(Math.floor(end / 60))}:${pad(end % 60)}`;
}

export function visitPhase(facts: VisitFacts): PhaseReading {
  const { infusions } = facts;
  const ended = infusions.length > 0 && infusions.every((i) => i.state === 'stopped' || i.state === 'not-given');
  const allGiven = ended && infusions.every((i) => i.state === 'stopped' && i.complete === true);
  const observationEnds = ended ? observationEnd(infusions, facts.observationMinutes) : null;
  if (facts.held) return { phase: 'held', observationEnds: null };
  if (facts.discharged) return { phase: allGiven ? 'completed' : 'stopped', observationEnds };
  if (ended) return { phase: 'observation', observationEnds };
  if (infusions.some((i) => i.state === 'interrupted')) return { phase: 'interrupted', observationEnds: null };
  if (infusions.some((i) => i.state !== 'not-started')) return { phase: 'infusing', observationEnds: null };
  if (facts.assessmentSigned) return { phase: 'assessed', observationEnds: null };
  if (facts.checkedIn) return { phase: 'checked-in', observationEnds: null };
  return { phase: 'scheduled', observationEnds: null };
}

/** The schedule's status for a phase: the day view's chair block follows the visit. */
export const APPOINTMENT_STATUS_OF: Record<VisitPhase, AppointmentStatus> = {
  scheduled: 'scheduled',
  'checked-in': 'checked-in',
  assessed: 'in-chair',
  infusing: 'infusing',
  interrupted: 'infusing',
  observation: 'observation',
  completed: 'completed',
  held: 'held',
  stopped: 'completed',
};

/** Minutes left of the observation at `now` (HH:MM), never below 0. */
export function observationMinutesLeft(observationEnds: string, now: string): number {
  return Math.max(0, minutesOf(observationEnds) - minutesOf(now));
}

/** Whether a drug may be started in this phase: after a signed assessment, before the visit ended. */
export const canStartDrugs = (phase: VisitPhase): boolean => phase === 'assessed' || phase === 'infusing';

/** The nurse may hold the dose only before any drug started. */
export const canHold = (phase: VisitPhase): boolean => phase === 'checked-in' || phase === 'assessed';

/** Discharge ends the visit once every drug has ended (observation), or when it is paused for good. */
export const canDischarge = (phase: VisitPhase): boolean => phase === 'observation';
