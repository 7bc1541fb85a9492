import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { previewCsv, type CsvFileProblem } from '../../../shared/labs/csv';
import { checkLabResult, type LabProblem, type LabResultInput } from '../../../shared/labs/entry';
import { appI18n, rendererModule } from '../../support/app-i18n';

// A lab result's problems are reasons with parameters, worded by the screen in the reader's language from the
// renderer's catalogue (features/labs/messages-refusal.*.ts under `errors`); the English sentence each carries is
// main's log message, and the English screen says exactly that sentence.

const { labProblemText, csvFileProblemText } = await rendererModule<{
  labProblemText: (problem: LabProblem) => string;
  csvFileProblemText: (problem: CsvFileProblem) => string;
}>('features/labs/problems.ts');

const TODAY = '2026-11-27';
const DRAWN = '2026-11-26T14:00';

beforeAll(async () => {
  await appI18n();
});

const problemsOf = (input: Partial<LabResultInput>, locale: 'en' | 'fr' = 'en'): LabProblem[] => {
  const checked = checkLabResult({ analyte: 'alt', drawnAt: DRAWN, value: '30', unit: 'U/L', ...input }, locale, TODAY);
  return checked.ok ? [] : checked.problems;
};

/** One input for each reason the lab check refuses with, and the French the screen shows for it. */
const CASES: [string, Partial<LabResultInput>, string][] = [
  ['lab-test-unknown', { analyte: 'Zinc' }, 'Analyse : « Zinc » n’est pas une analyse connue de Chairside.'],
  [
    'lab-drawn-at-format',
    { drawnAt: '26/11/2026 14:00' },
    'Prélevé le : indiquez la date et l’heure du prélèvement (AAAA-MM-JJ HH:mm, sur 24 heures).',
  ],
  [
    'lab-drawn-in-future',
    { drawnAt: '2026-11-28T08:00' },
    'Prélevé le : un prélèvement ne peut pas être dans le futur.',
  ],
  [
    'lab-unit-unknown',
    { analyte: 'creatinine', value: '0.1', unit: 'mmol/L' },
    'Unité : « mmol/L » n’est pas une unité de l’analyse Créatinine (µmol/L, mg/dL).',
  ],
  ['lab-value-required', { value: '' }, 'Valeur : saisissez la valeur.'],
  [
    'lab-number-ambiguous',
    { analyte: 'platelets', value: '250', unit: '10⁹/L', refLow: '1,250' },
    'Valeur de référence basse : « 1,250 » peut se lire de deux façons : tapez-le sans séparateur de milliers.',
  ],
  ['lab-not-a-number', { value: '3O' }, 'Valeur : « 3O » n’est pas un nombre.'],
  [
    'lab-range-reversed',
    { refLow: '56', refHigh: '7' },
    'Valeur de référence haute : la limite haute est inférieure à la limite basse.',
  ],
  [
    'lab-qualitative-word',
    { analyte: 'hbsag', value: 'maybe', unit: 'result' },
    'Valeur : saisissez négatif, positif ou indéterminé.',
  ],
];

describe('a lab result’s problems in the reader’s words', () => {
  it.each(CASES)('%s: the English screen says main’s log sentence, the French its own', async (code, input, french) => {
    const [problem, ...others] = problemsOf(input);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ code });
    expect(Object.keys(problem!)).not.toContain('fr');
    await i18next.changeLanguage('en');
    expect(labProblemText(problem!)).toBe(problem!.message);
    await i18next.changeLanguage('fr');
    expect(labProblemText(problem!)).toBe(french);
  });

  it('covers every reason the check gives, and names the test in the reader’s language', async () => {
    const codes = CASES.map(([code]) => code);
    expect(new Set(codes).size).toBe(9);
    const [unit] = problemsOf({ analyte: 'haemoglobin', value: '12', unit: 'mg/L' });
    await i18next.changeLanguage('en');
    expect(labProblemText(unit!)).toContain('a unit Haemoglobin is reported in');
    await i18next.changeLanguage('fr');
    expect(labProblemText(unit!)).toContain('de l’analyse Hémoglobine');
  });

  it('says a CSV row’s problems the same way as the form’s, and the file’s own problems in both languages', async () => {
    const preview = previewCsv('Test;Valeur;Unité;Date\nTSH;abc;mIU/L;2026-11-26 14:05', 'fr', TODAY);
    await i18next.changeLanguage('fr');
    expect(preview.rows[0]!.problems.map(labProblemText)).toEqual(['Valeur : « abc » n’est pas un nombre.']);
    const missing = previewCsv('name;result\nALT;30', 'fr', TODAY).fileProblems[0]!;
    expect(csvFileProblemText(missing)).toBe('La première ligne doit nommer les colonnes ; manquantes : unité, date.');
    expect(csvFileProblemText({ code: 'noRows' })).toBe('Le fichier ne contient aucun résultat.');
    await i18next.changeLanguage('en');
    expect(csvFileProblemText(missing)).toBe('The first line must name the columns; missing: unit, date.');
    expect(csvFileProblemText({ code: 'noRows' })).toBe('The file has no result rows.');
  });
});
