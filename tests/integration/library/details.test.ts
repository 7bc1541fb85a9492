import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicalLibrary, findResourcesDir } from '../../../electron/main/core/resources';
import { daysBetween } from '../../../shared/clinical';
import { openTestCore, type TestCore } from '../../support/core';

let t: TestCore;
beforeAll(async () => {
  t = await openTestCore();
});
afterAll(() => t.close());

const shipped = clinicalLibrary(findResourcesDir());
const regimen = (id: string, weightKg?: number, visits = 8) =>
  t.ok('library:get-regimen', { id, startDate: '2026-12-01', visits, ...(weightKg !== undefined ? { weightKg } : {}) });

describe('library:get-regimen', () => {
  it.each(shipped.regimens.map((r) => [r.id, r] as const))('expands %s on its phase intervals', async (id, record) => {
    const { preview } = await regimen(id, 70, 6);
    expect(preview.problem).toBeNull();
    expect(preview.visits[0]?.date).toBe('2026-12-01');
    const intervals = new Map(record.phases.map((p) => [p.id, p.intervalDays]));
    preview.visits.forEach((visit, index) => {
      expect(visit.items.length).toBeGreaterThan(0);
      for (const item of visit.items) expect(item.doseMg).toBeGreaterThan(0);
      const next = preview.visits[index + 1];
      if (next && next.phaseId === visit.phaseId)
        expect(daysBetween(visit.date, next.date)).toBe(intervals.get(visit.phaseId));
    });
  });

  it('pembrolizumab Q3W: 200 mg over 30 minutes every 21 days, flat dose', async () => {
    const { preview } = await regimen('pembrolizumab-200-q3w', undefined, 4);
    expect(preview.visits.map((v) => v.date)).toEqual(['2026-12-01', '2026-12-22', '2027-01-12', '2027-02-02']);
    expect(preview.visits[0]?.items).toEqual([
      expect.objectContaining({
        drugName: 'Pembrolizumab (Keytruda)',
        doseText: '200 mg',
        infusionMinutes: 30,
        isFirstDoseOfDrug: true,
      }),
    ]);
  });

  it('dostarlimab: 500 mg every 3 weeks for 4 doses, then 1,000 mg every 6 weeks', async () => {
    const { preview } = await regimen('dostarlimab-monotherapy');
    expect(preview.visits.map((v) => [v.date, v.items[0]?.doseText])).toEqual([
      ['2026-12-01', '500 mg'],
      ['2026-12-22', '500 mg'],
      ['2027-01-12', '500 mg'],
      ['2027-02-02', '500 mg'],
      // Jemperli: dose 5 three weeks after dose 4, then every 6 weeks.
      ['2027-02-23', '1,000 mg'],
      ['2027-04-06', '1,000 mg'],
      ['2027-05-18', '1,000 mg'],
      ['2027-06-29', '1,000 mg'],
    ]);
    expect(preview.visits[4]?.unverified.join(' ')).not.toMatch(/phases\.1/);
  });

  it('nivolumab + ipilimumab (melanoma): nivolumab 1 mg/kg first, then ipilimumab 3 mg/kg, 4 doses, and says why it stops', async () => {
    const { preview } = await regimen('nivolumab-ipilimumab-melanoma', 72.4, 6);
    const first = preview.visits[0]!;
    expect(first.items.map((i) => [i.drugId, i.doseText, i.infusionMinutes])).toEqual([
      ['nivolumab', '72.4 mg', 30],
      ['ipilimumab', '217.2 mg', 30],
    ]);
    expect(first.items[1]?.basis).toContain('3 mg/kg × 72.4 kg = 217.2 mg');
    expect(first.infusionMinutesTotal).toBe(60);
    expect(preview.visits.slice(0, 4).map((v) => v.date)).toEqual([
      '2026-12-01',
      '2026-12-22',
      '2027-01-12',
      '2027-02-02',
    ]);
    expect(preview.visits).toHaveLength(4);
    expect(preview.end).toMatchObject({
      reason: 'next-phase-unscheduled',
      phaseLabel: expect.stringMatching(/^Nivolumab alone/) as unknown,
    });
  });

  it('nivolumab + ipilimumab (RCC): nivolumab 3 mg/kg + ipilimumab 1 mg/kg for 4 doses', async () => {
    const { preview } = await regimen('nivolumab-ipilimumab-rcc', 72.4);
    expect(preview.visits).toHaveLength(4);
    expect(preview.visits[0]?.items.map((i) => i.doseText)).toEqual(['217.2 mg', '72.4 mg']);
  });

  it('STRIDE: tremelimumab once with durvalumab on day 1, then durvalumab every 4 weeks; weight bands at 30 kg', async () => {
    const adult = (await regimen('durvalumab-tremelimumab-stride', 70, 3)).preview;
    expect(adult.visits.map((v) => [v.date, v.items.map((i) => `${i.drugId} ${i.doseText}`)])).toEqual([
      ['2026-12-01', ['tremelimumab 300 mg', 'durvalumab 1,500 mg']],
      ['2026-12-29', ['durvalumab 1,500 mg']],
      ['2027-01-26', ['durvalumab 1,500 mg']],
    ]);
    const light = (await regimen('durvalumab-tremelimumab-stride', 25, 1)).preview;
    expect(light.visits[0]?.items.map((i) => i.doseText)).toEqual(['100 mg', '500 mg']);
  });

  it('says why there is no preview when a weight-based dose has no weight', async () => {
    const { preview } = await regimen('toripalimab-npc-after-platinum');
    expect(preview.visits).toEqual([]);
    expect(preview.problem).toMatch(/weight is needed/i);
  });

  it('lists the drugs with their look-alike warning, and refuses an unknown id', async () => {
    const detail = await regimen('pembrolizumab-berahyaluronidase-sc-q3w');
    expect(detail.drugs[0]).toMatchObject({
      route: 'SC',
      lookAlikeWarning: expect.stringMatching(/SC product/) as unknown,
    });
    expect(await t.call('library:get-regimen', { id: 'no-such-regimen' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('library:get-drug', () => {
  it('returns the whole record with its sources, UNVERIFIED facts and regimens', async () => {
    const { drug, regimens, overrides } = await t.ok('library:get-drug', { id: 'pembrolizumab' });
    expect(drug.sources.length).toBeGreaterThan(0);
    expect(drug.unverified.join(' ')).toMatch(/monitoringLabs: .* Confirm: Keytruda PI/);
    expect(regimens.map((r) => r.id)).toEqual([
      'pembrolizumab-200-q3w',
      'pembrolizumab-200-q3w-adjuvant',
      'pembrolizumab-400-q6w',
      'pembrolizumab-400-q6w-adjuvant',
      'pembrolizumab-pediatric-2mgkg-q3w',
    ]);
    expect(overrides).toEqual([]);
    expect(await t.call('library:get-drug', { id: 'aspirin' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('library:get-car-t', () => {
  it('Yescarta: lymphodepletion on days −5, −4, −3 and the current monitoring ends, with the REMS-era history', async () => {
    const { product, calendar } = await t.ok('library:get-car-t', {
      id: 'axicabtagene-ciloleucel',
      day0: '2026-12-10',
    });
    expect(calendar?.lymphodepletion.map((d) => [d.dayOffset, d.date])).toEqual([
      [-5, '2026-12-05'],
      [-4, '2026-12-06'],
      [-3, '2026-12-07'],
    ]);
    expect(calendar).toMatchObject({
      dailyMonitoringEnd: '2026-12-17',
      stayNearEnd: '2026-12-24',
      noDrivingEnd: '2026-12-24',
    });
    expect(product.monitoring.history[0]).toMatchObject({ until: '2025-06-26', stayNearDays: 28, noDrivingDays: 56 });
  });

  it('Aucatzyl: lymphodepletion to book by hand (UNVERIFIED), the split dose on label Day 10 ± 2, postponable to Day 21', async () => {
    const { calendar } = await t.ok('library:get-car-t', { id: 'obecabtagene-autoleucel', day0: '2026-12-10' });
    expect(calendar?.lymphodepletion).toEqual([]);
    expect(calendar?.ldText).toMatch(/days relative to Day 1 are not in the library/);
    expect(calendar?.additionalInfusions[0]).toMatchObject({
      date: '2026-12-19',
      earliest: '2026-12-17',
      latest: '2026-12-21',
      postponeUntil: '2026-12-30',
    });
    // Monitoring counts from the second, larger dose: 19 Dec + 7, + 14, + 14.
    expect(calendar).toMatchObject({
      dailyMonitoringEnd: '2026-12-26',
      stayNearEnd: '2027-01-02',
      noDrivingEnd: '2027-01-02',
    });
    expect(calendar?.unverified.join(' ')).toMatch(/lymphodepletion: the regimen is believed/);
  });

  it('explains a calendar that cannot be built instead of failing', async () => {
    const detail = await t.ok('library:get-car-t', {
      id: 'ciltacabtagene-autoleucel',
      day0: '2026-12-10',
      daysAfterLdCompletion: 9,
    });
    expect(detail.calendar).toBeNull();
    expect(detail.calendarProblem).toMatch(/outside the label window/);
  });
});

describe('library:get-ctcae-term', () => {
  it('Colitis: definition, grade 1–5 texts, all grades allowed, verified', async () => {
    const colitis = await t.ok('library:get-ctcae-term', { meddraCode: '10009887' });
    expect(colitis).toMatchObject({ status: 'verified', allowedGrades: [1, 2, 3, 4, 5], ctcaeVersion: '5.0' });
    expect(colitis.gradeText?.grades[3]).toBe('Severe abdominal pain; peritoneal signs');
    expect(colitis.term.definition.length).toBeGreaterThan(0);
  });

  it('Fatigue allows grades 1–3 only; a term without grade text allows every grade and says so', async () => {
    expect(await t.ok('library:get-ctcae-term', { meddraCode: '10016256' })).toMatchObject({
      status: 'partly-verified',
      allowedGrades: [1, 2, 3],
    });
    const noText = await t.ok('library:get-ctcae-term', { meddraCode: '10001718' });
    expect(noText).toMatchObject({ status: 'no-grade-text', gradeText: null, allowedGrades: [1, 2, 3, 4, 5] });
    expect(await t.call('library:get-ctcae-term', { meddraCode: '99999999' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
