import { weekdayOf } from '../center/calendar';

// Chair utilisation and nurse load, as pure functions over the rows main reads (repositories/reports.ts),
// so they are tested on their own and run the same whichever database the rows came from.

export interface DayHours {
  weekday: number;
  open: number;
  close: number;
  closed: boolean;
}

export interface Interval {
  date: string;
  start: number;
  end: number;
}

export interface UtilisationInput {
  dates: readonly string[];
  hours: readonly DayHours[];
  closures: ReadonlySet<string>;
  activeChairs: number;
  booked: readonly Interval[];
  /** Check-in to chair release; empty when nothing of the kind was charted in the range. */
  occupied: readonly Interval[];
}

export interface UtilisationCellFigure {
  weekday: number;
  hour: number;
  openChairHours: number;
  bookedChairHours: number;
  occupiedChairHours: number | null;
}

const key = (weekday: number, hour: number) => weekday * 24 + hour;

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Adds an interval's minutes, hour by hour, to its weekday's cells (in hours). */
function spread(into: Float64Array, interval: Interval): void {
  const weekday = weekdayOf(interval.date);
  for (let hour = Math.floor(interval.start / 60); hour * 60 < interval.end && hour < 24; hour++) {
    into[key(weekday, hour)]! += overlap(interval.start, interval.end, hour * 60, hour * 60 + 60) / 60;
  }
}

/** How many days of the range the center was open (not closed that weekday, not a closure day). */
export function openDates(dates: readonly string[], hours: readonly DayHours[], closures: ReadonlySet<string>) {
  const byWeekday = new Map(hours.map((h) => [h.weekday, h]));
  return dates.filter((d) => {
    const h = byWeekday.get(weekdayOf(d));
    return h !== undefined && !h.closed && h.close > h.open && !closures.has(d);
  });
}

/** Chair-hours open, booked and occupied for each weekday and hour of the range (cells with nothing are left out). */
export function utilisationCells(input: UtilisationInput): UtilisationCellFigure[] {
  const open = new Float64Array(7 * 24);
  const booked = new Float64Array(7 * 24);
  const occupied = new Float64Array(7 * 24);
  const byWeekday = new Map(input.hours.map((h) => [h.weekday, h]));
  for (const date of openDates(input.dates, input.hours, input.closures)) {
    const h = byWeekday.get(weekdayOf(date))!;
    const day: Interval = { date, start: h.open, end: h.close };
    const perChair = new Float64Array(7 * 24);
    spread(perChair, day);
    perChair.forEach((v, i) => (open[i]! += v * input.activeChairs));
  }
  for (const b of input.booked) spread(booked, b);
  for (const o of input.occupied) spread(occupied, o);
  const measured = input.occupied.length > 0;
  const cells: UtilisationCellFigure[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    for (let hour = 0; hour < 24; hour++) {
      const i = key(weekday, hour);
      if (open[i] === 0 && booked[i] === 0 && occupied[i] === 0) continue;
      cells.push({
        weekday,
        hour,
        openChairHours: round2(open[i]!),
        bookedChairHours: round2(booked[i]!),
        occupiedChairHours: measured ? round2(occupied[i]!) : null,
      });
    }
  }
  return cells;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface NurseVisit extends Interval {
  nurseId: string;
}

export interface StaffingLimits {
  maxPatientsPerNurse: number;
  maxStartsPerNursePerSlot: number;
  slotMinutes: number;
}

export interface StaffingFigures {
  hours: { hour: number; meanPatientsPerNurse: number; maxPatientsPerNurse: number }[];
  ratioBreaches: number;
  staggerBreaches: number;
}

/** Patients and starts per nurse in each slot of one nurse's day. */
function nurseDaySlots(visits: readonly NurseVisit[], slot: number) {
  const load = new Map<number, number>();
  const starts = new Map<number, number>();
  for (const v of visits) {
    const first = Math.floor(v.start / slot);
    starts.set(first, (starts.get(first) ?? 0) + 1);
    for (let s = first; s * slot < v.end; s++) load.set(s, (load.get(s) ?? 0) + 1);
  }
  return { load, starts };
}

/** Patients per nurse by hour of day and the slots over the ratio or stagger limits (charted nurse assignments). */
export function staffingFigures(visits: readonly NurseVisit[], limits: StaffingLimits): StaffingFigures {
  const byNurseDay = new Map<string, NurseVisit[]>();
  for (const v of visits) {
    const k = `${v.date}|${v.nurseId}`;
    const list = byNurseDay.get(k);
    if (list) list.push(v);
    else byNurseDay.set(k, [v]);
  }
  const sum = new Float64Array(24);
  const n = new Float64Array(24);
  const max = new Float64Array(24);
  let ratioBreaches = 0;
  let staggerBreaches = 0;
  const slot = Math.max(1, limits.slotMinutes);
  for (const list of byNurseDay.values()) {
    const { load, starts } = nurseDaySlots(list, slot);
    const hourPeak = new Map<number, number>();
    for (const [s, patients] of load) {
      if (patients > limits.maxPatientsPerNurse) ratioBreaches += 1;
      const hour = Math.floor((s * slot) / 60);
      if (hour < 24) hourPeak.set(hour, Math.max(hourPeak.get(hour) ?? 0, patients));
    }
    for (const started of starts.values()) if (started > limits.maxStartsPerNursePerSlot) staggerBreaches += 1;
    for (const [hour, peak] of hourPeak) {
      sum[hour]! += peak;
      n[hour]! += 1;
      max[hour] = Math.max(max[hour]!, peak);
    }
  }
  const hours = [];
  for (let hour = 0; hour < 24; hour++) {
    if (n[hour] === 0) continue;
    hours.push({ hour, meanPatientsPerNurse: round2(sum[hour]! / n[hour]!), maxPatientsPerNurse: max[hour]! });
  }
  return { hours, ratioBreaches, staggerBreaches };
}
