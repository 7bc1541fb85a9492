import type {
  Appointment,
  ClinicDay,
  DayLimits,
  NurseShift,
  PlacementRequest,
  PlacementResult,
} from '../../shared/scheduling/model';
import { isInsideWindow, resolveLimits, slotOf } from '../../shared/scheduling/model';
import type { Occupancy } from '../../shared/scheduling/occupancy';
import { buildOccupancy, cellRange, isChairFree, peakOver } from '../../shared/scheduling/occupancy';
import type { NursePolicy, NurseVerdict, Span } from '../../shared/scheduling/candidates';
import { judgeNurse, patientBusy, RefusalTracker, startRange } from '../../shared/scheduling/candidates';

/**
 * How a naive clinic books: the earliest start on the first free chair. By default it ignores the nurse
 * ratio and staggered starts, as a paper chair grid does, so the benchmark can count what that costs.
 */
export interface FirstFitPolicy extends NursePolicy {
  /** A receptionist asks "morning or afternoon?" and books the first free slot then, falling back to any. */
  honourPreferredWindow: boolean;
}

export const NAIVE_POLICY: FirstFitPolicy = {
  respectNurseRatio: false,
  respectStagger: false,
  honourPreferredWindow: true,
};

type Fit = {
  nurse: NurseShift;
  verdict: Extract<NurseVerdict, { fits: true }>;
};

/**
 * The first nurse that passes the enforced limits. When the ratio is not enforced the least-loaded nurse is
 * taken instead of the first, as a charge nurse would: always the first nurse would turn the baseline into
 * a straw man whose violations come from the nurse pick rather than from stacked chair times.
 */
function pickNurse(
  day: ClinicDay,
  occ: Occupancy,
  span: Span,
  limits: DayLimits,
  policy: NursePolicy,
  tracker: RefusalTracker,
): Fit | undefined {
  let best: Fit | undefined;
  for (const nurse of day.nurses) {
    const verdict = judgeNurse(occ, nurse, span, limits, policy);
    tracker.nurse(verdict);
    if (!verdict.fits) continue;
    if (policy.respectNurseRatio) return { nurse, verdict };
    if (!best || verdict.peakPatients < best.verdict.peakPatients) best = { nurse, verdict };
  }
  return best;
}

interface Pass {
  day: ClinicDay;
  occ: Occupancy;
  request: PlacementRequest;
  limits: DayLimits;
  policy: FirstFitPolicy;
  tracker: RefusalTracker;
  isPatientBusy: (start: number, end: number) => boolean;
}

function firstFitFrom(pass: Pass, first: number, last: number, accept: (start: number) => boolean) {
  const { day, occ, request, limits, policy, tracker } = pass;
  for (let start = first; start <= last; start += limits.slotMinutes) {
    if (!accept(start)) continue;
    const end = start + request.durationMinutes;
    if (pass.isPatientBusy(start, end)) continue;
    const span = { start, end, ...cellRange(occ, start, end) };
    const chair = occ.chairs.find((_, c) => isChairFree(occ, c, span.from, span.to));
    if (!chair) continue;
    tracker.chairFree();
    const fit = pickNurse(day, occ, span, limits, policy, tracker);
    if (!fit) continue;
    const score = {
      insideWindow: isInsideWindow(start, request.preferredWindow),
      peakChairs: peakOver(occ.chairsInUse, span.from, span.to) + 1,
      peakPatientsPerNurse: fit.verdict.peakPatients,
      startsInSlot: occ.slotStarts.get(slotOf(start, limits.slotMinutes)) ?? 0,
    };
    return {
      ok: true,
      slot: { chairId: chair.id, nurseId: fit.nurse.id, start, end },
      score,
    } as const;
  }
  return undefined;
}

export function placeFirstFit(
  day: ClinicDay,
  existing: readonly Appointment[],
  request: PlacementRequest,
  policy: FirstFitPolicy = NAIVE_POLICY,
): PlacementResult {
  const limits = resolveLimits(day.limits);
  const range = startRange(day, request, limits);
  if (!range.ok) return range;
  const occ = buildOccupancy(day, existing, limits.slotMinutes, [request.durationMinutes]);
  const pass = {
    day,
    occ,
    request,
    limits,
    policy,
    tracker: new RefusalTracker(),
    isPatientBusy: patientBusy(existing, request.patientId),
  };
  const window = policy.honourPreferredWindow ? request.preferredWindow : undefined;
  const placed =
    (window && firstFitFrom(pass, range.first, range.last, (start) => isInsideWindow(start, window))) ||
    firstFitFrom(pass, range.first, range.last, () => true);
  return placed ?? pass.tracker.refusal(day, request);
}
