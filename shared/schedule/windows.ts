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

/** "HH:MM" on the 24-hour clock, the way clinical times are written everywhere in Chairside. */
export function clockTime(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function parseClockTime(text: string): number | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
