import { describe, expect, it } from 'vitest';
import { computeCarTDates } from '../../../shared/handouts/car-t-sheet';
import { renderHandoutHtml } from '../../../shared/handouts/render';
import { handoutLibrary, makeHandoutInput } from '../../support/handouts';

const monitoring = () => handoutLibrary().facts.carT.monitoring;

describe('CAR T label values (June 2025 labels)', () => {
  it.each([
    // "Default values for the app (configurable, label-sourced): daily monitoring days = 7; stay-near days = 14;
    // no-driving days = 14" — the labels after the FDA removed the REMS on 26 June 2025.
    ['dailyMonitoringDays', 7, '"daily monitoring for at least one week"'],
    ['stayNearDays', 14, '"proximity … reduced from 4 weeks to 2 weeks"'],
    ['noDrivingDays', 14, '"Driving restrictions reduced from 8 weeks to 2 weeks"'],
  ] as const)('%s = %i days (%s)', (field, days, _quote) => {
    expect(monitoring()[field]).toBe(days);
  });
});

describe('computeCarTDates', () => {
  it.each([
    ['2025-12-01', '2025-12-08', '2025-12-15'],
    ['2025-12-25', '2026-01-01', '2026-01-08'], // across the new year
    ['2026-03-20', '2026-03-27', '2026-04-03'], // across the EU and US daylight-saving changes
    ['2028-02-20', '2028-02-27', '2028-03-05'], // leap year
  ])('infusion %s → daily checks until %s, stay near and no driving until %s', (infusion, daily, twoWeeks) => {
    expect(computeCarTDates(infusion, monitoring())).toEqual({
      infusionDate: infusion,
      dailyMonitoringUntil: daily,
      stayNearUntil: twoWeeks,
      noDrivingUntil: twoWeeks,
    });
  });

  it('follows the facts when a label value changes (nothing is hard-coded)', () => {
    const dates = computeCarTDates('2025-12-01', { ...monitoring(), stayNearDays: 28, noDrivingDays: 56 });
    expect(dates.stayNearUntil).toBe('2025-12-29');
    expect(dates.noDrivingUntil).toBe('2026-01-26');
  });
});

describe('the CAR T sheet', () => {
  it.each([
    [
      'en',
      [
        'Monday, December 1, 2025',
        'Check-ups every day at the treatment center, for at least the first 7 days</dt><dd>Until Monday, December 8, 2025',
        'Stay near your treatment center for 14 days</dt><dd>Until Monday, December 15, 2025',
        'Do not drive, and do not use heavy or dangerous machines, for 14 days</dt><dd>Until Monday, December 15, 2025',
      ],
    ],
    [
      'fr',
      [
        'Lundi 1 décembre 2025',
        'au moins pendant les 7 premiers jours</dt><dd>Jusqu’au lundi 8 décembre 2025',
        'Restez à proximité de votre centre de traitement pendant 14 jours</dt><dd>Jusqu’au lundi 15 décembre 2025',
        'dangereuses pendant 14 jours</dt><dd>Jusqu’au lundi 15 décembre 2025',
      ],
    ],
  ] as const)('prints the infusion, daily-check, stay-near and no-driving dates (%s)', (locale, expected) => {
    const html = renderHandoutHtml(
      makeHandoutInput({
        locale,
        sheets: ['car-t'],
        carT: { productId: 'tisagenlecleucel', infusionDate: '2025-12-01' },
      }),
    );
    for (const text of expected) expect(html.replaceAll('&#39;', '’')).toContain(text);
  });

  it('names the product in each language, with its brand', () => {
    const input = (locale: 'en' | 'fr') =>
      makeHandoutInput({
        locale,
        sheets: ['car-t'],
        carT: { productId: 'idecabtagene-vicleucel', infusionDate: '2025-12-01' },
      });
    expect(renderHandoutHtml(input('en'))).toContain('<p class="subtitle">Idecabtagene vicleucel (Abecma)</p>');
    expect(renderHandoutHtml(input('fr'))).toContain('<p class="subtitle">Idécabtagène vicleucel (Abecma)</p>');
  });

  it('adds the product’s own note (Aucatzyl is given in two parts)', () => {
    const html = renderHandoutHtml(
      makeHandoutInput({
        sheets: ['car-t'],
        carT: { productId: 'obecabtagene-autoleucel', infusionDate: '2025-12-01' },
      }),
    );
    expect(html).toContain('Day 1 and Day 10');
  });

  it('has the caregiver, wallet card, no-donation and false-positive HIV test sections', () => {
    const html = renderHandoutHtml(makeHandoutInput({ sheets: ['car-t'] }));
    for (const id of ['caregiver', 'wallet-card', 'donation', 'good-to-know', 'important-dates', 'next-appointments']) {
      expect(html).toContain(`data-section="${id}"`);
    }
    expect(html).toContain('HIV tests');
  });

  it('keeps day counts out of the locale text: they come from facts.json only', () => {
    for (const locale of ['en', 'fr'] as const) {
      const { carT, ui } = handoutLibrary().locales[locale];
      const words = JSON.stringify([carT.sections, ui.carTDailyChecks, ui.carTStayNear, ui.carTNoDriving]);
      expect(words).not.toMatch(/\b(7|14|two weeks|2 weeks|deux semaines|2 semaines)\b/i);
    }
  });
});
