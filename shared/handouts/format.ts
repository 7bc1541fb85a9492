import { addDays, assertIsoDate } from '../clinical/dates';

// Date arithmetic and formatting for patient sheets. Pure: time zones are explicit, and a calendar date
// (YYYY-MM-DD) is handled in UTC so adding days never slips across a daylight-saving change.

export type PaperSize = 'A4' | 'Letter';

/**
 * The paper when the caller names none. The app always passes the center's setting (Settings › General); the
 * paper follows the center's printers, never the sheet's language (Québec prints French on Letter).
 */
export const DEFAULT_PAPER: PaperSize = 'Letter';

/** 2025-12-01 + 14 → 2025-12-15 (the clinical library's UTC calendar arithmetic). */
export { addDays };

function parseIsoDate(isoDate: string): Date {
  assertIsoDate(isoDate);
  return new Date(`${isoDate}T00:00:00Z`);
}

/** "Monday, December 15, 2025" / "lundi 15 décembre 2025". */
export function formatCalendarDate(isoDate: string, intlLocale: string, withWeekday = true): string {
  return new Intl.DateTimeFormat(intlLocale, {
    timeZone: 'UTC',
    ...(withWeekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(parseIsoDate(isoDate));
}

function instant(isoDateTime: string): Date {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date-time: ${isoDateTime}`);
  return date;
}

/** Weekday + date of an instant in a time zone (the runtime's own zone when none is given). */
export function formatInstantDate(
  isoDateTime: string,
  intlLocale: string,
  timeZone?: string,
  withWeekday = true,
): string {
  return new Intl.DateTimeFormat(intlLocale, {
    ...(timeZone ? { timeZone } : {}),
    ...(withWeekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(instant(isoDateTime));
}

/** Clock time on the 24-hour clock, e.g. 14:30 — clinical times are never AM/PM. */
export function formatInstantTime(isoDateTime: string, intlLocale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale, {
    ...(timeZone ? { timeZone } : {}),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant(isoDateTime));
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** "2, 3, or 4" / "2, 3 ou 4". */
export function formatOrList(items: readonly string[], intlLocale: string): string {
  return new Intl.ListFormat(intlLocale, { type: 'disjunction' }).format(items);
}

/** "nivolumab and ipilimumab" / "nivolumab et ipilimumab". */
export function formatAndList(items: readonly string[], intlLocale: string): string {
  return new Intl.ListFormat(intlLocale, { type: 'conjunction' }).format(items);
}
