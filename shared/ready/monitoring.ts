import { z } from 'zod';
import { ANALYTE_IDS } from '../labs/analytes';

// resources/clinical/monitoring.json: which labs are due before which doses and how recent, the values that
// hold a dose, and the other Ready-to-treat rules, each naming its sources. Validated when main loads it.

const sourceRef = z.object({
  title: z.string().min(1),
  url: z.string().url(),
  revised: z.string().nullable(),
  checked: z.string(),
});
export type MonitoringSource = z.infer<typeof sourceRef>;

const analyte = z.enum(ANALYTE_IDS);

export const DUE_WHEN_KINDS = ['each-dose', 'every-days', 'periodic', 'once'] as const;

const dueWhen = z.discriminatedUnion('kind', [
  /** Before every dose; how recent is the center's `preDoseMaxAgeHours` (no source gives a number). */
  z.object({ kind: z.literal('each-dose') }),
  z.object({ kind: z.literal('every-days'), days: z.number().int().positive() }),
  /** "Periodically": how often is the center's `periodicMaxAgeDays`. */
  z.object({ kind: z.literal('periodic') }),
  /** Once, any time before (serology before CAR T). */
  z.object({ kind: z.literal('once') }),
]);
export type DueWhen = z.infer<typeof dueWhen>;

const appliesTo = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('checkpoint') }),
  z.object({ kind: z.literal('car-t') }),
  z.object({ kind: z.literal('drugs'), drugIds: z.array(z.string().min(1)).min(1) }),
]);

export const dueLabRule = z
  .object({
    id: z.string().min(1),
    appliesTo,
    /** Each group is one requirement; any analyte of the group satisfies it (cortisol or ACTH). */
    analytes: z.array(z.array(analyte).min(1)).min(1),
    when: dueWhen,
    sources: z.array(z.string()).min(1),
    unverified: z.string().optional(),
  })
  .strict();
export type DueLabRule = z.infer<typeof dueLabRule>;

export const HOLD_COMPARISONS = ['uln-multiple', 'baseline-multiple', 'above'] as const;

export const holdCriterion = z
  .object({
    id: z.string().min(1),
    analyte,
    compare: z.enum(HOLD_COMPARISONS),
    /** A multiple of the upper limit of normal or of the baseline, or a value in `unit`. */
    limit: z.number().positive(),
    unit: z.string().optional(),
    sources: z.array(z.string()).min(1),
  })
  .strict();
export type HoldCriterion = z.infer<typeof holdCriterion>;

const sourced = z.object({ sources: z.array(z.string()).min(1) });
const words = z.object({ en: z.string().min(1), fr: z.string().min(1) });

export const IRAE_DECISIONS = ['continue', 'withhold', 'discontinue'] as const;
const decision = z.enum(IRAE_DECISIONS);

/** Per organ and grade: continue, withhold, or permanently discontinue (ASCO 2021 and the labels). */
export const iraeOrgan = sourced
  .extend({
    id: z.string().min(1),
    names: words,
    /** CTCAE system organ classes of the organ, and single terms from other classes (ALT increased…). */
    socs: z.array(z.string().min(1)),
    meddraCodes: z.array(z.string().regex(/^\d{8}$/)).optional(),
    grades: z.object({ '1': decision, '2': decision, '3': decision, '4': decision }).strict(),
  })
  .strict();
export type IraeOrgan = z.infer<typeof iraeOrgan>;

export const monitoringSchema = z
  .object({
    about: z.string(),
    checked: z.string(),
    sources: z.record(z.string(), sourceRef),
    dueLabs: z.array(dueLabRule),
    holdCriteria: z.array(holdCriterion),
    steroids: sourced.extend({ prednisoneMgPerDayAtMost: z.number().positive() }),
    irae: sourced.extend({
      holdFromGrade: z.number().int().min(1).max(5),
      holdAtAnyGradeSocs: z.array(z.string()),
    }),
    consent: sourced,
    education: sourced,
    iraeGuidance: z
      .object({
        resume: sourced.extend({ text: words }),
        combination: sourced.extend({ text: words }),
        organs: z.array(iraeOrgan).min(1),
      })
      .strict(),
  })
  .strict()
  .superRefine((m, ctx) => {
    const refs = [
      ...m.dueLabs.flatMap((r) => r.sources),
      ...m.holdCriteria.flatMap((c) => c.sources),
      ...m.steroids.sources,
      ...m.irae.sources,
      ...m.consent.sources,
      ...m.education.sources,
      ...m.iraeGuidance.resume.sources,
      ...m.iraeGuidance.combination.sources,
      ...m.iraeGuidance.organs.flatMap((o) => o.sources),
    ];
    for (const ref of refs) {
      if (!m.sources[ref]) ctx.addIssue({ code: 'custom', path: ['sources'], message: `Unknown source “${ref}”` });
    }
  });
export type Monitoring = z.infer<typeof monitoringSchema>;

/** The center's values: the windows no source gives, and overrides of shipped limits (audited). */
export const readyPolicy = z
  .object({
    /** How many hours before a dose an "each dose" lab may be drawn. No default: no source gives one. */
    preDoseMaxAgeHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 14)
      .nullable(),
    /** How recent a "periodically" lab must be, in days. No default. */
    periodicMaxAgeDays: z.number().int().min(1).max(365).nullable(),
    /** Center limits replacing shipped ones, by hold criterion id (or "steroids"). */
    limits: z.record(z.string(), z.number().positive()),
  })
  .strict();
export type ReadyPolicy = z.infer<typeof readyPolicy>;

export const EMPTY_READY_POLICY: ReadyPolicy = { preDoseMaxAgeHours: null, periodicMaxAgeDays: null, limits: {} };
