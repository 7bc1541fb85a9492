import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { computeDose, expandRegimenWithEnd, type DoseRule, type PlanEnd } from '../../../shared/clinical';
import type { PlanItem } from '../../../shared/ipc/contract/plans';
import { drugsById, regimen } from '../clinical/library';
import { appI18n, rendererModule } from '../../support/app-i18n';

// The plan screen's own words (why a plan stops, how each dose was worked out): main sends codes and numbers beside
// its English, the screen words them in the reader's language with numbers and days written the reader's way.

const { planEndText, basisText } = await rendererModule<{
  planEndText: (end: PlanEnd, doseCount: number) => string;
  basisText: (item: Pick<PlanItem, 'basis' | 'basisSteps'>) => string;
}>('features/schedule/plans/plan-words.ts');

const START = '2026-01-05';
const endOf = (id: string, options: { weightKg?: number; maxDoses?: number } = {}) =>
  expandRegimenWithEnd(regimen(id), drugsById, { startDate: START, ...options });
const itemOf = (rule: DoseRule, weightKg?: number) => {
  const { basis, steps } = computeDose(rule, weightKg);
  return { basis, basisSteps: steps };
};
const CENTER_ROUNDING = { incrementMg: 0.1, source: 'center-configurable' } as const;
// Imjudo, STRIDE "≥30 kg 300 mg single dose + durvalumab 1,500 mg … <30 kg 4 mg/kg + durvalumab 20 mg/kg"
const STRIDE: DoseRule = {
  kind: 'weightBand',
  bands: [
    { label: '<30 kg', belowKg: 30, dose: { kind: 'perKg', mgPerKg: 4, rounding: CENTER_ROUNDING } },
    { label: '≥30 kg', minKg: 30, dose: { kind: 'flat', mg: 300 } },
  ],
};
const ENGLISH_SENTENCE = /\b(the|was|asked|its|flat|weight|rounded|capped|nearest|stops|maximum)\b/i;

beforeAll(async () => {
  await appI18n();
});
afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('why a plan stops, in the reader’s language', () => {
  it('says the number of doses asked for in English and in French, with the plural of each', async () => {
    // Keytruda "up to 24 months": 6 doses asked for stop the plan before its limit.
    const { doses, end } = endOf('pembrolizumab-200-q3w', { maxDoses: 6 });
    expect(planEndText(end, doses.length)).toBe('The plan stops here: it was asked for 6 doses.');
    await i18next.changeLanguage('fr');
    expect(planEndText(end, doses.length)).toBe('Le plan s’arrête ici : 6 doses ont été demandées.');
    const one = endOf('pembrolizumab-200-q3w', { maxDoses: 1 });
    expect(planEndText(one.end, 1)).toBe('Le plan s’arrête ici : 1 dose a été demandée.');
  });

  it('says the regimen’s dose count, and the maximum duration with its day written the reader’s way', async () => {
    // Yervoy PI Table 1: "maximum of 4 doses"; Keytruda "up to 24 months".
    const count = endOf('ipilimumab-melanoma-monotherapy', { weightKg: 72.4, maxDoses: 10 });
    const duration = endOf('pembrolizumab-200-q3w', { maxDoses: 100 });
    expect(planEndText(count.end, 4)).toBe('The plan stops after its last dose: the regimen has 4 doses.');
    expect(planEndText(duration.end, 35)).toBe(
      'The plan stops before 5 Jan 2028: maximum duration 24 months from the first dose.',
    );
    await i18next.changeLanguage('fr');
    expect(planEndText(count.end, 4)).toBe('Le plan s’arrête après sa dernière dose : le protocole compte 4 doses.');
    expect(planEndText(duration.end, 35)).toBe(
      'Le plan s’arrête avant le 5 janv. 2028 : durée maximale de 24 mois depuis la première dose.',
    );
  });

  it('words a plan stored before the codes from its dose count, never from its English text', async () => {
    await i18next.changeLanguage('fr');
    const stored: PlanEnd = { reason: 'plan-limit', phaseLabel: 'x', text: 'The plan was asked for 3 doses.' };
    expect(planEndText(stored, 3)).toBe('Le plan s’arrête ici : 3 doses ont été demandées.');
    const undated: PlanEnd = { reason: 'max-duration', phaseLabel: 'x', text: 'Maximum…', limitDate: '2028-01-05' };
    expect(planEndText(undated, 3)).not.toMatch(ENGLISH_SENTENCE);
  });
});

describe('how a dose was worked out, in the reader’s language', () => {
  it('says a flat dose is not weight-based in English and in French', async () => {
    // Keytruda: "Pembrolizumab … 200 mg Q3W"
    const flat = itemOf({ kind: 'flat', mg: 200 });
    expect(basisText(flat)).toBe(flat.basis);
    await i18next.changeLanguage('fr');
    expect(basisText(flat)).toBe('200 mg (dose fixe, indépendante du poids)');
  });

  it('writes a per-kg working in French with the French decimal mark in every number, and the rounding in words', async () => {
    const perKg = itemOf({ kind: 'perKg', mgPerKg: 3, rounding: CENTER_ROUNDING }, 72.45);
    expect(basisText(perKg)).toBe(perKg.basis);
    await i18next.changeLanguage('fr');
    expect(basisText(perKg)).toBe(
      '3 mg/kg × 72,45 kg = 217,35 mg, arrondie à 217,4 mg (au 0,1 mg le plus proche, réglage par défaut du centre, pas une règle de la monographie)',
    );
  });

  it('introduces a weight band’s own dose after a colon, as the English does', async () => {
    const band = itemOf(STRIDE, 85);
    expect(basisText(band)).toBe('weight 85 kg is in the ≥30 kg band: 300 mg (flat dose, not weight-based)');
    await i18next.changeLanguage('fr');
    expect(basisText(band)).toBe('poids de 85 kg dans la tranche ≥30 kg : 300 mg (dose fixe, indépendante du poids)');
  });

  it('shows the stored English of a plan made before the steps, as it was stored', async () => {
    await i18next.changeLanguage('fr');
    expect(basisText({ basis: 'Label dose for LBCL' })).toBe('Label dose for LBCL');
  });
});
