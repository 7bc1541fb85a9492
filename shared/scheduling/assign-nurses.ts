import type { DayLimits, NurseShift } from './model';
import { slotOf } from './model';

// The charge nurse's morning proposal: today's visits shared among the nurses on shift so that the heavy
// ones (first doses, CAR T, a reaction before, long visits) are spread, while each nurse stays within her
// shift, the concurrent patient limit and one start per slot. The charge nurse changes what she wants; the
// proposal only gives her a balanced start.

export interface AcuityFacts {
  id: string;
  start: number;
  end: number;
  isFirstDose: boolean;
  isCarT: boolean;
  hasReactionHistory: boolean;
}

/**
 * Points per visit. No published acuity scale for infusion visits was found, so these weights are the
 * app's own ordering of what needs more of a nurse (one point each, CAR T two), not a clinical score.
 */
export const ACUITY_WEIGHTS = { base: 1, firstDose: 1, carT: 2, reactionHistory: 1, longVisit: 1 } as const;
/** A visit holding the chair this long or longer counts as long (two 30-minute slots beyond a short visit). */
export const LONG_VISIT_MINUTES = 120;

export function acuityOf(v: AcuityFacts): number {
  const w = ACUITY_WEIGHTS;
  return (
    w.base +
    (v.isFirstDose ? w.firstDose : 0) +
    (v.isCarT ? w.carT : 0) +
    (v.hasReactionHistory ? w.reactionHistory : 0) +
    (v.end - v.start >= LONG_VISIT_MINUTES ? w.longVisit : 0)
  );
}

export interface ProposedAssignment {
  visitId: string;
  /** Null when no nurse on shift can take the visit within the limits: the charge nurse decides. */
  nurseId: string | null;
  acuity: number;
}

interface Load {
  shift: NurseShift;
  visits: { start: number; end: number }[];
  starts: number[];
  points: number;
}

function fits(load: Load, v: AcuityFacts, limits: DayLimits): boolean {
  if (load.shift.start > v.start || load.shift.end < v.end) return false;
  const slot = slotOf(v.start, limits.slotMinutes);
  if (load.starts.filter((s) => s === slot).length >= limits.maxStartsPerNursePerSlot) return false;
  const points = [v.start, ...load.visits.filter((o) => o.start > v.start && o.start < v.end).map((o) => o.start)];
  const peak = Math.max(0, ...points.map((p) => load.visits.filter((o) => o.start <= p && p < o.end).length));
  return peak + 1 <= limits.maxPatientsPerNurse;
}

/** Heaviest visits first, each to the nurse who can take it with the fewest points so far. */
export function proposeAssignment(
  visits: readonly AcuityFacts[],
  nurses: readonly NurseShift[],
  limits: DayLimits,
): ProposedAssignment[] {
  const loads: Load[] = nurses.map((shift) => ({ shift, visits: [], starts: [], points: 0 }));
  const order = visits
    .map((v) => ({ v, acuity: acuityOf(v) }))
    .toSorted((a, b) => b.acuity - a.acuity || a.v.start - b.v.start || a.v.id.localeCompare(b.v.id));
  const byVisit = new Map<string, ProposedAssignment>();
  for (const { v, acuity } of order) {
    const candidates = loads.filter((l) => fits(l, v, limits));
    const best = candidates.toSorted((a, b) => a.points - b.points || a.visits.length - b.visits.length)[0];
    if (best) {
      best.visits.push({ start: v.start, end: v.end });
      best.starts.push(slotOf(v.start, limits.slotMinutes));
      best.points += acuity;
    }
    byVisit.set(v.id, { visitId: v.id, nurseId: best?.shift.id ?? null, acuity });
  }
  return visits.map((v) => byVisit.get(v.id)!);
}
