import { gradeIfDecided, type Domains, type Fever, type Findings, type Gradable, type GradeResult } from './gradable';

// ASTCT consensus grading of cytokine release syndrome (Lee DW et al., Biol Blood Marrow Transplant
// 2019;25:625–638). The table is a published consensus that does not change with product labels, so its
// thresholds live here as code, each with the sentence it implements. Grade 5 (death from CRS) is recorded by
// the clinician, not computed. The caller confirms that findings are not attributable to another cause.
// A finding left empty that could change the grade gives "not gradable yet" (gradable.ts), never grade 0.

export type Hypotension = 'none' | 'fluids' | 'one-vasopressor' | 'multiple-vasopressors';
export type Hypoxia = 'none' | 'low-flow' | 'high-flow' | 'positive-pressure';
/**
 * Antipyretics, tocilizumab or corticosteroids, and when. Lee 2019: once they are given for CRS, fever is no
 * longer required and the grade follows hypotension and hypoxia. Before CRS began (routine acetaminophen
 * premedication of the infusion) they waive nothing: CRS still needs fever ≥ 38 °C at onset.
 */
export type FeverTherapy = 'none' | 'premedication-only' | 'after-crs-onset';
export type AstctGrade = 0 | 1 | 2 | 3 | 4;

export const HYPOTENSION_VALUES = ['none', 'fluids', 'one-vasopressor', 'multiple-vasopressors'] as const;
export const HYPOXIA_VALUES = ['none', 'low-flow', 'high-flow', 'positive-pressure'] as const;
export const FEVER_THERAPY_VALUES = ['none', 'premedication-only', 'after-crs-onset'] as const;

export interface CrsFindings {
  /** Highest temperature in °C; null when not measured. */
  temperatureC: number;
  hypotension: Hypotension;
  hypoxia: Hypoxia;
  feverTherapy: FeverTherapy;
}

export class AstctInputError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'AstctInputError';
  }
}

/** Lee 2019 CRS table: "Fever (temperature ≥38 °C)". */
export const FEVER_C = 38;

type Finding = { grade: AstctGrade; text: string };

// Lee 2019 CRS table, hypotension and hypoxia rows.
const HYPOTENSION: Record<Hypotension, Finding> = {
  none: { grade: 0, text: 'no hypotension' },
  fluids: { grade: 2, text: 'hypotension not requiring vasopressors' },
  'one-vasopressor': { grade: 3, text: 'hypotension requiring one vasopressor (with or without vasopressin)' },
  'multiple-vasopressors': { grade: 4, text: 'hypotension requiring multiple vasopressors (excluding vasopressin)' },
};
const HYPOXIA: Record<Hypoxia, Finding> = {
  none: { grade: 0, text: 'no hypoxia' },
  'low-flow': { grade: 2, text: 'hypoxia requiring low-flow nasal cannula (≤6 L/min) or blow-by' },
  'high-flow': {
    grade: 3,
    text: 'hypoxia requiring high-flow nasal cannula (>6 L/min), facemask, non-rebreather or Venturi mask',
  },
  'positive-pressure': {
    grade: 4,
    text: 'hypoxia requiring positive pressure (CPAP, BiPAP, intubation and mechanical ventilation)',
  },
};

// A missing temperature can only be below or at/above the fever threshold; these two stand for the two cases.
const NO_FEVER_C = 37;
const CRS_DOMAINS: Domains<CrsFindings> = {
  temperatureC: [NO_FEVER_C, FEVER_C],
  hypotension: HYPOTENSION_VALUES,
  hypoxia: HYPOXIA_VALUES,
  feverTherapy: FEVER_THERAPY_VALUES,
};

export function checkTemperature(temperatureC: number | null): void {
  if (temperatureC !== null && (!Number.isFinite(temperatureC) || temperatureC < 25 || temperatureC > 45)) {
    // A value such as 101 is almost always °F typed into a °C field.
    throw new AstctInputError(`Temperature ${temperatureC} °C is not plausible; enter °C (was it °F?)`);
  }
}

/** The CRS grade of complete findings. */
export function crsGrade(input: CrsFindings): GradeResult & { grade: AstctGrade } {
  const hasFever = input.temperatureC >= FEVER_C;
  const isWaived = input.feverTherapy === 'after-crs-onset';
  const hypotension = HYPOTENSION[input.hypotension];
  const hypoxia = HYPOXIA[input.hypoxia];
  const organGrade = Math.max(hypotension.grade, hypoxia.grade) as AstctGrade;
  if (!hasFever && !isWaived) {
    const premed = input.feverTherapy === 'premedication-only' ? ' (routine premedication does not waive it)' : '';
    const why = { code: 'crs-no-fever' as const, premedication: premed !== '' };
    return { grade: 0, reason: `No CRS by ASTCT: fever ≥38 °C is required${premed}.`, why };
  }
  const grade = Math.max(organGrade, hasFever ? 1 : 0) as AstctGrade;
  if (grade === 0) {
    const why = { code: 'crs-none-after-therapy' as const };
    return { grade, reason: 'No fever, hypotension or hypoxia after fever-suppressing therapy.', why };
  }
  const fever: Fever = hasFever ? input.temperatureC : 'waived';
  const feverText = hasFever
    ? `fever ${input.temperatureC} °C`
    : 'fever not required after antipyretic or anti-cytokine therapy for CRS';
  if (organGrade === 0) {
    const why = { code: 'crs-grade-1' as const, fever };
    return { grade, reason: `Grade 1: ${feverText}, with no hypotension and no hypoxia.`, why };
  }
  const hypotensionDecides = hypotension.grade >= hypoxia.grade;
  const decides = hypotensionDecides ? hypotension : hypoxia;
  const field = hypotensionDecides ? ('hypotension' as const) : ('hypoxia' as const);
  const why = { code: 'crs-organ' as const, grade, fever, hypotension: hypotension.grade, hypoxia: hypoxia.grade };
  return {
    grade,
    reason: `Grade ${grade}: ${feverText}; ${decides.text}. The more severe of hypotension (grade ${hypotension.grade}) or hypoxia (grade ${hypoxia.grade}) decides.`,
    why: { ...why, decides: { field, value: input[field] } },
  };
}

/**
 * ASTCT CRS from what was entered: graded when the missing findings cannot change the grade, otherwise "not
 * gradable yet" naming them (a missing temperature with vasopressors could be grade 0 or 4).
 */
export function gradeCrs(findings: Findings<CrsFindings>): Gradable {
  checkTemperature(findings.temperatureC);
  const result = gradeIfDecided(findings, CRS_DOMAINS, crsGrade);
  if (result.status === 'graded' && findings.temperatureC === null) {
    // The stand-in temperature never reaches the text: a decided grade here never rests on the fever.
    const reason = result.reason.replace(`fever ${NO_FEVER_C} °C`, 'no temperature entered');
    const standIn = result.why && 'fever' in result.why && result.why.fever === NO_FEVER_C;
    const why = standIn ? { ...result.why!, fever: 'not-entered' as const } : result.why;
    return { ...result, reason, ...(why ? { why } : {}) };
  }
  return result;
}
