import { z } from 'zod';
import { AstctInputError, CAPD_MAX, gradeCrs, gradeIcans, type Gradable, type IcansResult } from '../clinical';
import {
  ASTCT_VERSION,
  calendarDate,
  clockTime,
  gradable,
  gradableWith,
  numeric,
  requireFilled,
  typedNumber,
} from './common';
import { VITAL_LIMITS, vitalNumber } from './vitals';

// CAR T toxicity at one assessment: ASTCT CRS from temperature, hypotension, hypoxia and fever-suppressing
// therapy; the ICE score item by item (or the CAPD for children under 12); ASTCT ICANS from it and the other
// domains (Lee 2019). The grades are worked out by the library's shared functions when main parses the
// payload, so main stores its own grades, never the form's; a grade a missing finding could change is
// stored as "not gradable yet" and the entry cannot be signed.

export const HYPOTENSION = ['none', 'fluids', 'one-vasopressor', 'multiple-vasopressors'] as const;
export const FEVER_THERAPY = ['none', 'premedication-only', 'after-crs-onset'] as const;
export const HYPOXIA = ['none', 'low-flow', 'high-flow', 'positive-pressure'] as const;
export const CONSCIOUSNESS = [
  'alert',
  'awakens-spontaneously',
  'awakens-to-voice',
  'awakens-to-tactile',
  'unarousable',
] as const;
export const SEIZURE = ['none', 'rapidly-resolving', 'life-threatening'] as const;
export const MOTOR = ['none', 'deep-focal'] as const;
export const RAISED_ICP = ['none', 'focal-edema', 'diffuse-edema-or-signs'] as const;

/**
 * The 10 ICE points (orientation 4, naming 3, commands 1, writing 1, attention 1), each true when the patient
 * got it right; null not asked yet.
 */
export const ICE_ITEMS = [
  'year',
  'month',
  'city',
  'hospital',
  'naming1',
  'naming2',
  'naming3',
  'followsCommands',
  'writesStandardSentence',
  'countsBackwardsBy10',
] as const;
export type IceItem = (typeof ICE_ITEMS)[number];

const iceAnswers = z
  .object(
    Object.fromEntries(ICE_ITEMS.map((k) => [k, z.boolean().nullable()])) as Record<
      IceItem,
      z.ZodNullable<z.ZodBoolean>
    >,
  )
  .strict();
export type IceAnswers = z.infer<typeof iceAnswers>;

const icansResult = gradableWith({
  tool: z.enum(['ICE', 'CAPD']).nullable(),
  ice: z.number().int().min(0).max(10).nullable(),
});

/** A CAPD total (input sanity 0–32: eight items of 0–4), or 'unable' when it cannot be performed. */
const capdValue = z.union([z.number().int().min(0).max(CAPD_MAX), z.literal('unable')]);

const carTShape = z
  .object({
    planId: z.string().min(1).max(64),
    date: calendarDate,
    time: clockTime.nullable(),
    temperatureC: vitalNumber('temperatureC').nullable(),
    hypotension: z.enum(HYPOTENSION).nullable(),
    hypoxia: z.enum(HYPOXIA).nullable(),
    /** Antipyretics, tocilizumab or steroids: none, only routine premedication, or after CRS began. */
    feverTherapy: z.enum(FEVER_THERAPY).nullable(),
    ice: iceAnswers,
    /** Children under 12 (or with a developmental delay): the CAPD total instead of the ICE. */
    capd: capdValue.nullable().optional(),
    developmentalDelay: z.boolean().optional(),
    consciousness: z.enum(CONSCIOUSNESS).nullable(),
    seizure: z.enum(SEIZURE).nullable(),
    motorWeakness: z.enum(MOTOR).nullable(),
    raisedIcp: z.enum(RAISED_ICP).nullable(),
    /** Set by main from the date of birth at the assessment date; the form's value is never kept. */
    ageYears: z.number().int().min(0).max(130).nullable().optional(),
    /** Computed (ASTCT 2019): a grade, or "not gradable yet" with the findings to enter. */
    crs: gradable.nullable().optional(),
    icans: icansResult.nullable().optional(),
    gradingSystem: z.literal(ASTCT_VERSION),
  })
  .strict();
export type CarTToxicityPayload = z.infer<typeof carTShape>;
/** A draft as the form holds it: the temperature as typed (see typedNumber). */
export type CarTToxicityDraft = Omit<CarTToxicityPayload, 'temperatureC' | 'capd'> & {
  temperatureC: number | string | null;
  capd?: number | string | null | undefined;
};

/** The ICE total when every item was asked, else null. */
export function iceTotal(ice: IceAnswers): number | null {
  const values = ICE_ITEMS.map((k) => ice[k]);
  if (values.some((v) => v === null)) return null;
  return values.filter(Boolean).length;
}

/** The lowest and highest ICE total still possible from the items answered so far. */
export function iceRange(ice: IceAnswers): { min: number; max: number } {
  const values = ICE_ITEMS.map((k) => ice[k]);
  const min = values.filter((v) => v === true).length;
  return { min, max: min + values.filter((v) => v === null).length };
}

type Inputs = Partial<CarTToxicityPayload>;

export function crsOf(p: Inputs): Gradable {
  return gradeCrs({
    temperatureC: p.temperatureC ?? null,
    hypotension: p.hypotension ?? null,
    hypoxia: p.hypoxia ?? null,
    feverTherapy: p.feverTherapy ?? null,
  });
}

