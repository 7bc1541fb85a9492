import { z } from 'zod';
import { gradeCrs, gradeIcans, iceScore, type GradeResult, type IceItems } from '../clinical';
import { ASTCT_VERSION, calendarDate, clockTime, numeric, requireFilled, typedNumber } from './common';
import { vitalNumber } from './vitals';

// CAR T toxicity at one assessment: ASTCT CRS from temperature, hypotension and hypoxia; the ICE score item
// by item; ASTCT ICANS from the ICE and the other domains (REFERENCE §4). The grades are worked out by the
// library's shared functions when the payload is parsed, so main stores its own grades, never the form's.

export const HYPOTENSION = ['none', 'fluids', 'one-vasopressor', 'multiple-vasopressors'] as const;
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

/** The 10 ICE points (REFERENCE §4.3), each true when the patient got it right; null not asked yet. */
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

const grade = z.object({ grade: z.number().int().min(0).max(4), reason: z.string() }).strict();

const carTShape = z
  .object({
    planId: z.string().min(1).max(64),
    date: calendarDate,
    time: clockTime.nullable(),
    temperatureC: vitalNumber('temperatureC').nullable(),
    hypotension: z.enum(HYPOTENSION).nullable(),
    hypoxia: z.enum(HYPOXIA).nullable(),
    feverSuppressingTherapy: z.boolean(),
    ice: iceAnswers,
    consciousness: z.enum(CONSCIOUSNESS).nullable(),
    seizure: z.enum(SEIZURE).nullable(),
    motorWeakness: z.enum(MOTOR).nullable(),
    raisedIcp: z.enum(RAISED_ICP).nullable(),
    /** Computed (ASTCT 2019); null until the inputs it needs are filled. */
    crs: grade.nullable(),
    icans: grade.extend({ ice: z.number().int().min(0).max(10) }).nullable(),
    gradingSystem: z.literal(ASTCT_VERSION),
  })
  .strict();
export type CarTToxicityPayload = z.infer<typeof carTShape>;
/** A draft as the form holds it: the temperature as typed (see typedNumber). */
export type CarTToxicityDraft = Omit<CarTToxicityPayload, 'temperatureC'> & { temperatureC: number | string | null };

/** The ICE total when every item was asked, else null. */
export function iceTotal(ice: IceAnswers): number | null {
  const values = ICE_ITEMS.map((k) => ice[k]);
  if (values.some((v) => v === null)) return null;
  const items: IceItems = {
    orientation: { year: ice.year!, month: ice.month!, city: ice.city!, hospital: ice.hospital! },
    naming: [ice.naming1!, ice.naming2!, ice.naming3!],
    followsCommands: ice.followsCommands!,
    writesStandardSentence: ice.writesStandardSentence!,
    countsBackwardsBy10: ice.countsBackwardsBy10!,
  };
  return iceScore(items);
}

type Inputs = Partial<CarTToxicityPayload>;

export function crsOf(p: Inputs): GradeResult | null {
  if (!p.hypotension || !p.hypoxia || p.temperatureC === undefined) return null;
  return gradeCrs({
    temperatureC: p.temperatureC,
    hypotension: p.hypotension,
    hypoxia: p.hypoxia,
    hasReceivedFeverSuppressingTherapy: p.feverSuppressingTherapy ?? false,
  });
}

export function icansOf(p: Inputs): (GradeResult & { ice: number }) | null {
  const ice = p.ice ? iceTotal(p.ice) : null;
  if (ice === null || !p.consciousness || !p.seizure || !p.motorWeakness || !p.raisedIcp) return null;
  const result = gradeIcans({
    ice,
    consciousness: p.consciousness,
    seizure: p.seizure,
    motorWeakness: p.motorWeakness,
    raisedIcp: p.raisedIcp,
  });
  return { ...result, ice };
}

/** §4.2: an unarousable patient cannot perform the ICE and scores 0. */
function checkUnarousable(p: Inputs, ctx: z.RefinementCtx): void {
  const ice = p.ice ? iceTotal(p.ice) : null;
  if (p.consciousness === 'unarousable' && ice !== null && ice !== 0) {
    ctx.addIssue({ code: 'custom', path: ['ice'], message: 'An unarousable patient cannot do the ICE: record 0' });
  }
}

function withGrades<T extends Inputs>(p: T): T {
  return { ...p, crs: crsOf(p), icans: icansOf(p), gradingSystem: ASTCT_VERSION };
}

// A draft keeps the temperature as typed (common.ts typedNumber); text that is not a number grades nothing.
export const carTDraft = carTShape
  .extend({ temperatureC: typedNumber.nullable() })
  .partial()
  .superRefine((p, ctx) => checkUnarousable({ ...p, temperatureC: numeric(p.temperatureC) }, ctx))
  .transform((p) => ({
    ...p,
    ...withGrades({ ...p, temperatureC: numeric(p.temperatureC) }),
    temperatureC: p.temperatureC,
  }));
export const carTPayload = carTShape
  .superRefine((p, ctx) => {
    checkUnarousable(p, ctx);
    for (const field of ['hypotension', 'hypoxia', 'consciousness', 'seizure', 'motorWeakness', 'raisedIcp'] as const) {
      requireFilled(ctx, p[field], [field], field);
    }
    for (const item of ICE_ITEMS) requireFilled(ctx, p.ice[item], ['ice', item], 'ICE item');
  })
  .transform(withGrades);
