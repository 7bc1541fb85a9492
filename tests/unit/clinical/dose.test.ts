import { describe, expect, it } from 'vitest';
import type { DoseRule, PerKgDose } from '../../../shared/clinical';
import { computeDose, DoseCalculationError, doseRuleSchema, isWeightDependent } from '../../../shared/clinical';

const CENTER_ROUNDING = { incrementMg: 0.1, source: 'center-configurable' } as const;
const perKg = (mgPerKg: number, capMg?: number): PerKgDose => ({
  kind: 'perKg',
  mgPerKg,
  rounding: CENTER_ROUNDING,
  ...(capMg === undefined ? {} : { capMg }),
});
// Imjudo, STRIDE "≥30 kg 300 mg single dose + durvalumab 1,500 mg … <30 kg 4 mg/kg + durvalumab 20 mg/kg"
const STRIDE_TREMELIMUMAB: DoseRule = {
  kind: 'weightBand',
  bands: [
    { label: '<30 kg', belowKg: 30, dose: perKg(4) },
    { label: '≥30 kg', minKg: 30, dose: { kind: 'flat', mg: 300 } },
  ],
};

describe('computeDose', () => {
  it.each<[DoseRule, number | undefined, number, string]>([
    // Keytruda: "Pembrolizumab … 200 mg Q3W"
    [{ kind: 'flat', mg: 200 }, undefined, 200, '200 mg (flat dose, not weight-based)'],
    // Yervoy and Opdivo: "nivolumab 1 mg/kg + ipilimumab 3 mg/kg Q3W ×4 (melanoma)"
    [perKg(3), 72.4, 217.2, '3 mg/kg × 72.4 kg = 217.2 mg'],
    [perKg(1), 72.4, 72.4, '1 mg/kg × 72.4 kg = 72.4 mg'],
    // No label rounding rule in the sources: 0.1 mg, center-configurable, and the step is shown.
    [
      perKg(3),
      72.35,
      217.1,
      '3 mg/kg × 72.35 kg = 217.05 mg, rounded to 217.1 mg (nearest 0.1 mg, center-configurable default, not a label rule)',
    ],
    [
      perKg(3),
      72.33,
      217,
      '3 mg/kg × 72.33 kg = 216.99 mg, rounded to 217 mg (nearest 0.1 mg, center-configurable default, not a label rule)',
    ],
    // A cap is applied and stated (synthetic rule: the labels give no mg cap for these drugs).
    [perKg(10, 1000), 120, 1000, '10 mg/kg × 120 kg = 1,200 mg, capped at 1,000 mg'],
    [perKg(10, 1000), 99, 990, '10 mg/kg × 99 kg = 990 mg'],
    // Imjudo PI: STRIDE bands, on both sides of 30 kg.
    [STRIDE_TREMELIMUMAB, 29.9, 119.6, 'weight 29.9 kg is in the <30 kg band: 4 mg/kg × 29.9 kg = 119.6 mg'],
    [STRIDE_TREMELIMUMAB, 30, 300, 'weight 30 kg is in the ≥30 kg band: 300 mg (flat dose, not weight-based)'],
    [STRIDE_TREMELIMUMAB, 85, 300, 'weight 85 kg is in the ≥30 kg band: 300 mg (flat dose, not weight-based)'],
  ])('rule %j at %s kg → %s mg', (rule, weightKg, mg, basis) => {
    const { steps, ...worded } = computeDose(rule, weightKg);
    expect(worded).toEqual({ mg, basis });
    // The same working, coded for the screens (worded in both languages in tests/unit/i18n/plan-words.test.ts).
    expect(steps.length).toBeGreaterThan(0);
  });

  it('uses the label text for co-formulations', () => {
    // Opdualag label: "480 mg nivolumab / 160 mg relatlimab Q4W"
    const rule: DoseRule = { kind: 'flat', mg: 480, doseText: '480 mg nivolumab and 160 mg relatlimab' };
    expect(computeDose(rule).basis).toBe('480 mg nivolumab and 160 mg relatlimab (flat dose, not weight-based)');
  });

  it.each<[DoseRule, number | undefined, string]>([
    [perKg(3), undefined, 'missing-weight'],
    [STRIDE_TREMELIMUMAB, undefined, 'missing-weight'],
    [perKg(3), 0, 'invalid-weight'],
    [perKg(3), -70, 'invalid-weight'],
    [perKg(3), Number.NaN, 'invalid-weight'],
  ])('refuses %j with weight %s (%s)', (rule, weightKg, code) => {
    expect(() => computeDose(rule, weightKg)).toThrow(DoseCalculationError);
    try {
      computeDose(rule, weightKg);
    } catch (error) {
      expect((error as DoseCalculationError).code).toBe(code);
    }
  });

  it('says which weight band needs the weight', () => {
    expect(() => computeDose(STRIDE_TREMELIMUMAB)).toThrow(
      'A current weight is needed to work out the weight band (<30 kg or ≥30 kg).',
    );
  });

  it('refuses a band with no library dose and tells the nurse the prescriber must order it', () => {
    // Opdualag label: dose given for "≥12 y and ≥40 kg" only.
    const rule: DoseRule = {
      kind: 'weightBand',
      bands: [
        { label: '<40 kg', belowKg: 40, dose: null, note: 'The dose is given for patients ≥12 years and ≥40 kg only.' },
        { label: '≥40 kg', minKg: 40, dose: { kind: 'flat', mg: 480 } },
      ],
    };
    expect(() => computeDose(rule, 39.9)).toThrow(
      /No library dose for this weight: weight 39.9 kg is in the <40 kg band\. .*prescriber must order/,
    );
    expect(computeDose(rule, 40).mg).toBe(480);
  });

  it('knows which rules need a weight', () => {
    expect(isWeightDependent({ kind: 'flat', mg: 200 })).toBe(false);
    expect(isWeightDependent(perKg(3))).toBe(true);
    expect(isWeightDependent(STRIDE_TREMELIMUMAB)).toBe(true);
  });
});

describe('doseRuleSchema', () => {
  it.each([
    [
      'a gap between bands',
      [
        { label: 'a', belowKg: 30, dose: null },
        { label: 'b', minKg: 31, dose: null },
      ],
      'bands.1.minKg',
    ],
    [
      'an open first band with a minimum',
      [
        { label: 'a', minKg: 1, belowKg: 30, dose: null },
        { label: 'b', minKg: 30, dose: null },
      ],
      'bands.0.minKg',
    ],
    [
      'a closed last band',
      [
        { label: 'a', belowKg: 30, dose: null },
        { label: 'b', minKg: 30, belowKg: 60, dose: null },
      ],
      'bands.1.belowKg',
    ],
  ])('rejects weight bands with %s', (_name, bands, path) => {
    const result = doseRuleSchema.safeParse({ kind: 'weightBand', bands });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
