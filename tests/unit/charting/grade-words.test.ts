import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { gradeCrs, gradeIcans, type Gradable } from '../../../shared/clinical';
import { appI18n, rendererModule } from '../../support/app-i18n';
import { frenchProblems } from '../../support/english-detector';

// Why a CAR T grade is what it is (chairside › CAR T, under each grade): worded by the screen from the grade's
// data, in the reader's language. In English it says exactly the grading functions' own sentence; in French it
// has no English left (the French walk found "fever 38.4 °C; hypotension not requiring vasopressors" there).

const { gradeReasonWords } = await rendererModule<{
  gradeReasonWords: (t: TFunction, result: Gradable, locale: string) => string | null;
}>('features/chairside/car-t/grade-words.ts');

const crs = (over: Record<string, unknown> = {}) =>
  gradeCrs({ temperatureC: 38.4, hypotension: 'fluids', hypoxia: 'none', feverTherapy: 'none', ...over } as never);
const icans = (over: Record<string, unknown> = {}) =>
  gradeIcans({
    ice: 8,
    capd: null,
    ageYears: 64,
    consciousness: 'awakens-spontaneously',
    seizure: 'none',
    motorWeakness: 'none',
    raisedIcp: 'none',
    ...over,
  } as never);

const CASES: [string, () => Gradable][] = [
  ['CRS grade 2 from hypotension', () => crs()],
  ['CRS grade 3 from hypoxia', () => crs({ hypoxia: 'high-flow' })],
  ['CRS grade 1', () => crs({ hypotension: 'none' })],
  ['no CRS without fever', () => crs({ temperatureC: 37.2 })],
  ['no CRS, premedication only', () => crs({ temperatureC: 37.2, feverTherapy: 'premedication-only' })],
  ['CRS with fever waived', () => crs({ temperatureC: null, feverTherapy: 'after-crs-onset' })],
  ['no CRS after therapy', () => crs({ temperatureC: 37, hypotension: 'none', feverTherapy: 'after-crs-onset' })],
  ['ICANS grade 1 (ICE and consciousness)', () => icans()],
  ['ICANS grade 4 seizure', () => icans({ seizure: 'life-threatening' })],
  ['no ICANS', () => icans({ ice: 10, consciousness: 'alert' })],
  ['ICANS by CAPD', () => icans({ ice: null, ageYears: 8, capd: 10 })],
];

describe('why a CAR T grade is what it is', () => {
  it.each(CASES)('says the grading sentence itself in English: %s', async (_, grade) => {
    await appI18n('en');
    const result = grade();
    expect(result.status).toBe('graded');
    // Findings not entered are named in words ("temperature"), where the logged sentence has the field's key.
    expect(gradeReasonWords(i18next.t, result, 'en')).toBe(result.reason.replace('temperatureC', 'temperature'));
  });

  it.each(CASES)('reads as French in French: %s', async (_, grade) => {
    await appI18n('fr');
    const words = gradeReasonWords(i18next.t, grade(), 'fr')!;
    expect(words).not.toMatch(/chairside\.|\{\{/);
    expect(frenchProblems(words, ['Cushing'])).toEqual([]);
  });

  it('writes the temperature the French way and names the finding as the form does', async () => {
    await appI18n('fr');
    expect(gradeReasonWords(i18next.t, crs(), 'fr')).toBe(
      'Grade 2 : fièvre 38,4 °C ; hypotension sans vasopresseur (répond aux solutés). Le plus sévère de l’hypotension (grade 2) et de l’hypoxie (grade 0) décide.',
    );
  });

  it('has nothing to word for a grade that is not decided yet', () => {
    expect(gradeReasonWords(i18next.t, crs({ temperatureC: null, hypotension: 'one-vasopressor' }), 'fr')).toBeNull();
  });
});
