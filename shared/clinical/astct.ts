// ASTCT consensus grading (Lee DW et al., Biol Blood Marrow Transplant 2019;25:625–638), REFERENCE §4.
// The grading tables are a published consensus that does not change with product labels, so the thresholds
// live here as code, each with the sentence it implements. Grade 5 (death from CRS/ICANS) is recorded by the
// clinician, not computed. The caller confirms that findings are not attributable to another cause (§4.1, §4.2).

export type Hypotension = 'none' | 'fluids' | 'one-vasopressor' | 'multiple-vasopressors';
export type Hypoxia = 'none' | 'low-flow' | 'high-flow' | 'positive-pressure';
export type AstctGrade = 0 | 1 | 2 | 3 | 4;

export interface CrsInput {
  /** Highest temperature; null when not measured. */
  temperatureC: number | null;
  hypotension: Hypotension;
  hypoxia: Hypoxia;
  /**
   * After antipyretics or anti-cytokine therapy (tocilizumab, steroids) "fever is no longer required; grade by
   * hypotension/hypoxia" (§4.1).
   */
  hasReceivedFeverSuppressingTherapy?: boolean;
}

export interface GradeResult {
  grade: AstctGrade;
  reason: string;
}

export class AstctInputError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'AstctInputError';
  }
}

const FEVER_C = 38; // §4.1: "Fever (temperature ≥38 °C)"

