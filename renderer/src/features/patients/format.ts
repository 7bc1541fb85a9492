import { ageInYears } from '../../../../shared/patients/age';

// Days are formatted and checked in lib/dates.ts (shared by every screen's date fields); re-exported for this feature.
export { formatDay, isRealDate } from '../../lib/dates';
import { intlLocale } from '../../lib/dates';

/** 68.5 / 68,5 / 70 — leading zero, no trailing zero (STYLE: display numbers the safe way). */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(value);
}

/** Age in whole years on the center's "today" (from useClinicClock, never the browser's date). */
export function ageOn(birthDate: string, today: string): number {
  return ageInYears(birthDate, today);
}
