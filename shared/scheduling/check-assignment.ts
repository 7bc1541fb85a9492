import type { DayLimits, NurseShift } from './model';
import { slotOf } from './model';

// The rules a saved nurse assignment keeps, the same ones the proposal (./assign-nurses.ts) keeps: the nurse
// is on shift for the whole visit, never has more patients at once than the center's limit, and starts no
// more patients in one slot than the center allows. A visit left without a nurse breaks none of them.

export interface AssignedVisit {
  id: string;
  start: number;
  end: number;
  nurseId: string | null;
}

export type AssignmentProblem =
  | { visitId: string; nurseId: string; reason: 'nurse-not-on-shift' }
  | { visitId: string; nurseId: string; reason: 'nurse-over-ratio'; limit: number }
  | { visitId: string; nurseId: string; reason: 'nurse-starts-together'; limit: number };

/** Patients of `hers` in the chair when `v` starts (counting `v`). Peaks happen at starts, so checking every
 * visit's start finds every moment over the limit, reported on the visit that tips it over. */
function runningAt(v: AssignedVisit, hers: readonly AssignedVisit[]): number {
  return hers.filter((o) => o.start <= v.start && v.start < o.end).length;
}

/** Every rule broken, one problem per visit (the first found), in the visits' order. */
export function assignmentProblems(
  visits: readonly AssignedVisit[],
  nurses: readonly NurseShift[],
  limits: DayLimits,
): AssignmentProblem[] {
  const shifts = new Map(nurses.map((n) => [n.id, n]));
  const problems: AssignmentProblem[] = [];
  for (const v of visits) {
    if (v.nurseId === null) continue;
    const shift = shifts.get(v.nurseId);
    const hers = visits.filter((o) => o.nurseId === v.nurseId);
    const slot = slotOf(v.start, limits.slotMinutes);
    const base = { visitId: v.id, nurseId: v.nurseId };
    if (!shift || shift.start > v.start || shift.end < v.end) {
      problems.push({ ...base, reason: 'nurse-not-on-shift' });
    } else if (runningAt(v, hers) > limits.maxPatientsPerNurse) {
      problems.push({ ...base, reason: 'nurse-over-ratio', limit: limits.maxPatientsPerNurse });
    } else if (
      hers.filter((o) => slotOf(o.start, limits.slotMinutes) === slot).length > limits.maxStartsPerNursePerSlot
    ) {
      problems.push({ ...base, reason: 'nurse-starts-together', limit: limits.maxStartsPerNursePerSlot });
    }
  }
  return problems;
}
