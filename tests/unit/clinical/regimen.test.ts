import { describe, expect, it } from 'vitest';
import type { PlannedDose } from '../../../shared/clinical';
import {
  addDays,
  addMonths,
  DoseCalculationError,
  expandRegimen,
  expandRegimenWithEnd,
  RegimenExpansionError,
} from '../../../shared/clinical';
import { drugsById, library, regimen } from './library';

const START = '2026-01-05';
const expand = (id: string, options: { weightKg?: number; maxDoses?: number } = {}): PlannedDose[] =>
  expandRegimen(regimen(id), drugsById, { startDate: START, ...options });
const expandWithEnd = (id: string, options: { weightKg?: number; maxDoses?: number } = {}) =>
  expandRegimenWithEnd(regimen(id), drugsById, { startDate: START, ...options });
const summary = (doses: PlannedDose[]) =>
  doses.map((d) => [d.date, d.items.map((i) => `${i.drugId} ${i.doseMg} mg ${i.infusionMinutes} min`).join(' + ')]);

describe('expandRegimen: schedules from the labels', () => {
  it.each([
    // Keytruda PI: "200 mg Q3W or 400 mg Q6W"
    ['pembrolizumab-200-q3w', 21, 200],
    ['pembrolizumab-400-q6w', 42, 400],
    // Opdivo PI Table 1: "240 mg every 2 weeks or 480 mg every 4 weeks"
    ['nivolumab-240-q2w', 14, 240],
    ['nivolumab-480-q4w', 28, 480],
    // Libtayo "350 mg Q3W"; Zynyz "500 mg Q4W"; Bavencio "800 mg Q2W"
    ['cemiplimab-350-q3w', 21, 350],
    ['retifanlimab-500-q4w', 28, 500],
    ['avelumab-800-q2w', 14, 800],
    // Tevimbra (May 2025): "150 mg Q2W or 200 mg Q3W or 300 mg Q4W"
    ['tislelizumab-150-q2w', 14, 150],
    ['tislelizumab-200-q3w', 21, 200],
    ['tislelizumab-300-q4w', 28, 300],
    // Tecentriq: "840 mg Q2W or 1,200 mg Q3W or 1,680 mg Q4W"
    ['atezolizumab-840-q2w', 14, 840],
    ['atezolizumab-1200-q3w', 21, 1200],
    ['atezolizumab-1680-q4w', 28, 1680],
    // Opdualag: "480 mg nivolumab / 160 mg relatlimab Q4W"
    ['nivolumab-relatlimab-q4w', 28, 480],
  ])('%s: every %i days, %i mg', (id, interval, mg) => {
    const doses = expand(id, { weightKg: 70, maxDoses: 4 });
    expect(doses.map((d) => d.date)).toEqual([0, 1, 2, 3].map((n) => addDays(START, n * interval)));
    expect(doses.every((d) => d.items.length === 1 && d.items[0]?.doseMg === mg)).toBe(true);
    expect(doses.map((d) => d.doseNumber)).toEqual([1, 2, 3, 4]);
  });

  it('dostarlimab: 500 mg Q3W ×4, then 1,000 mg Q6W', () => {
    // Jemperli PI: "500 mg Q3W ×4, then 1,000 mg 3 weeks after dose 4, then every 6 weeks"
    const doses = expand('dostarlimab-monotherapy', { maxDoses: 6 });
    expect(summary(doses)).toEqual([
      ['2026-01-05', 'dostarlimab 500 mg 30 min'],
      ['2026-01-26', 'dostarlimab 500 mg 30 min'],
      ['2026-02-16', 'dostarlimab 500 mg 30 min'],
      ['2026-03-09', 'dostarlimab 500 mg 30 min'],
      ['2026-03-30', 'dostarlimab 1000 mg 30 min'],
      ['2026-05-11', 'dostarlimab 1000 mg 30 min'],
    ]);
    expect(doses.map((d) => d.phaseId)).toEqual([
      'doses-1-4',
      'doses-1-4',
      'doses-1-4',
      'doses-1-4',
      'from-dose-5',
      'from-dose-5',
    ]);
    // Dose 5 three weeks after dose 4 is the label's own wording: nothing UNVERIFIED travels with it.
    expect(doses[4]?.unverified.some((u) => u.startsWith('dostarlimab-monotherapy/phases.1:'))).toBe(false);
  });

  it('dostarlimab with chemotherapy: 500 mg Q3W ×6, then 1,000 mg Q6W up to 3 years', () => {
    // Jemperli PI: "With carboplatin+paclitaxel: 500 mg Q3W ×6, then 1,000 mg Q6W (up to 3 years)"
    const doses = expand('dostarlimab-carboplatin-paclitaxel');
    expect(doses.slice(0, 6).every((d) => d.items[0]?.doseMg === 500)).toBe(true);
    expect(doses[6]).toMatchObject({ date: addDays(START, 6 * 21), items: [{ doseMg: 1000 }] });
    const limit = addMonths(START, 36);
    const last = doses.at(-1)?.date ?? '';
    expect(last < limit && addDays(last, 42) >= limit).toBe(true);
    expect(doses).toHaveLength(30);
  });

  it('nivolumab 1 mg/kg + ipilimumab 3 mg/kg Q3W ×4: nivolumab first, both 30 min, and the plan stops after dose 4', () => {
    // Yervoy PI Table 2: "3 mg/kg every 3 weeks with nivolumab 1 mg/kg … 30-minute intravenous infusion on the same
    // day"; Opdivo: nivolumab first, then ipilimumab
    const { doses, end } = expandWithEnd('nivolumab-ipilimumab-melanoma', { weightKg: 72.4, maxDoses: 6 });
    expect(doses[0]?.items).toEqual([
      expect.objectContaining({
        drugId: 'nivolumab',
        doseMg: 72.4,
        basis: '1 mg/kg × 72.4 kg = 72.4 mg',
        order: 1,
        infusionMinutes: 30,
      }),
      expect.objectContaining({
        drugId: 'ipilimumab',
        doseMg: 217.2,
        basis: '3 mg/kg × 72.4 kg = 217.2 mg',
        order: 2,
        infusionMinutes: 30,
      }),
    ]);
    expect(doses[0]?.infusionMinutesTotal).toBe(60);
    expect(doses).toHaveLength(4);
    // The label gives no start date for nivolumab alone: the plan stops and says so rather than guess one.
    expect(end).toMatchObject({
      reason: 'next-phase-unscheduled',
      phaseLabel: expect.stringMatching(/^Nivolumab alone/) as unknown,
    });
  });

  it('nivolumab 360 mg Q3W with ipilimumab every 6 weeks: ipilimumab on every second visit, up to 2 years', () => {
    // Opdivo PI Table 2: "360 mg every 3 weeks with ipilimumab 1 mg/kg every 6 weeks … up to 2 years"
    const { doses, end } = expandWithEnd('nivolumab-360-q3w-ipilimumab-q6w', { weightKg: 70 });
    expect(doses.slice(0, 5).map((d) => d.items.map((i) => i.drugId).join('+'))).toEqual([
      'nivolumab+ipilimumab',
      'nivolumab',
      'nivolumab+ipilimumab',
      'nivolumab',
      'nivolumab+ipilimumab',
    ]);
    expect(end).toEqual(expect.objectContaining({ reason: 'max-duration', limitDate: addMonths(START, 24) }));
    expect(doses.at(-1)!.date < addMonths(START, 24)).toBe(true);
  });

  it('ipilimumab adjuvant: 10 mg/kg over 90 minutes, stopping after dose 4 because the every-12-week start is not given', () => {
    // Yervoy PI Table 1: adjuvant 10 mg/kg every 3 weeks ×4, then every 12 weeks up to 3 years, 90-minute infusion
    const { doses, end } = expandWithEnd('ipilimumab-adjuvant-melanoma', { weightKg: 80 });
    expect(summary(doses)).toEqual([0, 21, 42, 63].map((d) => [addDays(START, d), 'ipilimumab 800 mg 90 min']));
    expect(end.reason).toBe('next-phase-unscheduled');
  });

  it('STRIDE: one tremelimumab 300 mg dose with durvalumab 1,500 mg on C1D1, then durvalumab Q4W', () => {
    // Imjudo PI: "≥30 kg 300 mg single dose + durvalumab 1,500 mg at Cycle 1 Day 1, then durvalumab Q4W";
    // tremelimumab first, then durvalumab
    const doses = expand('durvalumab-tremelimumab-stride', { weightKg: 80, maxDoses: 3 });
    expect(summary(doses)).toEqual([
      ['2026-01-05', 'tremelimumab 300 mg 60 min + durvalumab 1500 mg 60 min'],
      ['2026-02-02', 'durvalumab 1500 mg 60 min'],
      ['2026-03-02', 'durvalumab 1500 mg 60 min'],
    ]);
  });

  it('STRIDE under 30 kg: tremelimumab 4 mg/kg + durvalumab 20 mg/kg', () => {
    // Imjudo PI: "<30 kg 4 mg/kg + durvalumab 20 mg/kg"
    const [first] = expand('durvalumab-tremelimumab-stride', { weightKg: 28, maxDoses: 1 });
    expect(first?.items.map((i) => [i.drugId, i.doseMg])).toEqual([
      ['tremelimumab', 112],
      ['durvalumab', 560],
    ]);
    expect(first?.items[0]?.basis).toBe('weight 28 kg is in the <30 kg band: 4 mg/kg × 28 kg = 112 mg');
  });

  it('tremelimumab NSCLC: ×4 with durvalumab Q3W, then durvalumab Q4W with a 5th tremelimumab dose at week 16', () => {
    // Imjudo PI: "75 mg Q3W with durvalumab 1,500 mg + platinum chemo ×4 cycles, then durvalumab Q4W …, plus a
    // 5th tremelimumab 75 mg dose at week 16"
    const doses = expand('durvalumab-tremelimumab-nsclc', { weightKg: 70, maxDoses: 8 });
    const tremelimumabDays = doses.filter((d) => d.items.some((i) => i.drugId === 'tremelimumab')).map((d) => d.date);
    expect(tremelimumabDays).toEqual([0, 21, 42, 63, 112].map((n) => addDays(START, n)));
    expect(doses.every((d) => d.items.some((i) => i.drugId === 'durvalumab' && i.doseMg === 1500))).toBe(true);
  });

  it('ipilimumab monotherapy stops at 4 doses whatever maxDoses says, and says why', () => {
    // Yervoy PI Table 1: "3 mg/kg every 3 weeks, 30-minute intravenous infusion, maximum of 4 doses"
    const { doses, end } = expandWithEnd('ipilimumab-melanoma-monotherapy', { weightKg: 72.4, maxDoses: 10 });
    expect(doses).toHaveLength(4);
    expect(doses.at(-1)?.date).toBe(addDays(START, 63));
    expect(end).toMatchObject({ reason: 'dose-count', text: 'The regimen has 4 doses.' });
    expect(doses[0]?.items[0]?.infusionMinutes).toBe(30);
  });

  it('pembrolizumab stops before 24 months however many doses are asked for, and says why', () => {
    // Keytruda: "up to 24 months" for most indications
    const { doses, end } = expandWithEnd('pembrolizumab-200-q3w', { maxDoses: 100 });
    expect(end).toMatchObject({
      reason: 'max-duration',
      limitDate: addMonths(START, 24),
      text: 'Maximum duration: up to 24 months (most indications) from the first dose.',
    });
    expect(doses).toHaveLength(35);
    const fewer = expandWithEnd('pembrolizumab-200-q3w', { maxDoses: 6 });
    expect(fewer.end).toMatchObject({ reason: 'plan-limit', text: 'The plan was asked for 6 doses.' });
  });

  it('durvalumab stage III NSCLC stops before 12 months', () => {
    // Imfinzi PI Table 1: "1,500 mg every 4 weeks … a maximum of 12 months": 2026-01-05 + 12 months = 2027-01-05
    const doses = expand('durvalumab-nsclc-stage-3-q4w', { weightKg: 70 });
    expect(doses).toHaveLength(14);
    expect(doses.at(-1)?.date).toBe('2027-01-04');
  });

  it('toripalimab first-line stops before 24 months', () => {
    // Loqtorzi: "240 mg Q3W with cisplatin+gemcitabine (up to 24 months)"
    const doses = expand('toripalimab-npc-first-line');
    expect(doses.at(-1)?.date).toBe(addDays(START, 34 * 21));
    expect(addDays(START, 35 * 21) >= addMonths(START, 24)).toBe(true);
  });
});

