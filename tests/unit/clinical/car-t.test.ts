import { describe, expect, it } from 'vitest';
import { carTCalendar, CarTCalendarError } from '../../../shared/clinical';
import type { CarTCalendar } from '../../../shared/clinical';
import { carTProduct, library } from './library';

const DAY0 = '2026-03-10';
const ldSummary = (calendar: CarTCalendar) =>
  calendar.lymphodepletion.map((day) => [
    day.dayOffset,
    day.date,
    day.agents.map((a) => `${a.name} ${a.doseText}`).join(' + '),
  ]);

describe('carTCalendar: lymphodepletion days (labels)', () => {
  it.each([
    // Yescarta: "Cyclophosphamide 500 mg/m² IV + fludarabine 30 mg/m² IV on the 5th, 4th and 3rd day before infusion"
    ['axicabtagene-ciloleucel', 'lbcl-second-line', [-5, -4, -3]],
    // Tecartus: "MCL: cyclophosphamide 500 mg/m² + fludarabine 30 mg/m² on days −5, −4, −3"
    ['brexucabtagene-autoleucel', 'mcl', [-5, -4, -3]],
    // Tecartus: "ALL: fludarabine 25 mg/m² on days −4, −3, −2 + cyclophosphamide 900 mg/m² on day −2"
    ['brexucabtagene-autoleucel', 'b-all', [-4, -3, -2]],
    // Abecma: "×3 days; LD begins 5 days before; infuse 2 days after LD completion"
    ['idecabtagene-vicleucel', 'rrmm', [-5, -4, -3]],
    // Window labels, default = the window minimum (2 days), placed with 2 full days before day 0 (UNVERIFIED convention).
    ['lisocabtagene-maraleucel', 'lbcl-third-line', [-5, -4, -3]],
    ['ciltacabtagene-autoleucel', 'rrmm', [-5, -4, -3]],
    ['tisagenlecleucel', 'lbcl', [-5, -4, -3]],
    // Kymriah ALL: "fludarabine 30 mg/m² IV daily ×4 days + cyclophosphamide 500 mg/m² IV daily ×2 days"
    ['tisagenlecleucel', 'b-all', [-6, -5, -4, -3]],
  ])('%s / %s: LD on days %j', (productId, indicationId, offsets) => {
    const calendar = carTCalendar(carTProduct(productId), indicationId, DAY0);
    expect(calendar.lymphodepletion.map((day) => day.dayOffset)).toEqual(offsets);
    expect(calendar.day0).toBe(DAY0);
  });

  it('gives each day its agents and dates (Tecartus ALL)', () => {
    const calendar = carTCalendar(carTProduct('brexucabtagene-autoleucel'), 'b-all', DAY0);
    expect(ldSummary(calendar)).toEqual([
      [-4, '2026-03-06', 'fludarabine 25 mg/m² IV'],
      [-3, '2026-03-07', 'fludarabine 25 mg/m² IV'],
      [-2, '2026-03-08', 'fludarabine 25 mg/m² IV + cyclophosphamide 900 mg/m² IV'],
    ]);
  });

  it('gives cyclophosphamide on the first 2 of the 4 fludarabine days (Kymriah ALL)', () => {
    // "cyclophosphamide 500 mg/m² IV daily ×2 days (starting with 1st flu dose)"
    const calendar = carTCalendar(carTProduct('tisagenlecleucel'), 'b-all', DAY0);
    expect(calendar.lymphodepletion.map((day) => day.agents.map((a) => a.name))).toEqual([
      ['fludarabine', 'cyclophosphamide'],
      ['fludarabine', 'cyclophosphamide'],
      ['fludarabine'],
      ['fludarabine'],
    ]);
  });

  it.each([
    // Breyanzi: "infuse 2–7 days after LD completion"
    ['lisocabtagene-maraleucel', 'lbcl-second-line', 7, -10],
    // Carvykti: "infuse 2–4 days after LD"
    ['ciltacabtagene-autoleucel', 'rrmm', 4, -7],
    // Kymriah: "infuse 2–14 days after LD" (ALL) and "2–6 days (FL)"
    ['tisagenlecleucel', 'b-all', 14, -18],
    ['tisagenlecleucel', 'fl', 6, -9],
  ])(
    '%s / %s: accepts %i days after LD (first LD day %i) and refuses one more',
    (productId, indicationId, maxDays, firstOffset) => {
      const product = carTProduct(productId);
      const calendar = carTCalendar(product, indicationId, DAY0, { daysAfterLdCompletion: maxDays });
      expect(calendar.lymphodepletion[0]?.dayOffset).toBe(firstOffset);
      expect(() => carTCalendar(product, indicationId, DAY0, { daysAfterLdCompletion: maxDays + 1 })).toThrow(
        /outside the label window/,
      );
      expect(() => carTCalendar(product, indicationId, DAY0, { daysAfterLdCompletion: 1 })).toThrow(CarTCalendarError);
    },
  );

  it('uses the bendamustine alternative only when asked (Kymriah LBCL/FL)', () => {
    // "(or bendamustine 90 mg/m² ×2 days)"
    const product = carTProduct('tisagenlecleucel');
    expect(carTCalendar(product, 'fl', DAY0).ldRegimenId).toBe('lymphoma-flu-cy');
    const calendar = carTCalendar(product, 'fl', DAY0, { ldRegimenId: 'lymphoma-bendamustine' });
    expect(ldSummary(calendar)).toEqual([
      [-4, '2026-03-06', 'bendamustine 90 mg/m² IV'],
      [-3, '2026-03-07', 'bendamustine 90 mg/m² IV'],
    ]);
    expect(() => carTCalendar(product, 'b-all', DAY0, { ldRegimenId: 'lymphoma-bendamustine' })).toThrow(
      /no LD regimen/,
    );
  });

  it('crosses a month boundary on calendar days', () => {
    const calendar = carTCalendar(carTProduct('axicabtagene-ciloleucel'), 'fl', '2026-03-02');
    expect(calendar.lymphodepletion.map((day) => day.date)).toEqual(['2026-02-25', '2026-02-26', '2026-02-27']);
  });

  it('refuses an unknown indication and a bad day 0', () => {
    expect(() => carTCalendar(carTProduct('axicabtagene-ciloleucel'), 'mcl', DAY0)).toThrow(
      /Yescarta has no indication "mcl"/,
    );
    expect(() => carTCalendar(carTProduct('axicabtagene-ciloleucel'), 'fl', '2026-3-10')).toThrow(/calendar date/);
  });
});

