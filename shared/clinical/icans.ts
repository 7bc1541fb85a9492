import { AstctInputError, type AstctGrade } from './astct';
import {
  gradeIfDecided,
  type DecidingFinding,
  type Domains,
  type Findings,
  type Gradable,
  type GradeResult,
} from './gradable';

// ASTCT consensus grading of ICANS (Lee DW et al., Biol Blood Marrow Transplant 2019;25:625–638). Adults and
// children aged 12 or more are graded with the ICE score; children under 12 (or older patients with a
// developmental delay) with the Cornell Assessment of Pediatric Delirium (CAPD) and the pediatric thresholds
// of the same paper. The grade is the most severe domain; a domain left empty that could raise it gives "not
// gradable yet", never a lower grade. Tremor, myoclonus and intracranial hemorrhage are graded with CTCAE.

export type Consciousness =
  'alert' | 'awakens-spontaneously' | 'awakens-to-voice' | 'awakens-to-tactile' | 'unarousable';
export type Seizure = 'none' | 'rapidly-resolving' | 'life-threatening';
export type MotorWeakness = 'none' | 'deep-focal';
export type RaisedIcp = 'none' | 'focal-edema' | 'diffuse-edema-or-signs';
/** A CAPD total, or 'unable' when the CAPD cannot be performed. */
export type Capd = number | 'unable';
export type IcansTool = 'ICE' | 'CAPD';

export const CONSCIOUSNESS_VALUES = [
  'alert',
  'awakens-spontaneously',
  'awakens-to-voice',
  'awakens-to-tactile',
  'unarousable',
] as const;
export const SEIZURE_VALUES = ['none', 'rapidly-resolving', 'life-threatening'] as const;
export const MOTOR_VALUES = ['none', 'deep-focal'] as const;
export const RAISED_ICP_VALUES = ['none', 'focal-edema', 'diffuse-edema-or-signs'] as const;

/** Lee 2019: the ICE-based table is for adults and children aged 12 or more. */
export const ICE_MIN_AGE_YEARS = 12;
/** Lee 2019 pediatric table: "CAPD score of 9 or higher" is grade 3. */
export const CAPD_THRESHOLD = 9;
/** The CAPD's 8 items score 0–4 each: input sanity, not a grading threshold. */
export const CAPD_MAX = 32;

/** The ICE score item by item: orientation 4 points, naming 3, following commands 1, writing 1, attention 1. */
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

interface Domain {
  consciousness: Consciousness;
  seizure: Seizure;
  motorWeakness: MotorWeakness;
  raisedIcp: RaisedIcp;
}
interface IceFindings extends Domain {
  ice: number;
}
interface CapdFindings extends Domain {
  capd: Capd;
}

export interface IcansInput extends Findings<Domain> {
  /** The ICE total when every item was asked; null otherwise. */
  ice: number | null;
  /** When some ICE items are answered: the lowest and highest total still possible. */
  iceRange?: { min: number; max: number } | undefined;
  capd: Capd | null;
  /** Whole years at the assessment date, from the date of birth; null when unknown. */
  ageYears: number | null;
  developmentalDelay?: boolean | undefined;
}

type Finding = { grade: AstctGrade; text: string; field?: DecidingFinding['field']; value?: string | number };

// Lee 2019 ICANS table rows (the pediatric table has the same consciousness, seizure, motor and ICP rows).
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

/** Lee 2019: ICE 10 no impairment; 7–9 grade 1; 3–6 grade 2; 0–2 grade 3 (0 and unarousable: grade 4). */
function iceFinding(ice: number): Finding {
  if (ice === 10) return { grade: 0, text: 'ICE 10 (no impairment)' };
  if (ice >= 7) return { grade: 1, text: `ICE ${ice} (7–9)` };
  if (ice >= 3) return { grade: 2, text: `ICE ${ice} (3–6)` };
  return { grade: 3, text: `ICE ${ice} (0–2)` };
}

/**
 * Lee 2019 pediatric table: grades 1 and 2 are "CAPD below 9" with the consciousness row deciding; "CAPD of 9
 * or higher" is grade 3; "unable to perform CAPD" is grade 4.
 */
function capdFinding(capd: Capd): Finding {
  if (capd === 'unable') return { grade: 4, text: 'unable to perform the CAPD' };
  if (capd >= CAPD_THRESHOLD) return { grade: 3, text: `CAPD ${capd} (9 or higher)` };
  return { grade: 0, text: `CAPD ${capd} (below 9)` };
}

function mostSevere(findings: Finding[], noneText: string, tool: IcansTool): GradeResult {
  const grade = Math.max(...findings.map((f) => f.grade)) as AstctGrade;
  if (grade === 0) return { grade, reason: noneText, why: { code: 'icans-none', tool } };
  const deciding = findings.filter((f) => f.grade === grade);
  const reason = `Grade ${grade}: ${deciding.map((f) => f.text).join('; ')}. The most severe domain decides.`;
  const words = deciding.map((f) => ({ field: f.field!, value: f.value! }));
  return { grade, reason, why: { code: 'icans-domains', grade, deciding: words } };
}

