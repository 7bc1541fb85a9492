import { intlLocale } from './dates';

/**
 * A measured value (a weight, a temperature) the reader's way: 72.4 in English, 72,4 in French; leading zero, no
 * trailing zero, at most one decimal. Doses have their own rules (shared/clinical/format.ts, lib/doses.ts).
 */
export function formatMeasure(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(value);
}
