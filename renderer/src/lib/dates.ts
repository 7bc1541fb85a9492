// Calendar days ('YYYY-MM-DD'), the way every screen shows and checks them.

/** The Intl locale the app formats with: French of France, or British English (day before month). */
export const intlLocale = (locale: string) => (locale === 'fr' ? 'fr-FR' : 'en-GB');

/**
 * A calendar date ('YYYY-MM-DD') as "12 Mar 1961" (with `weekday`, "Tue 1 Dec 2026"). Formatted in UTC on
 * purpose: a date of birth is not an instant, and local-time formatting of a UTC midnight shows the day before
 * west of Greenwich.
 */
export function formatDay(isoDate: string, locale: string, options: { weekday?: boolean } = {}): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlLocale(locale), {
    ...(options.weekday ? { weekday: 'short' as const } : {}),
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** True for a real calendar day written YYYY-MM-DD (not 1958-02-30). */
export function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A clinic-local day and time ('2026-11-26T14:00') as "26 nov. 2026 14:00" (24-hour clock); a bare day as its day. */
export function formatDayTime(isoDateTime: string, locale: string): string {
  const [day = isoDateTime, time] = isoDateTime.split(/[T ]/);
  return time ? `${formatDay(day, locale)} ${time.slice(0, 5)}` : formatDay(day, locale);
}