export function icansOf(p: Inputs): IcansResult & { ice: number | null } {
  const ice = p.ice ? iceTotal(p.ice) : null;
  const result = gradeIcans({
    ice,
    ...(p.ice ? { iceRange: iceRange(p.ice) } : {}),
    capd: p.capd ?? null,
    ageYears: p.ageYears ?? null,
    developmentalDelay: p.developmentalDelay,
    consciousness: p.consciousness ?? null,
    seizure: p.seizure ?? null,
    motorWeakness: p.motorWeakness ?? null,
    raisedIcp: p.raisedIcp ?? null,
  });
  return { ...result, ice };
}

/** An unarousable patient cannot do the ICE and scores 0: any item answered right contradicts it. */
function checkUnarousable(p: Inputs, ctx: z.RefinementCtx): void {
  const answeredRight = p.ice ? ICE_ITEMS.some((k) => p.ice![k] === true) : false;
  if (p.consciousness === 'unarousable' && answeredRight) {
    ctx.addIssue({ code: 'custom', path: ['ice'], message: 'An unarousable patient cannot do the ICE: record 0' });
  }
}

/** A grade as stored: without the reason's data (`why`, `notEntered`), which the screen words and never stores. */
function stored<G extends Gradable>(result: G): G {
  const { why: _why, notEntered: _notEntered, ...rest } = result as G & { why?: unknown; notEntered?: unknown };
  return rest as G;
}

function withGrades<T extends Inputs>(p: T): T {
  return { ...p, crs: stored(crsOf(p)), icans: stored(icansOf(p)), gradingSystem: ASTCT_VERSION };
}

/** Signing needs every grade decided: a missing finding that could change one is named, in words. */
function checkGraded(p: z.infer<typeof carTShape>, ctx: z.RefinementCtx): void {
  const crs = crsOf(p);
  const icans = icansOf(p);
  for (const result of [crs, icans]) {
    if (result.status !== 'incomplete') continue;
    for (const key of result.missing) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `${FINDING_WORDS[key] ?? key}: needed to grade, enter it before signing`,
      });
    }
  }
  for (const field of ['hypotension', 'hypoxia', 'consciousness', 'seizure', 'motorWeakness', 'raisedIcp'] as const) {
    requireFilled(ctx, p[field], [field], FINDING_WORDS[field] ?? field);
  }
  if (icans.tool === 'CAPD') requireFilled(ctx, p.capd, ['capd'], FINDING_WORDS.capd!);
  else for (const item of ICE_ITEMS) requireFilled(ctx, p.ice[item], ['ice', item], 'ICE item');
}

/** Plain words for the findings a grade may wait for (English; the form shows its own translation). */
export const FINDING_WORDS: Record<string, string> = {
  temperatureC: 'Temperature',
  hypotension: 'Hypotension',
  hypoxia: 'Hypoxia',
  feverTherapy: 'Antipyretics, tocilizumab or steroids since CRS began',
  ice: 'ICE score (all 10 items)',
  capd: 'CAPD score',
  ageYears: 'Age (date of birth)',
  consciousness: 'Level of consciousness',
  seizure: 'Seizure',
  motorWeakness: 'Motor findings',
  raisedIcp: 'Raised intracranial pressure / cerebral edema',
};

function safeRefine(check: (p: Inputs, ctx: z.RefinementCtx) => void) {
  return (p: Inputs, ctx: z.RefinementCtx) => {
    try {
      check(p, ctx);
    } catch (error) {
      if (!(error instanceof AstctInputError)) throw error;
      ctx.addIssue({ code: 'custom', path: [], message: error.message });
    }
  };
}

/**
 * The temperature a draft grades with: a number within the input-sanity limits; text not yet a number, or a
 * slip like 379 °C, grades as a missing temperature ("not gradable yet"), never as another value.
 */
export function gradableTemperature(value: unknown): number | null {
  const n = numeric(value);
  const { min, max } = VITAL_LIMITS.temperatureC;
  return n !== null && n >= min && n <= max ? n : null;
}

/** The CAPD a draft grades with: 'unable', or a whole total within 0–32; anything else grades as missing. */
export function gradableCapd(value: unknown): number | 'unable' | null {
  if (value === 'unable') return value;
  const n = numeric(value);
  return n !== null && Number.isInteger(n) && n >= 0 && n <= CAPD_MAX ? n : null;
}

// A draft keeps the temperature and the CAPD as typed (common.ts typedNumber); limits apply when it is signed.
export const carTDraft = carTShape
  .extend({ temperatureC: typedNumber.nullable(), capd: z.union([capdValue, typedNumber]).nullable().optional() })
  .partial()
  .superRefine((p, ctx) =>
    checkUnarousable({ ...p, temperatureC: gradableTemperature(p.temperatureC), capd: gradableCapd(p.capd) }, ctx),
  )
  .transform((p) => ({
    ...p,
    ...withGrades({ ...p, temperatureC: gradableTemperature(p.temperatureC), capd: gradableCapd(p.capd) }),
    temperatureC: p.temperatureC,
    capd: p.capd,
  }));
export const carTPayload = carTShape
  .superRefine(checkUnarousable)
  .superRefine(safeRefine((p, ctx) => checkGraded(p as z.infer<typeof carTShape>, ctx)))
  .transform(withGrades);
