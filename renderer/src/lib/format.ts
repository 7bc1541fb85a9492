// Days in the reader's words. Times of day are shown on the center's clock (app/clinic-clock.ts: useClinicTimes),
// always on the 24-hour clock, never in the workstation's own zone.

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date ('2026-11-27') is a day, not an instant: format it in UTC so that it never shows as the
 * previous day west of Greenwich. Instants are shown in local time.
 */
export function formatDate(iso: string | Date, locale: string): string {
  const isDay = typeof iso === 'string' && DATE_ONLY.test(iso);
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(isDay ? { timeZone: 'UTC' } : {}),
  }).format(date);
}
