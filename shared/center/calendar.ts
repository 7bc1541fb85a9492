// Calendar helpers for center setup. Dates are 'YYYY-MM-DD' calendar days; times are minutes since local
// midnight, shown on the 24-hour clock (clinical times are never shown as AM/PM).

/** 0 = Sunday … 6 = Saturday, computed on the calendar date alone so no time zone can shift it. */
export function weekdayOf(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Minutes since midnight as 'HH:MM' (24:00 at the day's end): shared/time/clock.ts's formatter, by its old name. */
export { clockTime as formatMinutes } from '../time/clock';

/** The calendar day n days after (or before, for negative n) an ISO date: the library's one implementation. */
export { addDays } from '../clinical/dates';
