import type { Appointment, Chair, ClinicDay } from './model';
import { slotOf } from './model';

/**
 * Per-time-unit occupancy of one clinic day, built once per placement so each candidate is checked with
 * array look-ups instead of rescanning every appointment (O(n²) per candidate would blow the 5 ms budget).
 *
 * The unit is the greatest common divisor of every boundary involved (opening, slot length, appointment
 * times, the requested duration): the arrays are then exact even for hand-entered off-grid bookings, yet as
 * coarse as possible (15 minutes for a typical day, so ~40 cells).
 */
export interface Occupancy {
  readonly open: number;
  readonly close: number;
  readonly unit: number;
  readonly units: number;
  readonly slotMinutes: number;
  /** Active chairs in the clinic's own order (the order breaks ties). */
  readonly chairs: readonly Chair[];
  /** Prefix sums of busy cells per active chair: a chair is free on [a, b) iff prefix[b] - prefix[a] = 0. */
  readonly chairBusyPrefix: readonly Int32Array[];
  /** Bookings per active chair sorted by start, to measure the idle gaps a new booking would leave around it. */
  readonly chairBookings: readonly { start: number; end: number }[][];
  readonly chairsInUse: Int32Array;
  readonly nurseLoad: ReadonlyMap<string, Int32Array>;
  /** Starts per `${nurseId}@${slot}`. */
  readonly nurseStarts: ReadonlyMap<string, number>;
  /** Starts clinic-wide per slot. */
  readonly slotStarts: ReadonlyMap<number, number>;
  /** Patients per nurse over the whole day, to share the day's work when everything else ties. */
  readonly nurseDayTotals: ReadonlyMap<string, number>;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

function resolution(day: ClinicDay, slotMinutes: number, offsets: readonly number[]): number {
  let unit = gcd(slotMinutes, day.open);
  for (const offset of offsets) {
    unit = gcd(unit, offset);
    if (unit === 1) break;
  }
  return unit;
}

export function nurseStartKey(nurseId: string, slot: number): string {
  return `${nurseId}@${slot}`;
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Cell range [from, to) covered by the minutes [start, end), clipped to opening hours. */
export function cellRange(occ: Pick<Occupancy, 'open' | 'close' | 'unit'>, start: number, end: number) {
  const clip = (t: number) => Math.min(Math.max(t, occ.open), occ.close);
  return { from: (clip(start) - occ.open) / occ.unit, to: (clip(end) - occ.open) / occ.unit };
}

function addRange(cells: Int32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) cells[i] = (cells[i] ?? 0) + 1;
}

function prefixOf(busy: Int32Array): Int32Array {
  const prefix = new Int32Array(busy.length + 1);
  for (let i = 0; i < busy.length; i++) prefix[i + 1] = (prefix[i] ?? 0) + ((busy[i] ?? 0) > 0 ? 1 : 0);
  return prefix;
}

type Grid = Pick<Occupancy, 'open' | 'close' | 'unit' | 'units'>;

/** Appointment times are clipped to opening hours before they index the arrays, so only clipped offsets count. */
function gridFor(day: ClinicDay, appointments: readonly Appointment[], slotMinutes: number, extra: readonly number[]) {
  const offsetOf = (t: number) => Math.min(Math.max(t, day.open), day.close) - day.open;
  const offsets = [day.close - day.open, ...extra];
  for (const a of appointments) offsets.push(offsetOf(a.start), offsetOf(a.end));
  const unit = resolution(day, slotMinutes, offsets);
  return { open: day.open, close: day.close, unit, units: Math.max(0, (day.close - day.open) / unit) };
}

function emptyOccupancy(day: ClinicDay, grid: Grid, slotMinutes: number) {
  const chairs = day.chairs.filter((c) => c.active);
  return {
    ...grid,
    slotMinutes,
    chairs,
    chairBusy: chairs.map(() => new Int32Array(grid.units)),
    chairBookings: chairs.map((): { start: number; end: number }[] => []),
    chairsInUse: new Int32Array(grid.units),
    nurseLoad: new Map(day.nurses.map((n) => [n.id, new Int32Array(grid.units)])),
    nurseStarts: new Map<string, number>(),
    slotStarts: new Map<number, number>(),
    nurseDayTotals: new Map<string, number>(),
  };
}

function addAppointment(occ: ReturnType<typeof emptyOccupancy>, chairIndex: Map<string, number>, a: Appointment) {
  const { from, to } = cellRange(occ, a.start, a.end);
  addRange(occ.chairsInUse, from, to);
  const ci = chairIndex.get(a.chairId);
  const busy = ci === undefined ? undefined : occ.chairBusy[ci];
  if (ci !== undefined && busy) {
    addRange(busy, from, to);
    occ.chairBookings[ci]?.push({ start: a.start, end: a.end });
  }
  let load = occ.nurseLoad.get(a.nurseId);
  if (!load) occ.nurseLoad.set(a.nurseId, (load = new Int32Array(occ.units)));
  addRange(load, from, to);
  const slot = slotOf(a.start, occ.slotMinutes);
  bump(occ.nurseStarts, nurseStartKey(a.nurseId, slot));
  bump(occ.slotStarts, slot);
  bump(occ.nurseDayTotals, a.nurseId);
}

/**
 * @param extraTimes further lengths in minutes the caller will query with (e.g. the requested duration), so
 *   the chosen unit divides them too.
 */
export function buildOccupancy(
  day: ClinicDay,
  appointments: readonly Appointment[],
  slotMinutes: number,
  extraTimes: readonly number[] = [],
): Occupancy {
  const occ = emptyOccupancy(day, gridFor(day, appointments, slotMinutes, extraTimes), slotMinutes);
  const chairIndex = new Map(occ.chairs.map((c, i) => [c.id, i]));
  for (const a of appointments) addAppointment(occ, chairIndex, a);
  for (const bookings of occ.chairBookings) bookings.sort((x, y) => x.start - y.start);
  const { chairBusy, ...rest } = occ;
  return { ...rest, chairBusyPrefix: chairBusy.map(prefixOf) };
}

export function isChairFree(occ: Occupancy, chair: number, from: number, to: number): boolean {
  const prefix = occ.chairBusyPrefix[chair];
  return prefix !== undefined && (prefix[to] ?? 0) - (prefix[from] ?? 0) === 0;
}

export function peakOver(cells: Int32Array | undefined, from: number, to: number): number {
  let peak = 0;
  if (!cells) return peak;
  for (let i = from; i < to; i++) peak = Math.max(peak, cells[i] ?? 0);
  return peak;
}

/**
 * Idle minutes a booking on [start, end) would leave on the chair before it (since the previous booking or
 * opening) and after it (until the next booking or closing).
 */
export function idleGaps(occ: Occupancy, chair: number, start: number, end: number) {
  let previousEnd = occ.open;
  let nextStart = occ.close;
  for (const b of occ.chairBookings[chair] ?? []) {
    if (b.end <= start) previousEnd = Math.max(previousEnd, b.end);
    else if (b.start >= end) {
      nextStart = b.start;
      break;
    }
  }
  return { before: start - previousEnd, after: nextStart - end };
}