describe('expandRegimen: infusion times and premedication', () => {
  it.each([
    // Loqtorzi: "first infusion ≥60 min; later 30 min if no infusion-related reactions"
    ['toripalimab-npc-first-line', 60, 30, 'if no infusion-related reactions'],
    // Tevimbra / Tecentriq: "first infusion 60 min; later 30 min if tolerated"
    ['tislelizumab-200-q3w', 60, 30, 'if tolerated'],
    ['atezolizumab-1200-q3w', 60, 30, 'if tolerated'],
    // Imfinzi, Bavencio: "60 min"
    ['durvalumab-nsclc-stage-3-q4w', 60, 60, undefined],
    ['avelumab-800-q2w', 60, 60, undefined],
    // SC products: Tecentriq Hybreza ~7 min, Opdivo Qvantig 3–5 min, Keytruda Qlex 1–2 min
    ['atezolizumab-hyaluronidase-sc-q3w', 7, 7, undefined],
    ['nivolumab-hyaluronidase-sc-q4w', 5, 5, undefined],
    ['pembrolizumab-berahyaluronidase-sc-q3w', 1, 1, undefined],
    ['pembrolizumab-berahyaluronidase-sc-q6w', 2, 2, undefined],
  ])('%s: first %i min, then %i min %s', (id, first, later, condition) => {
    const [dose1, dose2] = expand(id, { weightKg: 70, maxDoses: 2 });
    expect(dose1?.items[0]?.infusionMinutes).toBe(first);
    expect(dose1?.items[0]?.infusionCondition).toBeUndefined();
    expect(dose2?.items[0]?.infusionMinutes).toBe(later);
    expect(dose2?.items[0]?.infusionCondition).toBe(condition);
  });

  it('avelumab premedication before the first 4 infusions only', () => {
    // Bavencio (US): "antihistamine and acetaminophen before each of the first 4 infusions" (no minutes)
    const doses = expand('avelumab-800-q2w', { maxDoses: 5 });
    expect(doses.map((d) => d.premedication.length)).toEqual([1, 1, 1, 1, 0]);
    expect(doses[0]?.premedication[0]).toBe(
      'Bavencio (avelumab): An antihistamine and acetaminophen before the infusion',
    );
  });

  it('SC products are planned with route SC and the label text for the dose', () => {
    const [dose] = expand('atezolizumab-hyaluronidase-sc-q3w', { maxDoses: 1 });
    expect(dose?.items[0]).toMatchObject({
      route: 'SC',
      doseMg: 1875,
      basis: '1,875 mg atezolizumab and 30,000 units hyaluronidase-tqjs (15 mL) (flat dose, not weight-based)',
    });
  });

  it('carries the UNVERIFIED Keytruda Qlex amount on every dose', () => {
    // 790 mg fits the NDC listing but was not read on the label: UNVERIFIED
    const doses = expand('pembrolizumab-berahyaluronidase-sc-q6w', { maxDoses: 2 });
    expect(doses.every((d) => d.unverified.some((u) => u.includes('790 mg')))).toBe(true);
  });
});

