import { z } from 'zod';
import { checkProvenance, checkUniqueIds, provenanceShape, recordId } from './schema-common';
import { doseRuleSchema, infusionMinutesSchema, preparationSchema, premedicationSchema } from './schema-dose';
import { durationSchema } from './schema-regimen';

// drugs.json: one record per product. IV and SC forms of the same antibody are separate records because their
// doses are not interchangeable mg-for-mg (Tecentriq Hybreza, Opdivo Qvantig and Keytruda Qlex labels).

export const drugTargetSchema = z.enum(['PD-1', 'PD-L1', 'CTLA-4', 'LAG-3']);
export const populationSchema = z.enum(['adult', 'pediatric', 'adult-and-pediatric']);
export const drugClassSchema = z.enum(['anti-PD-1', 'anti-PD-L1', 'anti-CTLA-4', 'anti-PD-1/anti-LAG-3']);
export const routeSchema = z.enum(['IV', 'SC']);

/** A label dose option: one dose rule, how often, and for which setting. */
export const doseOptionSchema = z
  .object({
    id: recordId,
    setting: z.string().min(1),
    dose: doseRuleSchema,
    /** null = a single dose (tremelimumab in STRIDE). */
    intervalDays: z.number().int().positive().nullable(),
    maxDoses: z.number().int().positive().optional(),
    /** The label's maximum duration of treatment for this setting ("up to 24 months"). */
    maxDuration: durationSchema.optional(),
    population: populationSchema.optional(),
    /** Overrides the drug's infusion time for this option (Keytruda Qlex: 1 min Q3W, 2 min Q6W). */
    infusionMinutes: infusionMinutesSchema.optional(),
  })
  .strict();

export const drugSchema = z
  .object({
    id: recordId,
    genericName: z.string().min(1),
    brandName: z.string().min(1),
    targets: z.array(drugTargetSchema).min(1),
    drugClass: drugClassSchema,
    route: routeSchema,
    composition: z.string().min(1).optional(),
    doseOptions: z.array(doseOptionSchema).min(1),
    infusionMinutes: infusionMinutesSchema,
    /** Label filter wording, or null when the sources found state none (see `unverified`). */
    inLineFilter: z.string().min(1).nullable(),
    premedication: premedicationSchema,
    monitoringLabs: z.string().min(1),
    /** Labs the label asks for before every dose, for the pre-dose check (the rest are baseline or periodic). */
    labsBeforeEachDose: z.array(z.string().min(1)),
    preparation: preparationSchema,
    indications: z.array(z.string().min(1)).min(1),
    administration: z.array(z.string().min(1)),
    infusionReactionRule: z.string().min(1).optional(),
    lookAlikeWarning: z.string().min(1).optional(),
    approval: z.string().min(1).optional(),
    ...provenanceShape,
  })
  .strict()
  .superRefine((drug, ctx) => {
    checkProvenance(drug, ctx);
    checkUniqueIds(drug.doseOptions, ctx, (index) => ['doseOptions', index, 'id']);
    if (drug.route === 'SC' && drug.lookAlikeWarning === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['lookAlikeWarning'],
        message: 'An SC product needs a look-alike warning against its IV form',
      });
    }
  });

export type DrugTarget = z.infer<typeof drugTargetSchema>;
export type DrugClass = z.infer<typeof drugClassSchema>;
export type Route = z.infer<typeof routeSchema>;
export type DoseOption = z.infer<typeof doseOptionSchema>;
export type Drug = z.infer<typeof drugSchema>;
