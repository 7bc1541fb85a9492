import { z } from 'zod';
import {
  checkProvenance,
  checkSourceDates,
  checkUniqueIds,
  isoDateSchema,
  provenanceShape,
  recordId,
  sourcesSchema,
} from './schema-common';

// car-t-products.json. Day numbering follows the labels: day 0 is the CAR T infusion, negative days are
// lymphodepletion (LD). Two kinds of LD timing exist in the labels:
// - anchor "day0": the label fixes the days ("on the 5th, 4th and 3rd day before infusion" = −5, −4, −3);
// - anchor "ldStart": the label numbers LD days from its start and gives a window instead ("infuse 2–7 days
//   after LD completion"); the calendar then needs the number of days the center chose within that window.

export const ldAgentSchema = z
  .object({
    name: z.string().min(1),
    doseText: z.string().min(1),
  })
  .strict();

const ldCommon = {
  id: recordId,
  label: z.string().min(1),
  indicationIds: z.array(recordId).min(1),
  /** An alternative to the default regimen (Kymriah: bendamustine instead of fludarabine + cyclophosphamide). */
  isAlternative: z.boolean(),
  notes: z.array(z.string().min(1)),
};

export const ldRegimenSchema = z.discriminatedUnion('anchor', [
  z
    .object({
      anchor: z.literal('day0'),
      ...ldCommon,
      days: z
        .array(z.object({ dayOffset: z.number().int().negative(), agents: z.array(ldAgentSchema).min(1) }).strict())
        .min(1),
    })
    .strict(),
  z
    .object({
      anchor: z.literal('ldStart'),
      ...ldCommon,
      days: z
        .array(z.object({ ldDay: z.number().int().positive(), agents: z.array(ldAgentSchema).min(1) }).strict())
        .min(1),
    })
    .strict(),
  // The sources give the agents but not which days they fall on relative to the infusion: shown as text and
  // booked by hand from the prescriber's order, never placed on the calendar by a guess.
  z
    .object({
      anchor: z.literal('unscheduled'),
      ...ldCommon,
      text: z.string().min(1),
    })
    .strict(),
]);

export const infusionWindowSchema = z
  .object({
    minDaysAfterLd: z.number().int().nonnegative(),
    maxDaysAfterLd: z.number().int().nonnegative(),
    text: z.string().min(1),
  })
  .strict()
  .refine((window) => window.maxDaysAfterLd >= window.minDaysAfterLd, {
    message: 'maxDaysAfterLd must be at least minDaysAfterLd',
    path: ['maxDaysAfterLd'],
  });

