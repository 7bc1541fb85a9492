import type { TFunction } from 'i18next';
import { formatDay } from '../../../lib/dates';
import { formatMeasure } from '../../../lib/numbers';

// A CAR T trend row in the reader's words: the day as a calendar day ("27 nov. 2026", never 2026-11-27) and the
// temperature with the reader's decimal mark (38,4 °C in French, 38.4 °C in English).

export function trendDayWords(
  t: TFunction,
  point: { day: number; date: string; time: string | null },
  locale: string,
): string {
  return t('chairside.carT.dayN', { day: point.day, date: formatDay(point.date, locale), time: point.time ?? '' });
}

export function temperatureWords(value: number | null, locale: string): string {
  return value === null ? '—' : `${formatMeasure(value, locale)} °C`;
}
