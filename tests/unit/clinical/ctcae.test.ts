import { describe, expect, it } from 'vitest';
import type { CtcaeGradeDefinition } from '../../../shared/clinical';
import { allowedGrades, normalizeForSearch, parseCtcaeTsv, searchCtcae } from '../../../shared/clinical';
import { library } from './library';

const terms = library.ctcaeTerms;
const search = (query: string, limit = 10) => searchCtcae(terms, query, limit).map((term) => term.term);
const grades = (id: string): CtcaeGradeDefinition | undefined => library.ctcaeGrades.find((g) => g.id === id);

describe('searchCtcae', () => {
  it.each([
    ['pneumonitis', 'Pneumonitis'],
    ['PNEUMONITIS', 'Pneumonitis'],
    ['  Colitis ', 'Colitis'],
    // CTCAE v5.0: "Infusion related reaction — MedDRA 10051792"
    ['10051792', 'Infusion related reaction'],
    // Accents are ignored: CTCAE v5.0 lists "Guillain-Barre syndrome 10018767"
    ['Guillain-Barré', 'Guillain-Barre syndrome'],
    ['guillain barre', 'Guillain-Barre syndrome'],
    ['maculopapular', 'Rash maculo-papular'],
    ['alanine', 'Alanine aminotransferase increased'],
    // British spellings find CTCAE's American terms (shared/clinical/ctcae-spelling.ts)
    ['diarrhoea', 'Diarrhea'],
    ['Anaemia', 'Anemia'],
    ['oesophagitis', 'Esophagitis'],
    ['oedema limbs', 'Edema limbs'],
    ['dyspnoea', 'Dyspnea'],
    ['paraesthesia', 'Paresthesia'],
  ])('"%s" finds %s first', (query, first) => {
    expect(search(query)[0]).toBe(first);
  });

  it('ranks term-prefix matches before matches inside a term', () => {
    const results = search('rash', 50);
    const firstInside = results.findIndex((term) => !normalizeForSearch(term).startsWith('rash'));
    expect(results.slice(0, 2)).toEqual(['Rash acneiform', 'Rash maculo-papular']);
    expect(results.slice(firstInside).every((term) => !normalizeForSearch(term).startsWith('rash'))).toBe(true);
  });

  it('finds the same terms for "haemorrhage" as for "hemorrhage"', () => {
    const american = search('hemorrhage', 100);
    expect(american.length).toBeGreaterThan(10);
    expect(search('haemorrhage', 100)).toEqual(american);
  });

  it('also matches the system organ class', () => {
    const results = searchCtcae(terms, 'endocrine disorders', 100);
    expect(results.map((t) => t.term)).toContain('Hypothyroidism');
    expect(results.every((t) => t.soc === 'Endocrine disorders' || /endocrine/i.test(t.term))).toBe(true);
  });

  it('matches a MedDRA code prefix', () => {
    expect(searchCtcae(terms, '1005179', 5).map((t) => t.meddraCode)).toContain('10051792');
  });

  it('respects the limit and returns nothing for an empty query', () => {
    expect(search('a', 7)).toHaveLength(7);
    expect(search('   ')).toEqual([]);
    expect(search('zzzz-no-such-term')).toEqual([]);
  });
});

describe('allowedGrades', () => {
  it.each<[string, number[]]>([
    // CTCAE v5.0 Fatigue: "G4 – ; G5 –"
    ['fatigue', [1, 2, 3]],
    // CTCAE v5.0 Anaphylaxis: "G1 – ; G2 –"
    ['anaphylaxis', [3, 4, 5]],
    // CTCAE v5.0 ALT: "G5 –"
    ['alanine-aminotransferase-increased', [1, 2, 3, 4]],
    ['diarrhea', [1, 2, 3, 4, 5]],
  ])('%s allows grades %j', (id, expected) => {
    expect(allowedGrades(grades(id))).toEqual(expected);
  });

  it('keeps every grade for a term without grade text ("Other, specify")', () => {
    const other = terms.find((t) => t.term === 'Endocrine disorders - Other, specify');
    expect(other?.meddraCode).toBe('10014698'); // CTCAE v5.0: "Endocrine disorders – Other, specify 10014698"
    expect(library.ctcaeGrades.some((g) => g.meddraCode === other?.meddraCode)).toBe(false);
    expect(allowedGrades(undefined)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('parseCtcaeTsv', () => {
  it('reads rows by header name and tolerates CRLF', () => {
    const { rows, issues } = parseCtcaeTsv(
      'meddra_code\tterm\tsoc\tdefinition\r\n10016256\tFatigue\tGeneral\tA disorder\r\n',
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([{ meddra_code: '10016256', term: 'Fatigue', soc: 'General', definition: 'A disorder' }]);
  });

  it('refuses a wrong header', () => {
    expect(parseCtcaeTsv('code\tterm\n1\t2\n').issues[0]?.message).toMatch(/^Header must be/);
  });
});
