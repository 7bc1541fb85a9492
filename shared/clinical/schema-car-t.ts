import { z } from 'zod';
import {
  checkProvenance,
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
  })
  .strict();

/** A later planned infusion of a split dose (Aucatzyl: label Day 10 ± 2 when Day 1 is the first infusion). */
export const additionalInfusionSchema = z
  .object({
    label: z.string().min(1),
    dayOffset: z.number().int().positive(),
    toleranceDays: z.number().int().nonnegative(),
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
    current: z.object({ ...monitoringDays, effective: isoDateSchema, sources: sourcesSchema }).strict(),
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
export type AdditionalInfusion = z.infer<typeof additionalInfusionSchema>;
export type CarTMonitoring = z.infer<typeof carTMonitoringSchema>;
export type CarTProduct = z.infer<typeof carTProductSchema>;
