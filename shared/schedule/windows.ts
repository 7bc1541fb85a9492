import type { TimeWindow } from '../scheduling/model';

// The patient's preferred part of the day, as the start-time window the placer honours.

export const PREFERRED_WINDOWS = ['any', 'morning', 'afternoon'] as const;
export type PreferredWindow = (typeof PREFERRED_WINDOWS)[number];

/** Noon splits the day; a clinic that opens after noon or closes before it has only one half. */
export const NOON = 12 * 60;

export function startWindowFor(preference: PreferredWindow, open: number, close: number): TimeWindow | undefined {
  if (preference === 'morning' && open < NOON) return { start: open, end: Math.min(NOON, close) };
  if (preference === 'afternoon' && close > NOON) return { start: Math.max(NOON, open), end: close };
  return undefined;
}

/** Clock times are read and written by shared/time/clock.ts only; re-exported for the schedule's many users. */
export { clockTime, parseClockTime } from '../time/clock';