// §4.1 table rows.
const HYPOTENSION: Record<Hypotension, { grade: AstctGrade; text: string }> = {
  none: { grade: 0, text: 'no hypotension' },
  fluids: { grade: 2, text: 'hypotension not requiring vasopressors' },
  'one-vasopressor': { grade: 3, text: 'hypotension requiring one vasopressor (with or without vasopressin)' },
  'multiple-vasopressors': { grade: 4, text: 'hypotension requiring multiple vasopressors (excluding vasopressin)' },
};
const HYPOXIA: Record<Hypoxia, { grade: AstctGrade; text: string }> = {
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

export function gradeCrs(input: CrsInput): GradeResult {
  const { temperatureC } = input;
  if (temperatureC !== null && (!Number.isFinite(temperatureC) || temperatureC < 25 || temperatureC > 45)) {
    // A value such as 101 is almost always °F typed into a °C field.
    throw new AstctInputError(`Temperature ${temperatureC} °C is not plausible; enter °C (was it °F?)`);
  }
  const hasFever = temperatureC !== null && temperatureC >= FEVER_C;
  const isFeverRequired = input.hasReceivedFeverSuppressingTherapy !== true;
  const hypotension = HYPOTENSION[input.hypotension];
  const hypoxia = HYPOXIA[input.hypoxia];
  const organGrade = Math.max(hypotension.grade, hypoxia.grade) as AstctGrade;
  if (!hasFever && isFeverRequired) {
    return {
      grade: 0,
      reason: 'No CRS by ASTCT: fever ≥38 °C is required (and no fever-suppressing therapy was given).',
    };
  }
  const grade = Math.max(organGrade, hasFever ? 1 : 0) as AstctGrade;
  if (grade === 0) {
    return { grade, reason: 'No fever, hypotension or hypoxia after fever-suppressing therapy.' };
  }
  const feverText = hasFever
    ? `fever ${temperatureC} °C`
    : 'fever not required after antipyretic or anti-cytokine therapy';
  if (organGrade === 0) return { grade, reason: `Grade 1: ${feverText}, with no hypotension and no hypoxia.` };
  const decides = hypotension.grade >= hypoxia.grade ? hypotension : hypoxia;
  return {
    grade,
    reason: `Grade ${grade}: ${feverText}; ${decides.text}. The more severe of hypotension (grade ${hypotension.grade}) or hypoxia (grade ${hypoxia.grade}) decides.`,
  };
}

/** §4.3: orientation 4 points, naming 3, following commands 1, writing 1, attention 1. */
export interface IceItems {
  orientation: { year: boolean; month: boolean; city: boolean; hospital: boolean };
  /** One entry per object the patient named correctly (3 objects). */
  naming: [boolean, boolean, boolean];
  followsCommands: boolean;
  writesStandardSentence: boolean;
  countsBackwardsBy10: boolean;
}

export function iceScore(items: IceItems): number {
  const points = [
    ...Object.values(items.orientation),
    ...items.naming,
    items.followsCommands,
    items.writesStandardSentence,
    items.countsBackwardsBy10,
  ];
  if (points.length !== 10) throw new AstctInputError(`ICE needs 10 items, got ${points.length}`);
  return points.filter(Boolean).length;
}

export type Consciousness =
  'alert' | 'awakens-spontaneously' | 'awakens-to-voice' | 'awakens-to-tactile' | 'unarousable';
export type Seizure = 'none' | 'rapidly-resolving' | 'life-threatening';
export type MotorWeakness = 'none' | 'deep-focal';
export type RaisedIcp = 'none' | 'focal-edema' | 'diffuse-edema-or-signs';

export interface IcansInput {
  /** ICE score 0–10; an unarousable patient cannot perform the ICE and scores 0 (§4.2). */
  ice: number;
  consciousness: Consciousness;
  seizure: Seizure;
  motorWeakness: MotorWeakness;
  raisedIcp: RaisedIcp;
  /** The ICE-based table is for adults and children ≥12 y; younger children are graded with CAPD (§4.2). */
  ageYears?: number;
}

type Finding = { grade: AstctGrade; text: string };

// §4.2 table rows.
const CONSCIOUSNESS: Record<Consciousness, Finding> = {
  alert: { grade: 0, text: 'alert' },
  'awakens-spontaneously': { grade: 1, text: 'depressed consciousness, awakens spontaneously' },
  'awakens-to-voice': { grade: 2, text: 'depressed consciousness, awakens to voice' },
  'awakens-to-tactile': { grade: 3, text: 'awakens only to tactile stimulus' },
  unarousable: {
    grade: 4,
    text: 'unarousable or needs vigorous or repetitive tactile stimuli to arouse; stupor or coma',
  },
};
const SEIZURE: Record<Seizure, Finding> = {
  none: { grade: 0, text: 'no seizure' },
  'rapidly-resolving': {
    grade: 3,
    text: 'clinical seizure (focal or generalized) that resolves rapidly, or non-convulsive seizures on EEG that resolve with intervention',
  },
  'life-threatening': {
    grade: 4,
    text: 'life-threatening prolonged seizure (>5 min), or repetitive seizures without return to baseline in between',
  },
};
const MOTOR: Record<MotorWeakness, Finding> = {
  none: { grade: 0, text: 'no motor findings' },
  'deep-focal': { grade: 4, text: 'deep focal motor weakness such as hemiparesis or paraparesis' },
};
const RAISED_ICP: Record<RaisedIcp, Finding> = {
  none: { grade: 0, text: 'no raised ICP or cerebral edema' },
  'focal-edema': { grade: 3, text: 'focal/local edema on neuroimaging' },
  'diffuse-edema-or-signs': {
    grade: 4,
    text: "diffuse cerebral edema on neuroimaging, decerebrate or decorticate posturing, cranial nerve VI palsy, papilledema or Cushing's triad",
  },
};

/** §4.2/§4.3: ICE 10 no impairment; 7–9 grade 1; 3–6 grade 2; 0–2 grade 3. */
function iceFinding(ice: number): Finding {
  if (ice === 10) return { grade: 0, text: 'ICE 10 (no impairment)' };
  if (ice >= 7) return { grade: 1, text: `ICE ${ice} (7–9)` };
  if (ice >= 3) return { grade: 2, text: `ICE ${ice} (3–6)` };
  return { grade: 3, text: `ICE ${ice} (0–2)` };
}

export function gradeIcans(input: IcansInput): GradeResult {
  validateIcansInput(input);
  const findings = [
    iceFinding(input.ice),
    CONSCIOUSNESS[input.consciousness],
    SEIZURE[input.seizure],
    MOTOR[input.motorWeakness],
    RAISED_ICP[input.raisedIcp],
  ];
  // §4.2: "ICANS grade = the most severe event among the domains".
  const grade = Math.max(...findings.map((finding) => finding.grade)) as AstctGrade;
  if (grade === 0) return { grade, reason: 'No ICANS: ICE 10, alert, no seizure, motor findings or raised ICP.' };
  const deciding = findings.filter((finding) => finding.grade === grade).map((finding) => finding.text);
  return { grade, reason: `Grade ${grade}: ${deciding.join('; ')}. The most severe domain decides.` };
}

function validateIcansInput(input: IcansInput): void {
  if (!Number.isInteger(input.ice) || input.ice < 0 || input.ice > 10) {
    throw new AstctInputError(`ICE score must be a whole number 0–10, got ${input.ice}`);
  }
  if (input.consciousness === 'unarousable' && input.ice !== 0) {
    throw new AstctInputError('An unarousable patient cannot perform the ICE: record ICE 0.');
  }
  if (input.ageYears !== undefined && input.ageYears < 12) {
    throw new AstctInputError('Children under 12 are graded with the CAPD-based ASTCT table, not the ICE score.');
  }
}
