import { describe, expect, it } from 'vitest';
import type { PlannedDose } from '../../../shared/clinical';
import {
  addDays,
  addMonths,
  DoseCalculationError,
  expandRegimen,
  RegimenExpansionError,
} from '../../../shared/clinical';
import { drugsById, library, regimen } from './library';

const START = '2026-01-05';
const expand = (id: string, options: { weightKg?: number; maxDoses?: number } = {}): PlannedDose[] =>
  expandRegimen(regimen(id), drugsById, { startDate: START, ...options });
const summary = (doses: PlannedDose[]) =>
  doses.map((d) => [d.date, d.items.map((i) => `${i.drugId} ${i.doseMg} mg ${i.infusionMinutes} min`).join(' + ')]);

describe('expandRegimen: schedules from REFERENCE §1.1', () => {
  it.each([
    // REF §1.1 pembrolizumab: "200 mg Q3W or 400 mg Q6W"
    ['pembrolizumab-200-q3w', 21, 200],
    ['pembrolizumab-400-q6w', 42, 400],
    // REF §1.1 nivolumab: "240 mg Q2W or 480 mg Q4W"
    ['nivolumab-240-q2w', 14, 240],
    ['nivolumab-480-q4w', 28, 480],
    // REF §1.1 cemiplimab "350 mg Q3W"; retifanlimab "500 mg Q4W"; avelumab "800 mg Q2W"
    ['cemiplimab-350-q3w', 21, 350],
    ['retifanlimab-500-q4w', 28, 500],
    ['avelumab-800-q2w', 14, 800],
    // REF §1.1 tislelizumab: "150 mg Q2W or 200 mg Q3W or 300 mg Q4W"
    ['tislelizumab-150-q2w', 14, 150],
    ['tislelizumab-200-q3w', 21, 200],
    ['tislelizumab-300-q4w', 28, 300],
    // REF §1.1 atezolizumab: "840 mg Q2W or 1,200 mg Q3W or 1,680 mg Q4W"
    ['atezolizumab-840-q2w', 14, 840],
    ['atezolizumab-1200-q3w', 21, 1200],
    ['atezolizumab-1680-q4w', 28, 1680],
    // REF §1.1 Opdualag: "480 mg nivolumab / 160 mg relatlimab Q4W"
    ['nivolumab-relatlimab-q4w', 28, 480],
  ])('%s: every %i days, %i mg', (id, interval, mg) => {
    const doses = expand(id, { weightKg: 70, maxDoses: 4 });
    expect(doses.map((d) => d.date)).toEqual([0, 1, 2, 3].map((n) => addDays(START, n * interval)));
    expect(doses.every((d) => d.items.length === 1 && d.items[0]?.doseMg === mg)).toBe(true);
    expect(doses.map((d) => d.doseNumber)).toEqual([1, 2, 3, 4]);
  });

  it('dostarlimab: 500 mg Q3W ×4, then 1,000 mg Q6W', () => {
    // REF §1.1: "Mono: 500 mg Q3W ×4 doses, then 1,000 mg Q6W"
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
    // The 21-day gap into the Q6W phase is a convention REFERENCE does not state: it travels with the dose.
    expect(doses[4]?.unverified.some((u) => u.startsWith('dostarlimab-monotherapy/phases.1:'))).toBe(true);
  });

  it('dostarlimab with chemotherapy: 500 mg Q3W ×6, then 1,000 mg Q6W up to 3 years', () => {
    // REF §1.1: "With carboplatin+paclitaxel: 500 mg Q3W ×6, then 1,000 mg Q6W (up to 3 years)"
    const doses = expand('dostarlimab-carboplatin-paclitaxel');
    expect(doses.slice(0, 6).every((d) => d.items[0]?.doseMg === 500)).toBe(true);
    expect(doses[6]).toMatchObject({ date: addDays(START, 6 * 21), items: [{ doseMg: 1000 }] });
    const limit = addMonths(START, 36);
    const last = doses.at(-1)?.date ?? '';
    expect(last < limit && addDays(last, 42) >= limit).toBe(true);
    expect(doses).toHaveLength(30);
  });

  it('nivolumab 1 mg/kg + ipilimumab 3 mg/kg Q3W ×4: nivolumab first, then nivolumab alone', () => {
    // REF §1.1: "nivolumab 1 mg/kg + ipilimumab 3 mg/kg Q3W ×4 (melanoma)"; "In combos: 30 min";
    // REF §1: "When nivolumab is given with ipilimumab: nivolumab first, then ipilimumab"
    const doses = expand('nivolumab-ipilimumab-melanoma', { weightKg: 72.4, maxDoses: 6 });
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
    expect(doses.slice(0, 4).every((d) => d.items.length === 2)).toBe(true);
    // The maintenance dose is not in REFERENCE: it is planned but carries its UNVERIFIED notes.
    expect(doses[4]).toMatchObject({
      date: '2026-03-30',
      phaseId: 'nivolumab-alone',
      items: [{ drugId: 'nivolumab', doseMg: 240 }],
    });
    expect(doses[4]?.unverified.filter((u) => u.startsWith('nivolumab-ipilimumab-melanoma/phases.1'))).toHaveLength(3);
  });

  it('STRIDE: one tremelimumab 300 mg dose with durvalumab 1,500 mg on C1D1, then durvalumab Q4W', () => {
    // REF §1.1: "≥30 kg 300 mg single dose + durvalumab 1,500 mg at Cycle 1 Day 1, then durvalumab Q4W"
    const doses = expand('durvalumab-tremelimumab-stride', { weightKg: 80, maxDoses: 3 });
    expect(summary(doses)).toEqual([
      ['2026-01-05', 'tremelimumab 300 mg 60 min + durvalumab 1500 mg 60 min'],
      ['2026-02-02', 'durvalumab 1500 mg 60 min'],
      ['2026-03-02', 'durvalumab 1500 mg 60 min'],
    ]);
  });

  it('STRIDE under 30 kg: tremelimumab 4 mg/kg + durvalumab 20 mg/kg', () => {
    // REF §1.1: "<30 kg 4 mg/kg + durvalumab 20 mg/kg"
    const [first] = expand('durvalumab-tremelimumab-stride', { weightKg: 28, maxDoses: 1 });
    expect(first?.items.map((i) => [i.drugId, i.doseMg])).toEqual([
      ['tremelimumab', 112],
      ['durvalumab', 560],
    ]);
    expect(first?.items[0]?.basis).toBe('weight 28 kg is in the <30 kg band: 4 mg/kg × 28 kg = 112 mg');
  });

  it('tremelimumab NSCLC: ×4 with durvalumab Q3W, then durvalumab Q4W with a 5th tremelimumab dose at week 16', () => {
    // REF §1.1: "75 mg Q3W with durvalumab 1,500 mg + platinum chemo ×4 cycles, then durvalumab Q4W …, plus a 5th
    // tremelimumab 75 mg dose at week 16"
    const doses = expand('durvalumab-tremelimumab-nsclc', { weightKg: 70, maxDoses: 8 });
    const tremelimumabDays = doses.filter((d) => d.items.some((i) => i.drugId === 'tremelimumab')).map((d) => d.date);
    expect(tremelimumabDays).toEqual([0, 21, 42, 63, 112].map((n) => addDays(START, n)));
    expect(doses.every((d) => d.items.some((i) => i.drugId === 'durvalumab' && i.doseMg === 1500))).toBe(true);
  });

  it('ipilimumab monotherapy stops at 4 doses whatever maxDoses says', () => {
    // REF §1.1: "Melanoma mono: 3 mg/kg Q3W, max 4 doses (all within 16 weeks)"
    const doses = expand('ipilimumab-melanoma-monotherapy', { weightKg: 72.4, maxDoses: 10 });
    expect(doses).toHaveLength(4);
    expect(doses.at(-1)?.date).toBe(addDays(START, 63));
    // REF §1.1: "Older mono labels: 90 min. Current mono duration UNVERIFIED"
    expect(doses[0]?.items[0]?.infusionMinutes).toBe(90);
    expect(doses[0]?.unverified.some((u) => u.startsWith('ipilimumab/infusionMinutes:'))).toBe(true);
  });

  it('durvalumab stage III NSCLC stops before 12 months', () => {
    // REF §1.1: "1,500 mg Q4W (stage III NSCLC, ≤12 months)": 2026-01-05 + 12 months = 2027-01-05
    const doses = expand('durvalumab-nsclc-stage-3-q4w', { weightKg: 70 });
    expect(doses).toHaveLength(14);
    expect(doses.at(-1)?.date).toBe('2027-01-04');
  });

  it('toripalimab first-line stops before 24 months', () => {
    // REF §1.1: "240 mg Q3W with cisplatin+gemcitabine (≤24 months)"
    const doses = expand('toripalimab-npc-first-line');
    expect(doses.at(-1)?.date).toBe(addDays(START, 34 * 21));
    expect(addDays(START, 35 * 21) >= addMonths(START, 24)).toBe(true);
  });
});

