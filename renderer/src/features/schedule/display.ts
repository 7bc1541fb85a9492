import { formatDose } from '../../../../shared/clinical/format';
import type { AppointmentFlag, AppointmentStatus } from '../../../../shared/schedule/status';

// How statuses and flags look: always colour + icon + text, never colour alone. The icons are all in DejaVu
// Sans (the fallback font on the Linux machines), so none renders as a missing-glyph box.

export const STATUS_ICONS: Record<AppointmentStatus, string> = {
  scheduled: '◷',
  'checked-in': '☑',
  'in-chair': '▣',
  infusing: '▶',
  observation: '◉',
  completed: '✓',
  held: '‖',
  cancelled: '✕',
  'no-show': '∅',
};

export const FLAG_ICONS: Record<AppointmentFlag, string> = {
  'first-dose': '★',
  'reaction-history': '⚠',
  'labs-pending': '◑',
};

/** A planned dose the safe way: "200 mg", or the label's words when there is no mg amount. */
export function doseLabel(item: { doseMg: number | null; doseText: string }): string {
  return item.doseMg === null ? item.doseText : formatDose(item.doseMg, 'mg');
}

/** Calendar arithmetic on YYYY-MM-DD in UTC, so no time zone moves the day. */
export function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function longDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
