import type { Appointment, ClinicDay, PlacementRequest } from '../../shared/scheduling/model';
import { isInsideWindow, resolveLimits, slotOf } from '../../shared/scheduling/model';

export interface DayMetrics {
  /** Most chairs occupied at the same moment. */
  peakChairsInUse: number;
  /** No schedule can do with fewer chairs: ceil(total chair-minutes / open minutes). */
  lowerBoundChairs: number;
  /** Most patients one nurse had at the same moment. */
  peakPatientsPerNurse: number;
  /** (slot, nurse) pairs in which the nurse was, at some moment, above maxPatientsPerNurse. */
  nurseRatioViolations: number;
  /** (slot, nurse) pairs with more than maxStartsPerNursePerSlot starts. */
  staggerViolations: number;
  /** Appointments whose start is outside the window their patient asked for. */
  outsidePreferredWindow: number;
  /** Requests left without an appointment. */
  unplaced: number;
}

interface Segment {
  start: number;
  end: number;
  count: number;
}

/** Sweep over half-open intervals: an end and a start at the same minute do not overlap. */
function concurrency(intervals: readonly { start: number; end: number }[]): Segment[] {
  const events = intervals.flatMap((i) => [
    { at: i.start, delta: 1 },
    { at: i.end, delta: -1 },
  ]);
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  const segments: Segment[] = [];
  let count = 0;
  events.forEach((event, i) => {
    count += event.delta;
    const next = events[i + 1];
    if (next && next.at > event.at && count > 0) segments.push({ start: event.at, end: next.at, count });
  });
  return segments;
}

const peakOf = (segments: readonly Segment[]) => segments.reduce((peak, s) => Math.max(peak, s.count), 0);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function nurseLoadMetrics(appointments: readonly Appointment[], maxPatients: number, slotMinutes: number) {
  let peak = 0;
  let violations = 0;
  for (const own of groupBy(appointments, (a) => a.nurseId).values()) {
    const segments = concurrency(own);
    peak = Math.max(peak, peakOf(segments));
    const slotsOver = new Set<number>();
    for (const s of segments.filter((seg) => seg.count > maxPatients)) {
      for (let k = slotOf(s.start, slotMinutes); k <= slotOf(s.end - 1, slotMinutes); k++) slotsOver.add(k);
    }
    violations += slotsOver.size;
  }
  return { peak, violations };
}

function windowMetrics(appointments: readonly Appointment[], requests: readonly PlacementRequest[]) {
  const pending = groupBy(requests, (r) => r.patientId);
  let outside = 0;
  for (const a of appointments) {
    const request = pending.get(a.patientId)?.shift();
    if (request && !isInsideWindow(a.start, request.preferredWindow)) outside++;
  }
  const unplaced = [...pending.values()].reduce((n, left) => n + left.length, 0);
  return { outside, unplaced };
}

/**
 * Quality of one booked day. `requests` (optional) are what patients asked for, matched to appointments by
 * patient id in order; they are needed only for outsidePreferredWindow and unplaced.
 */
export function dayMetrics(
  day: ClinicDay,
  appointments: readonly Appointment[],
  requests: readonly PlacementRequest[] = [],
): DayMetrics {
  const limits = resolveLimits(day.limits);
  const openMinutes = day.close - day.open;
  const chairMinutes = appointments.reduce((sum, a) => sum + (a.end - a.start), 0);
  const nurse = nurseLoadMetrics(appointments, limits.maxPatientsPerNurse, limits.slotMinutes);
  const starts = groupBy(appointments, (a) => `${a.nurseId}@${slotOf(a.start, limits.slotMinutes)}`);
  const windows = windowMetrics(appointments, requests);
  return {
    peakChairsInUse: peakOf(concurrency(appointments)),
    lowerBoundChairs: openMinutes > 0 ? Math.ceil(chairMinutes / openMinutes) : 0,
    peakPatientsPerNurse: nurse.peak,
    nurseRatioViolations: nurse.violations,
    staggerViolations: [...starts.values()].filter((g) => g.length > limits.maxStartsPerNursePerSlot).length,
    outsidePreferredWindow: windows.outside,
    unplaced: windows.unplaced,
  };
}