describe('expandRegimen: refusals', () => {
  it('needs a weight for a weight-based regimen and says which dose and drug', () => {
    expect(() => expand('ipilimumab-melanoma-monotherapy')).toThrow(
      new DoseCalculationError('missing-weight', 'Dose 1, ipilimumab: A current weight is needed to work out 3 mg/kg.'),
    );
  });

  it('refuses a weight band with no library dose', () => {
    expect(() => expand('durvalumab-btc', { weightKg: 25, maxDoses: 2 })).toThrow(/prescriber must order/);
  });

  it('needs maxDoses for an open-ended plan', () => {
    expect(() => expand('avelumab-800-q2w')).toThrow(RegimenExpansionError);
    expect(() => expand('avelumab-800-q2w', { maxDoses: 0 })).toThrow(/maxDoses/);
  });

  it('refuses an invalid start date and an unknown drug', () => {
    expect(() =>
      expandRegimen(regimen('pembrolizumab-200-q3w'), drugsById, { startDate: '2026-02-30', maxDoses: 1 }),
    ).toThrow(/calendar date/);
    expect(() => expandRegimen(regimen('pembrolizumab-200-q3w'), {}, { startDate: START, maxDoses: 1 })).toThrow(
      /unknown drug "pembrolizumab"/,
    );
  });

  it.each(library.regimens.map((r) => [r.id, r] as const))('expands %s for a 70 kg adult', (_id, r) => {
    const doses = expandRegimen(r, drugsById, { startDate: START, weightKg: 70, maxDoses: 12 });
    expect(doses.length).toBeGreaterThan(0);
    expect(doses.every((d) => d.items.length > 0 && d.infusionMinutesTotal > 0)).toBe(true);
  });
});