export const carTIndicationSchema = z
  .object({
    id: recordId,
    label: z.string().min(1),
    doseText: z.string().min(1),
    /** Only for LD regimens anchored at LD start. */
    infusionWindow: infusionWindowSchema.optional(),
    timingNotes: z.array(z.string().min(1)),
    /** A test the dose depends on (Aucatzyl: marrow blasts ≤ 7 days before lymphodepletion). */
    doseDependsOn: z
      .object({ test: z.string().min(1), withinDaysBeforeLd: z.number().int().positive(), text: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict();

/** What a toxicity after the first split dose does to the next one (label dose-modification table). */
export const holdRuleSchema = z
  .object({
    toxicity: z.enum(['CRS', 'ICANS']),
    minGrade: z.number().int().min(1).max(4),
    /** Highest grade the rule covers; absent = this grade or higher. */
    maxGrade: z.number().int().min(1).max(4).optional(),
    action: z.enum(['postpone', 'do-not-give', 'ask-prescriber']),
    text: z.string().min(1),
  })
  .strict();

/** A later planned infusion of a split dose (Aucatzyl: label Day 10 ± 2 when Day 1 is the first infusion). */
export const additionalInfusionSchema = z
  .object({
    label: z.string().min(1),
    dayOffset: z.number().int().positive(),
    toleranceDays: z.number().int().nonnegative(),
    /** The latest day (day 0 = first infusion) it may be postponed to, when the label allows postponing. */
    latestDayOffset: z.number().int().positive().optional(),
    holdRules: z.array(holdRuleSchema),
    text: z.string().min(1),
  })
  .strict();

const monitoringDays = {
  dailyMonitoringDays: z.number().int().positive(),
  stayNearDays: z.number().int().positive(),
  noDrivingDays: z.number().int().positive(),
};

export const carTMonitoringSchema = z
  .object({
    current: z
      .object({
        ...monitoringDays,
        /** Counted from day 0, or from the last planned infusion of a split dose (Aucatzyl's larger second dose). */
        countsFrom: z.enum(['day0', 'last-infusion']),
        effective: isoDateSchema,
        sources: sourcesSchema,
      })
      .strict(),
    /** REMS-era label values, for historical records only; null where no product value was found. */
    history: z.array(
      z
        .object({
          label: z.string().min(1),
          until: isoDateSchema,
          indicationIds: z.array(recordId).optional(),
          dailyMonitoringDays: monitoringDays.dailyMonitoringDays.nullable(),
          stayNearDays: monitoringDays.stayNearDays.nullable(),
          noDrivingDays: monitoringDays.noDrivingDays.nullable(),
          notes: z.array(z.string().min(1)),
          sources: sourcesSchema,
        })
        .strict(),
    ),
  })
  .strict();

const carTProductObject = z
  .object({
    id: recordId,
    genericName: z.string().min(1),
    brandName: z.string().min(1),
    target: z.enum(['CD19', 'BCMA']),
    indications: z.array(carTIndicationSchema).min(1),
    lymphodepletion: z.array(ldRegimenSchema),
    additionalInfusions: z.array(additionalInfusionSchema),
    premedication: z.string().min(1),
    administration: z.array(z.string().min(1)),
    warnings: z.array(z.string().min(1)),
    monitoring: carTMonitoringSchema,
    ...provenanceShape,
  })
  .strict();

export const carTProductSchema = carTProductObject.superRefine((product, ctx) => {
  checkProvenance(product, ctx);
  checkSourceDates(product.monitoring.current.sources, ['monitoring', 'current', 'sources'], product, ctx);
  product.monitoring.history.forEach((entry, i) =>
    checkSourceDates(entry.sources, ['monitoring', 'history', i, 'sources'], product, ctx),
  );
  checkUniqueIds(product.indications, ctx, (index) => ['indications', index, 'id']);
  checkUniqueIds(product.lymphodepletion, ctx, (index) => ['lymphodepletion', index, 'id']);
  checkIndicationLinks(product, ctx);
});

function checkIndicationLinks(product: z.infer<typeof carTProductObject>, ctx: z.RefinementCtx): void {
  const indicationIds = new Set(product.indications.map((indication) => indication.id));
  product.lymphodepletion.forEach((regimen, index) => {
    regimen.indicationIds.forEach((id, idIndex) => {
      if (!indicationIds.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['lymphodepletion', index, 'indicationIds', idIndex],
          message: `No indication "${id}" in this product`,
        });
      }
    });
  });
  product.monitoring.history.forEach((entry, index) => {
    (entry.indicationIds ?? []).forEach((id, idIndex) => {
      if (!indicationIds.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['monitoring', 'history', index, 'indicationIds', idIndex],
          message: `No indication "${id}" in this product`,
        });
      }
    });
  });
}

export type LdAgent = z.infer<typeof ldAgentSchema>;
export type LdRegimen = z.infer<typeof ldRegimenSchema>;
export type InfusionWindow = z.infer<typeof infusionWindowSchema>;
export type CarTIndication = z.infer<typeof carTIndicationSchema>;
export type HoldRule = z.infer<typeof holdRuleSchema>;
export type AdditionalInfusion = z.infer<typeof additionalInfusionSchema>;
export type CarTMonitoring = z.infer<typeof carTMonitoringSchema>;
export type CarTProduct = z.infer<typeof carTProductSchema>;