const domainFindings = (d: Domain): Finding[] => [
  { ...CONSCIOUSNESS[d.consciousness], field: 'consciousness', value: d.consciousness },
  { ...SEIZURE[d.seizure], field: 'seizure', value: d.seizure },
  { ...MOTOR[d.motorWeakness], field: 'motorWeakness', value: d.motorWeakness },
  { ...RAISED_ICP[d.raisedIcp], field: 'raisedIcp', value: d.raisedIcp },
];

/** ICANS by the adult table; null for an unarousable patient with an ICE above 0 (cannot happen). */
export function icansByIce(f: IceFindings): GradeResult | null {
  if (f.consciousness === 'unarousable' && f.ice !== 0) return null;
  return mostSevere(
    [{ ...iceFinding(f.ice), field: 'ice', value: f.ice }, ...domainFindings(f)],
    'No ICANS: ICE 10, alert, no seizure, motor findings or raised ICP.',
    'ICE',
  );
}

export function icansByCapd(f: CapdFindings): GradeResult {
  return mostSevere(
    [{ ...capdFinding(f.capd), field: 'capd', value: f.capd }, ...domainFindings(f)],
    'No ICANS: CAPD below 9, alert, no seizure, motor findings or raised ICP.',
    'CAPD',
  );
}

const DOMAIN_VALUES = {
  consciousness: CONSCIOUSNESS_VALUES,
  seizure: SEIZURE_VALUES,
  motorWeakness: MOTOR_VALUES,
  raisedIcp: RAISED_ICP_VALUES,
};

/** The tool the age calls for; null when the age is unknown and no developmental delay is recorded. */
export function icansTool(input: Pick<IcansInput, 'ageYears' | 'developmentalDelay'>): IcansTool | null {
  if (input.developmentalDelay === true) return 'CAPD';
  if (input.ageYears === null) return null;
  return input.ageYears < ICE_MIN_AGE_YEARS ? 'CAPD' : 'ICE';
}

export type IcansResult = Gradable & { tool: IcansTool | null };

export function gradeIcans(input: IcansInput): IcansResult {
  validateIcansInput(input);
  const tool = icansTool(input);
  if (tool === 'ICE') return { ...byIce(input), tool };
  if (tool === 'CAPD') return { ...byCapd(input), tool };
  // Unknown age: both tables are possible, so it is gradable only if both give the same grade.
  const [ice, capd] = [byIce(input), byCapd(input)];
  if (ice.status === 'graded' && capd.status === 'graded' && ice.grade === capd.grade) return { ...ice, tool };
  const grades = [ice, capd].flatMap((r) => (r.status === 'graded' ? [r.grade] : [r.lowest, r.highest]));
  const missing = ['ageYears', ...[ice, capd].flatMap((r) => (r.status === 'incomplete' ? r.missing : []))];
  const unique = [...new Set(missing)];
  const [lowest, highest] = [Math.min(...grades), Math.max(...grades)];
  const reason = `Not gradable yet: enter ${unique.join(', ')} (grade ${lowest} to ${highest} with what is known).`;
  return { status: 'incomplete', missing: unique, lowest, highest, reason, tool };
}

function byIce(input: IcansInput): Gradable {
  const range = input.iceRange ?? { min: 0, max: 10 };
  const ice = Array.from({ length: range.max - range.min + 1 }, (_, i) => range.max - i);
  const domains: Domains<IceFindings> = { ice, ...DOMAIN_VALUES };
  const { consciousness, seizure, motorWeakness, raisedIcp } = input;
  return gradeIfDecided({ ice: input.ice, consciousness, seizure, motorWeakness, raisedIcp }, domains, icansByIce);
}

function byCapd(input: IcansInput): Gradable {
  const domains: Domains<CapdFindings> = { capd: [0, CAPD_THRESHOLD, 'unable'], ...DOMAIN_VALUES };
  const { consciousness, seizure, motorWeakness, raisedIcp } = input;
  return gradeIfDecided({ capd: input.capd, consciousness, seizure, motorWeakness, raisedIcp }, domains, icansByCapd);
}

function validateIcansInput(input: IcansInput): void {
  const { ice, capd } = input;
  if (ice !== null && (!Number.isInteger(ice) || ice < 0 || ice > 10)) {
    throw new AstctInputError(`ICE score must be a whole number 0–10, got ${ice}`);
  }
  if (input.consciousness === 'unarousable' && ice !== null && ice !== 0) {
    throw new AstctInputError('An unarousable patient cannot perform the ICE: record ICE 0.');
  }
  if (typeof capd === 'number' && (!Number.isInteger(capd) || capd < 0 || capd > CAPD_MAX)) {
    throw new AstctInputError(`CAPD score must be a whole number 0–${CAPD_MAX}, got ${capd}`);
  }
  const range = input.iceRange;
  const isWhole = range ? Number.isInteger(range.min) && Number.isInteger(range.max) : true;
  if (range && !(isWhole && 0 <= range.min && range.min <= range.max && range.max <= 10)) {
    throw new AstctInputError('ICE range must be whole numbers within 0–10');
  }
  if (input.consciousness === 'unarousable' && ice === null && range && range.min > 0) {
    throw new AstctInputError('An unarousable patient cannot perform the ICE: record ICE 0.');
  }
}
