import { describe, expect, it } from 'vitest';
import type { CrsFindings, Findings, FeverTherapy, Gradable, Hypotension, Hypoxia } from '../../../shared/clinical';
import { AstctInputError, gradeCrs } from '../../../shared/clinical';

// ASTCT CRS (Lee DW et al., Biol Blood Marrow Transplant 2019;25:625–638). Each row quotes the consensus text
// it checks. A finding left empty that could change the grade must give "not gradable", never a grade.

const crs = (
  temperatureC: number | null,
  hypotension: Hypotension | null,
  hypoxia: Hypoxia | null,
  feverTherapy: FeverTherapy | null = 'none',
): Findings<CrsFindings> => ({ temperatureC, hypotension, hypoxia, feverTherapy });

const gradeOf = (result: Gradable) => (result.status === 'graded' ? result.grade : `not gradable`);

describe('gradeCrs with every finding entered', () => {
  it.each<[string, Findings<CrsFindings>, number]>([
    // "Fever (temperature ≥38 °C)" is required for every grade.
    ['37.9 °C alone is not CRS', crs(37.9, 'none', 'none'), 0],
    ['38.0 °C is fever: grade 1', crs(38.0, 'none', 'none'), 1],
    // Grade 2: "Not requiring vasopressors" / "low-flow nasal cannula (≤6 L/min) or blow-by".
    ['fever + hypotension on fluids', crs(38.5, 'fluids', 'none'), 2],
    ['fever + low-flow O2', crs(38.5, 'none', 'low-flow'), 2],
    // Grade 3: "one vasopressor with or without vasopressin" / "high-flow nasal cannula (>6 L/min), facemask…".
    ['fever + one vasopressor', crs(38.5, 'one-vasopressor', 'none'), 3],
    ['fever + high-flow O2', crs(38.5, 'none', 'high-flow'), 3],
    // Grade 4: "multiple vasopressors (excluding vasopressin)" / "positive pressure (CPAP, BiPAP, intubation…)".
    ['fever + multiple vasopressors', crs(38.5, 'multiple-vasopressors', 'none'), 4],
    ['fever + positive pressure', crs(38.5, 'none', 'positive-pressure'), 4],
    // "The grade is set by the more severe of hypotension or hypoxia (fever + one vasopressor + low-flow O2 = 3)".
    ['fever + one vasopressor + low-flow O2', crs(38.5, 'one-vasopressor', 'low-flow'), 3],
    ['fever + fluids + positive pressure', crs(39.2, 'fluids', 'positive-pressure'), 4],
    ['hypotension without fever and no therapy is not CRS', crs(37.0, 'one-vasopressor', 'none'), 0],
    // "After antipyretics or anti-cytokine therapy (tocilizumab, steroids) fever is no longer required" — once
    // CRS has started.
    [
      'after tocilizumab for CRS: one vasopressor without fever',
      crs(37.0, 'one-vasopressor', 'none', 'after-crs-onset'),
      3,
    ],
    ['after tocilizumab for CRS: nothing left', crs(36.8, 'none', 'none', 'after-crs-onset'), 0],
    ['after tocilizumab for CRS: fever alone is still grade 1', crs(38.4, 'none', 'none', 'after-crs-onset'), 1],
    // Routine acetaminophen premedication before CRS began waives nothing.
    [
      'premedication only: vasopressor without fever is not CRS',
      crs(37.0, 'one-vasopressor', 'none', 'premedication-only'),
      0,
    ],
    ['premedication only: fever + fluids is grade 2', crs(38.2, 'fluids', 'none', 'premedication-only'), 2],
  ])('%s → grade %i', (_name, input, grade) => {
    expect(gradeCrs(input)).toMatchObject({ status: 'graded', grade });
  });

  it('grades every hypotension × hypoxia pair with fever as the more severe of the two', () => {
    const hypotension: [Hypotension, number][] = [
      ['none', 1],
      ['fluids', 2],
      ['one-vasopressor', 3],
      ['multiple-vasopressors', 4],
    ];
    const hypoxia: [Hypoxia, number][] = [
      ['none', 1],
      ['low-flow', 2],
      ['high-flow', 3],
      ['positive-pressure', 4],
    ];
    for (const [bp, bpGrade] of hypotension) {
      for (const [o2, o2Grade] of hypoxia) {
        expect(gradeOf(gradeCrs(crs(38.3, bp, o2))), `${bp} + ${o2}`).toBe(Math.max(bpGrade, o2Grade));
      }
    }
  });

  it('explains which finding decided', () => {
    expect(gradeCrs(crs(38.6, 'one-vasopressor', 'low-flow'))).toMatchObject({
      reason:
        'Grade 3: fever 38.6 °C; hypotension requiring one vasopressor (with or without vasopressin). ' +
        'The more severe of hypotension (grade 3) or hypoxia (grade 2) decides.',
    });
  });

  it.each([101.3, 0, Number.NaN])('refuses an implausible °C value %s', (temperatureC) => {
    expect(() => gradeCrs(crs(temperatureC, 'none', 'none'))).toThrow(AstctInputError);
  });
});

describe('gradeCrs with findings missing', () => {
  it('is not gradable without a temperature, even on multiple vasopressors and positive pressure (grade 0 or 4)', () => {
    expect(gradeCrs(crs(null, 'multiple-vasopressors', 'positive-pressure'))).toEqual({
      status: 'incomplete',
      missing: ['temperatureC'],
      lowest: 0,
      highest: 4,
      reason: 'Not gradable yet: enter temperatureC (grade 0 to 4 with what is known).',
    });
  });

  it('names the fever-therapy question when it could waive fever for a vasopressor without fever', () => {
    expect(gradeCrs(crs(37.1, 'one-vasopressor', 'none', null))).toMatchObject({
      status: 'incomplete',
      missing: ['feverTherapy'],
      lowest: 0,
      highest: 3,
    });
  });

  it.each<[string, Findings<CrsFindings>, string[]]>([
    ['nothing entered', crs(null, null, null, null), ['temperatureC', 'hypotension', 'hypoxia', 'feverTherapy']],
    ['fever but no hypotension or hypoxia answer', crs(38.5, null, null), ['hypotension', 'hypoxia']],
    ['fever, hypotension on fluids, hypoxia unanswered (2, 3 or 4)', crs(38.5, 'fluids', null), ['hypoxia']],
    [
      'waived fever, no temperature, no organ finding (0 or 1)',
      crs(null, 'none', 'none', 'after-crs-onset'),
      ['temperatureC'],
    ],
  ])('%s → not gradable, enter %j', (_name, input, missing) => {
    expect(gradeCrs(input)).toMatchObject({ status: 'incomplete', missing });
  });

  it.each<[string, Findings<CrsFindings>, number]>([
    // No fever and no fever-waiving therapy: nothing else can make it CRS.
    ['no fever, no therapy: hypotension and hypoxia cannot change "no CRS"', crs(37.2, null, null, 'none'), 0],
    // Fever not required after therapy for CRS, positive pressure already grade 4: the temperature cannot change it.
    [
      'waived fever and positive pressure: temperature cannot change grade 4',
      crs(null, 'fluids', 'positive-pressure', 'after-crs-onset'),
      4,
    ],
    ['fever + multiple vasopressors: hypoxia cannot change grade 4', crs(39, 'multiple-vasopressors', null), 4],
  ])('%s', (_name, input, grade) => {
    const result = gradeCrs(input);
    expect(result).toMatchObject({ status: 'graded', grade });
    expect(result.reason).toMatch(/Not entered \(cannot change this grade\)/);
    expect(result.reason).not.toMatch(/fever 37 °C/);
  });
});