describe('expandRegimen: infusion times and premedication', () => {
  it.each([
    // REF §1.1 toripalimab: "1st infusion ≥60 min; later 30 min if no IRR"
    ['toripalimab-npc-first-line', 60, 30, 'if no infusion-related reactions'],
    // REF §1.1 tislelizumab / atezolizumab: "1st infusion 60 min; later 30 min if tolerated"
    ['tislelizumab-200-q3w', 60, 30, 'if tolerated'],
    ['atezolizumab-1200-q3w', 60, 30, 'if tolerated'],
    // REF §1.1 durvalumab, avelumab: "60 min"
    ['durvalumab-nsclc-stage-3-q4w', 60, 60, undefined],
    ['avelumab-800-q2w', 60, 60, undefined],
    // REF §9: "SC products (Tecentriq Hybreza ~7 min, Opdivo Qvantig 3–5 min, Keytruda Qlex 1–2 min)"
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
    // REF §1.1: "antihistamine + acetaminophen 30–60 min before each of the first 4 infusions"
    const doses = expand('avelumab-800-q2w', { maxDoses: 5 });
    expect(doses.map((d) => d.premedication.length)).toEqual([1, 1, 1, 1, 0]);
    expect(doses[0]?.premedication[0]).toBe(
      'Bavencio (avelumab): Antihistamine and acetaminophen 30–60 minutes before the infusion',
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
    // REF §1.2: "mg amounts (reported elsewhere as 395 mg Q3W / 790 mg Q6W) UNVERIFIED"
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
    expect(() => expand('durvalumab-es-sclc', { weightKg: 25, maxDoses: 2 })).toThrow(/prescriber must order/);
  });

  it('needs maxDoses for an open-ended plan', () => {
    expect(() => expand('pembrolizumab-200-q3w')).toThrow(RegimenExpansionError);
    expect(() => expand('pembrolizumab-200-q3w', { maxDoses: 0 })).toThrow(/maxDoses/);
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