describe('carTCalendar: monitoring after day 0 (labels)', () => {
  it.each(
    library.carTProducts.filter((p) => p.monitoring.current.countsFrom === 'day0').map((p) => [p.id, p] as const),
  )('%s: monitoring ends on day 0 + 7, + 14, + 14', (_id, product) => {
    // App default from the June 2025 class change: "Default values for the app …: daily monitoring days = 7; stay-near days = 14; no-driving days = 14"
    const calendar = carTCalendar(product, product.indications[0]?.id ?? '', DAY0);
    expect(calendar).toMatchObject({
      basis: 'current',
      dailyMonitoringEnd: '2026-03-17',
      stayNearEnd: '2026-03-24',
      noDrivingEnd: '2026-03-24',
    });
  });

  it('Aucatzyl: lymphodepletion given as text to book by hand, the second split dose on label Day 10 ± 2 (postponable to Day 21), and monitoring counted from it', () => {
    // Aucatzyl PI: "split dose … on Day 1 and Day 10 (± 2 days)"; CRS grade 2 after the first dose: "consider
    // postponing … up to Day 21"; the monitoring must cover the second, larger dose.
    const calendar = carTCalendar(carTProduct('obecabtagene-autoleucel'), 'b-all', DAY0);
    expect(calendar.lymphodepletion).toEqual([]);
    expect(calendar.ldRegimenId).toBe('flu-cy');
    expect(calendar.ldText).toMatch(
      /^Fludarabine 30 mg\/m² daily ×4 and cyclophosphamide 500 mg\/m² daily ×2 \(believed\)/,
    );
    expect(calendar.additionalInfusions).toMatchObject([
      { date: '2026-03-19', earliest: '2026-03-17', latest: '2026-03-21', postponeUntil: '2026-03-30' },
    ]);
    expect(calendar).toMatchObject({
      dailyMonitoringEnd: '2026-03-26',
      stayNearEnd: '2026-04-02',
      noDrivingEnd: '2026-04-02',
    });
    expect(calendar.unverified.map((u) => u.split(':')[0])).toEqual([
      'obecabtagene-autoleucel/lymphodepletion',
      'obecabtagene-autoleucel/monitoring.current',
      'obecabtagene-autoleucel/additionalInfusions.0.holdRules.2',
      'obecabtagene-autoleucel/premedication',
    ]);
  });

  it('Breyanzi carries the cyclophosphamide 300 vs 500 mg/m² discrepancy', () => {
    // "an older Medscape version shows cyclophosphamide 500 mg/m² — discrepancy; check PI"
    const calendar = carTCalendar(carTProduct('lisocabtagene-maraleucel'), 'fl-grade-3b', DAY0);
    expect(calendar.unverified.some((u) => u.includes('300 mg/m² vs 500 mg/m²'))).toBe(true);
  });
});
