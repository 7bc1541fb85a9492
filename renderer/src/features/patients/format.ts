import { ageInYears } from '../../../../shared/patients/age';

// Days are formatted and checked in lib/dates.ts (shared by every screen's date fields); re-exported for this feature.
export { formatDay, isRealDate } from '../../lib/dates';
// 68.5 / 68,5 / 70: one way of writing a measure for every screen (lib/numbers.ts).
export { formatMeasure as formatNumber } from '../../lib/numbers';

/** Age in whole years on the center's "today" (from useClinicClock, never the browser's date). */
export function ageOn(birthDate: string, today: string): number {
  return ageInYears(birthDate, today);
}
