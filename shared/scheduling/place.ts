import type { Appointment, ClinicDay, DayLimits, PlacementRequest, PlacementResult, PlacementScore } from './model';
import { isInsideWindow, resolveLimits, slotOf } from './model';
import type { Occupancy } from './occupancy';
import { buildOccupancy, cellRange, idleGaps, isChairFree, peakOver } from './occupancy';
import type { Span } from './candidates';
import { ENFORCE_ALL, judgeNurse, patientBusy, RefusalTracker, startRange } from './candidates';

interface Candidate {
  chair: number;
  nurse: number;
  span: Span;
  score: PlacementScore;
  /** Lexicographic ranking key, smaller is better; see rankOf. */
  rank: number[];
}

/**
 * Gaps shorter than the shortest visit the clinic books (pre-assessment 15 min + a 30-min infusion, the
 * derived chair time) can never be filled, so a placement that leaves one wastes chair time for the day.
 */
const SHORTEST_VISIT_MINUTES = 45;

/**
 * Bookable minutes in the idle gap [from, to) that no visit could ever use. Only the part from the first grid
 * start counts: minutes before it are lost wherever the booking goes, so they must not push it later.
 */
function unfillable(from: number, to: number, slotMinutes: number): number {
  const usable = to - Math.ceil(from / slotMinutes) * slotMinutes;
  return usable > 0 && usable < SHORTEST_VISIT_MINUTES ? usable : 0;
}

interface ChairPick {
  chair: number;
  /** Minutes of unfillable gap the booking would leave around it on this chair. */
  waste: number;
  /** Idle minutes left before it on this chair. */
  gapBefore: number;
}

/**
 * The ranking, in order of importance:
 * 1. inside the patient's preferred window (so the window is hard whenever any feasible slot lies in it);
 * 2. fewest chairs in use at the busiest moment of the span, 3. lowest nurse peak — level loading, because
 *    midday stacking is what overloads chairs and nurses (Hartford HealthCare's 23 infusion centers, Oncology
 *    Practice Management, July 2021);
 * 4. fewest starts already in the slot;
 * 5. least unfillable chair time left around it (without this, spreading fragments chairs and a full day
 *    refuses more long infusions);
 * 6. earliest start; 7. least idle time before it on the chair; 8. the nurse with the fewest patients today.
 */
function rankOf(score: PlacementScore, start: number, chair: ChairPick, nurseDayTotal: number): number[] {
  const outside = score.insideWindow ? 0 : 1;
  const { peakChairs, peakPatientsPerNurse, startsInSlot } = score;
  return [outside, peakChairs, peakPatientsPerNurse, startsInSlot, chair.waste, start, chair.gapBefore, nurseDayTotal];
}

function isBetter(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
}

/** The free chair that wastes least, then packs tightest behind its previous booking, then comes first. */
function bestChair(occ: Occupancy, span: Span): ChairPick | undefined {
  let best: ChairPick | undefined;
  for (let c = 0; c < occ.chairs.length; c++) {
    if (!isChairFree(occ, c, span.from, span.to)) continue;
    const gaps = idleGaps(occ, c, span.start, span.end);
    const before = unfillable(span.start - gaps.before, span.start, occ.slotMinutes);
    const after = unfillable(span.end, span.end + gaps.after, occ.slotMinutes);
    const pick = { chair: c, waste: before + after, gapBefore: gaps.before };
    if (!best || isBetter([pick.waste, pick.gapBefore], [best.waste, best.gapBefore])) best = pick;
  }
  return best;
}

function bestAt(
  day: ClinicDay,
  occ: Occupancy,
  request: PlacementRequest,
  span: Span,
  limits: DayLimits,
  tracker: RefusalTracker,
): Candidate | undefined {
  const chair = bestChair(occ, span);
  if (!chair) return undefined;
  tracker.chairFree();
  const peakChairs = peakOver(occ.chairsInUse, span.from, span.to) + 1;
  const startsInSlot = occ.slotStarts.get(slotOf(span.start, limits.slotMinutes)) ?? 0;
  const insideWindow = isInsideWindow(span.start, request.preferredWindow);
  let best: Candidate | undefined;
  day.nurses.forEach((nurse, n) => {
    const verdict = judgeNurse(occ, nurse, span, limits, ENFORCE_ALL);
    tracker.nurse(verdict);
    if (!verdict.fits) return;
    const score = { insideWindow, peakChairs, peakPatientsPerNurse: verdict.peakPatients, startsInSlot };
    const rank = rankOf(score, span.start, chair, occ.nurseDayTotals.get(nurse.id) ?? 0);
    if (!best || isBetter(rank, best.rank)) best = { chair: chair.chair, nurse: n, span, score, rank };
  });
  return best;
}

/**
 * Places one request on a clinic day already holding `existing` appointments, respecting opening hours,
 * chair overlap (half-open intervals), nurse shifts, the concurrent patients-per-nurse limit and staggered
 * starts, and choosing among feasible slots by the load-levelling ranking above.
 */
export function placeAppointment(
  day: ClinicDay,
  existing: readonly Appointment[],
  request: PlacementRequest,
): PlacementResult {
  const limits = resolveLimits(day.limits);
  const range = startRange(day, request, limits);
  if (!range.ok) return range;
  const occ = buildOccupancy(day, existing, limits.slotMinutes, [request.durationMinutes]);
  const tracker = new RefusalTracker();
  const isPatientBusy = patientBusy(existing, request.patientId);
  let best: Candidate | undefined;
  for (let start = range.first; start <= range.last; start += limits.slotMinutes) {
    const end = start + request.durationMinutes;
    if (isPatientBusy(start, end)) continue;
    const span = { start, end, ...cellRange(occ, start, end) };
    const candidate = bestAt(day, occ, request, span, limits, tracker);
    if (candidate && (!best || isBetter(candidate.rank, best.rank))) best = candidate;
  }
  if (!best) return tracker.refusal(day, request);
  const chair = occ.chairs[best.chair];
  const nurse = day.nurses[best.nurse];
  if (!chair || !nurse) throw new Error('placeAppointment: candidate points outside the day');
  const slot = {
    chairId: chair.id,
    nurseId: nurse.id,
    start: best.span.start,
    end: best.span.end,
  };
  return { ok: true, slot, score: best.score };
}
