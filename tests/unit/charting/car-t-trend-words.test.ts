import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { appI18n, rendererModule } from '../../support/app-i18n';

// The CAR T trend table's rows (chairside › CAR T): the day as a calendar day and the temperature with the
// reader's decimal mark, never the stored 2026-11-27 or 38.4 in French.

const { trendDayWords, temperatureWords } = await rendererModule<{
  trendDayWords: (t: TFunction, point: { day: number; date: string; time: string | null }, locale: string) => string;
  temperatureWords: (value: number | null, locale: string) => string;
}>('features/chairside/car-t/trend-words.ts');

const POINT = { day: 3, date: '2026-11-27', time: '08:40' };

describe('a CAR T trend row', () => {
  it('reads in English: day, calendar day, 24-hour time, 38.4 °C', async () => {
    await appI18n('en');
    expect(trendDayWords(i18next.t, POINT, 'en')).toBe('Day 3 (27 Nov 2026 08:40)');
    expect(temperatureWords(38.4, 'en')).toBe('38.4 °C');
  });

  it('reads in French: jour, date in French, 38,4 °C', async () => {
    await appI18n('fr');
    expect(trendDayWords(i18next.t, POINT, 'fr')).toBe('Jour 3 (27 nov. 2026 08:40)');
    expect(temperatureWords(38.4, 'fr')).toBe('38,4 °C');
    expect(temperatureWords(37, 'fr')).toBe('37 °C');
  });

  it('shows a dash for a temperature not taken', () => {
    expect(temperatureWords(null, 'fr')).toBe('—');
  });
});
