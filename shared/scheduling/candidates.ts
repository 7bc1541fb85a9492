import type {
  Appointment,
  ClinicDay,
  DayLimits,
  NurseShift,
  PlacementRequest,
  PlacementResult,
  RefusalReason,
} from './model';
import { slotOf } from './model';
import type { Occupancy } from './occupancy';
import { nurseStartKey, peakOver } from './occupancy';

// Pieces shared by the load-levelling placer and the first-fit baseline, so both judge feasibility alike
// and the benchmark compares choices, not rules.

export type Refusal = Extract<PlacementResult, { ok: false }>;

export function refuse(reason: RefusalReason, message: string): Refusal {
  return { ok: false, reason, message };
}

/** 24-hour clock time, as clinical times are shown everywhere else in the app. */
export function clock(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export interface StartRange {
  ok: true;
  /** First and last candidate start on the slot grid (inclusive). */
  first: number;
  last: number;
}

/** The grid starts allowed by opening hours and the request's own limits, or why there are none. */
export function startRange(day: ClinicDay, request: PlacementRequest, limits: DayLimits): StartRange | Refusal {
  const step = limits.slotMinutes;
  if (day.close <= day.open) return refuse('closed', `The clinic is closed on ${day.date}.`);
  const earliest = Math.max(day.open, request.notBefore ?? day.open);
  const latestEnd = Math.min(day.close, request.notAfter ?? day.close);
  const first = Math.ceil(earliest / step) * step;
  if (first >= latestEnd) {
    return refuse('closed', `No opening hours between ${clock(earliest)} and ${clock(latestEnd)} on ${day.date}.`);
  }
  const lastStart = latestEnd - request.durationMinutes;
  if (lastStart < first) {
    const span = `${clock(first)}–${clock(latestEnd)}`;
    return refuse('too-long', `A ${request.durationMinutes}-minute appointment does not fit in ${span}.`);
  }
  if (!day.chairs.some((c) => c.active)) return refuse('no-chair', `No chair is in service on ${day.date}.`);
  return { ok: true, first, last: Math.floor(lastStart / step) * step };
}

/** Which hard nurse limits a placer enforces; the naive baseline can switch them off to show violations. */
export interface NursePolicy {
  respectNurseRatio: boolean;
  respectStagger: boolean;
}

export const ENFORCE_ALL: NursePolicy = {
  respectNurseRatio: true,
  respectStagger: true,
};

export type NurseVerdict =
  { fits: false; failed: 'shift' | 'ratio' | 'stagger' } | { fits: true; peakPatients: number; startsInSlot: number };

export interface Span {
  start: number;
  end: number;
  /** Cells of the occupancy arrays covered by [start, end). */
  from: number;
  to: number;
}

export function judgeNurse(
  occ: Occupancy,
  nurse: NurseShift,
  span: Span,
  limits: DayLimits,
  policy: NursePolicy,
): NurseVerdict {
  if (nurse.start > span.start || nurse.end < span.end) return { fits: false, failed: 'shift' };
  const peakPatients = peakOver(occ.nurseLoad.get(nurse.id), span.from, span.to) + 1;
  if (policy.respectNurseRatio && peakPatients > limits.maxPatientsPerNurse) return { fits: false, failed: 'ratio' };
  const startsInSlot = occ.nurseStarts.get(nurseStartKey(nurse.id, slotOf(span.start, limits.slotMinutes))) ?? 0;
  if (policy.respectStagger && startsInSlot >= limits.maxStartsPerNursePerSlot) {
    return { fits: false, failed: 'stagger' };
  }
  return { fits: true, peakPatients, startsInSlot };
}

/**
 * Remembers how far the most promising candidate got, so a refusal names the constraint that actually
 * bound: no free chair anywhere, else no nurse within ratio/shift, else only the stagger rule stood in the way.
 */
export class RefusalTracker {
  private sawFreeChair = false;
  private sawNurseWithinRatio = false;

  chairFree(): void {
    this.sawFreeChair = true;
  }

  nurse(verdict: NurseVerdict): void {
    if (verdict.fits || verdict.failed === 'stagger') this.sawNurseWithinRatio = true;
  }

  refusal(day: ClinicDay, request: PlacementRequest): Refusal {
    const what = `a ${request.durationMinutes}-minute appointment on ${day.date}`;
    if (!this.sawFreeChair) return refuse('no-chair', `No chair is free long enough for ${what}.`);
    if (!this.sawNurseWithinRatio) {
      return refuse('nurse-ratio', `No nurse on shift is below the patient limit for ${what}.`);
    }
    return refuse('stagger', `Every free slot would give a nurse too many simultaneous starts for ${what}.`);
  }
}

/**
 * The patient's own appointments that day (another plan, a manual booking): a start that would put them in
 * two chairs at once is skipped here, instead of being chosen and then refused by the database trigger.
 */
export function patientBusy(
  existing: readonly Appointment[],
  patientId: string,
): (start: number, end: number) => boolean {
  const own = existing.filter((a) => a.patientId === patientId);
  return (start, end) => own.some((a) => a.start < end && start < a.end);
}
