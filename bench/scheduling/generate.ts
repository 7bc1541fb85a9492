import type { ClinicDay, NurseShift, PlacementRequest, TimeWindow } from '../../shared/scheduling/model';
import { mulberry32 } from '../../shared/scheduling/random';

export { mulberry32 };

/** Relative weights of visit types (the derived chair-time rules of shared/schedule/chair-time.ts). */
export interface DurationsMix {
  /** Maintenance ICI infusion of 30 min. */
  short: number;
  /** 60-min infusion (first infusions of atezolizumab, toripalimab, tislelizumab). */
  long: number;
  /** Two sequential 30-min bags (nivolumab then ipilimumab). */
  combination: number;
}

export const DEFAULT_MIX: DurationsMix = {
  short: 0.55,
  long: 0.3,
  combination: 0.15,
};

export interface GenerateOptions {
  chairs: number;
  nurses: number;
  appointments: number;
  durationsMix?: DurationsMix;
  date?: string;
  open?: number;
  close?: number;
}

export interface GeneratedDay {
  day: ClinicDay;
  /** In the order patients called, which is the order a clinic books them. */
  requests: PlacementRequest[];
}

type Random = () => number;

function pick<T>(random: Random, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, weight] of weighted) {
    r -= weight;
    if (r < 0) return value;
  }
  const last = weighted.at(-1);
  if (!last) throw new Error('pick: nothing to pick from');
  return last[0];
}

/**
 * Chair minutes = pre-assessment and line access + premedication wait + infusion + observation, each in the
 * 15-minute blocks clinics book in; the result lies in 45–180 minutes. Observation after ICI infusions is
 * institutional policy (no label requires it), hence the spread.
 */
export function chairMinutes(random: Random, mix: DurationsMix): number {
  const assessment = pick(random, [
    [15, 0.6],
    [30, 0.4],
  ] as const);
  const premedication = pick(random, [
    [0, 0.75],
    [30, 0.25],
  ] as const);
  const infusion = pick(random, [
    [30, mix.short],
    [60, mix.long + mix.combination],
  ] as const);
  const observation = pick(random, [
    [0, 0.5],
    [30, 0.35],
    [60, 0.15],
  ] as const);
  return assessment + premedication + infusion + observation;
}

/** Early, middle and late 8.5-hour shifts in turn, so opening and closing are both covered. */
function nurseShifts(count: number, open: number, close: number): NurseShift[] {
  const length = Math.min(510, close - open + 30);
  const starts = [open - 15, open + (close - open - length) / 2, close + 15 - length];
  return Array.from({ length: count }, (_, i) => {
    const start = Math.max(0, Math.round((starts[i % 3] ?? open) / 15) * 15);
    return { id: `N${i + 1}`, start, end: Math.min(24 * 60, start + length) };
  });
}

function preferredWindow(random: Random, open: number, close: number): TimeWindow | undefined {
  const noon = Math.min(Math.max(12 * 60, open + 15), close - 15);
  const r = random();
  if (r < 1 / 6) return { start: open, end: noon };
  if (r < 1 / 3) return { start: noon, end: close };
  return undefined;
}

export function generateClinicDay(seed: number, options: GenerateOptions): GeneratedDay {
  const random = mulberry32(seed);
  const { open = 8 * 60, close = 18 * 60, date = '2026-03-02', durationsMix = DEFAULT_MIX } = options;
  const chairs = Array.from({ length: options.chairs }, (_, i) => ({
    id: `C${String(i + 1).padStart(2, '0')}`,
    area: i < options.chairs / 2 ? 'A' : 'B',
    active: true,
  }));
  const day: ClinicDay = {
    date,
    open,
    close,
    chairs,
    nurses: nurseShifts(options.nurses, open, close),
  };
  const requests = Array.from({ length: options.appointments }, (_, i): PlacementRequest => {
    const durationMinutes = chairMinutes(random, durationsMix);
    const window = preferredWindow(random, open, close);
    const patientId = `P${seed}-${String(i + 1).padStart(3, '0')}`;
    return window ? { patientId, durationMinutes, preferredWindow: window } : { patientId, durationMinutes };
  });
  return { day, requests };
}
