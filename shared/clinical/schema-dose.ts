import { z } from 'zod';

// Dose rules shared by drugs.json (label dose options) and regimens.json (the dose of each drug on a visit).

const positiveMg = z.number().finite().positive();

/**
 * How a weight-based dose is rounded. `center-configurable` means no label rounding rule was found and the value
 * is the app default (0.1 mg) that a center may change; `label` would mean the label states it.
 */
export const roundingRuleSchema = z
  .object({
    incrementMg: z.number().finite().positive(),
    source: z.enum(['label', 'center-configurable']),
  })
  .strict();

/** A fixed amount. `doseText` carries what the label prints when mg alone is not the whole dose (co-formulations). */
export const flatDoseSchema = z
  .object({
    kind: z.literal('flat'),
    mg: positiveMg,
    doseText: z.string().min(1).optional(),
  })
  .strict();

export const perKgDoseSchema = z
  .object({
    kind: z.literal('perKg'),
    mgPerKg: positiveMg,
    capMg: positiveMg.optional(),
    rounding: roundingRuleSchema,
  })
  .strict();

const bandDoseSchema = z.discriminatedUnion('kind', [flatDoseSchema, perKgDoseSchema]);

/**
 * One weight band: [minKg, belowKg). `dose: null` means the library has no dose for that band (the label gives
 * none, or the product is not indicated there), so a prescriber must order it: computeDose refuses it.
 */
export const weightBandSchema = z
  .object({
    label: z.string().min(1),
    minKg: z.number().finite().positive().optional(),
    belowKg: z.number().finite().positive().optional(),
    dose: bandDoseSchema.nullable(),
    note: z.string().min(1).optional(),
  })
  .strict();

export const weightBandDoseSchema = z
  .object({
    kind: z.literal('weightBand'),
    bands: z.array(weightBandSchema).min(2),
  })
  .strict()
  .superRefine((rule, ctx) => {
    // Bands must tile (0, ∞) in ascending order, so every weight falls in exactly one band.
    rule.bands.forEach((band, index) => {
      const expectedMin = index === 0 ? undefined : rule.bands[index - 1]?.belowKg;
      const isLast = index === rule.bands.length - 1;
      if (band.minKg !== expectedMin) {
        const message =
          expectedMin === undefined
            ? 'The first band must have no minKg'
            : `minKg must equal the previous belowKg (${expectedMin})`;
        ctx.addIssue({ code: 'custom', path: ['bands', index, 'minKg'], message });
      }
      if (isLast !== (band.belowKg === undefined)) {
        const message = isLast ? 'The last band must have no belowKg' : 'Only the last band may omit belowKg';
        ctx.addIssue({ code: 'custom', path: ['bands', index, 'belowKg'], message });
      }
      if (band.minKg !== undefined && band.belowKg !== undefined && band.belowKg <= band.minKg) {
        ctx.addIssue({ code: 'custom', path: ['bands', index, 'belowKg'], message: 'belowKg must exceed minKg' });
      }
    });
  });

export const doseRuleSchema = z.discriminatedUnion('kind', [flatDoseSchema, perKgDoseSchema, weightBandDoseSchema]);

/**
 * Infusion (or injection) time used for chair scheduling. `first` applies to the first dose of the drug in a
 * plan; `subsequent` to later doses, under `subsequentCondition` when the label sets one. Where the label gives a
 * range ("3–5 minutes") the upper bound is used and `text` keeps the label wording.
 */
export const infusionMinutesSchema = z
  .object({
    first: z.number().int().positive(),
    subsequent: z.number().int().positive(),
    subsequentCondition: z.string().min(1).optional(),
    text: z.string().min(1),
  })
  .strict();

export const premedicationRuleSchema = z
  .object({
    text: z.string().min(1),
    /** Limits the rule to the first N doses of the drug (avelumab: "before the first 4 infusions"). */
    appliesToDoses: z.object({ first: z.number().int().positive().optional() }).strict().optional(),
  })
  .strict();

export const premedicationSchema = z
  .object({
    statement: z.string().min(1),
    rules: z.array(premedicationRuleSchema),
  })
  .strict();

/**
 * Preparation as the label gives it: the diluent, the final concentration, and how long the diluted solution
 * may be kept. A null field means the label text for it was not read in the sources; the record then lists it
 * as UNVERIFIED, so the administration card says "not in the library" rather than nothing.
 */
export const preparationSchema = z
  .object({
    diluent: z.string().min(1).nullable(),
    finalConcentration: z.string().min(1).nullable(),
    storage: z.string().min(1).nullable(),
    notes: z.array(z.string().min(1)),
  })
  .strict();

export type Preparation = z.infer<typeof preparationSchema>;
export type RoundingRule = z.infer<typeof roundingRuleSchema>;
export type FlatDose = z.infer<typeof flatDoseSchema>;
export type PerKgDose = z.infer<typeof perKgDoseSchema>;
export type WeightBand = z.infer<typeof weightBandSchema>;
export type WeightBandDose = z.infer<typeof weightBandDoseSchema>;
export type DoseRule = z.infer<typeof doseRuleSchema>;
export type InfusionMinutes = z.infer<typeof infusionMinutesSchema>;
export type PremedicationRule = z.infer<typeof premedicationRuleSchema>;
export type Premedication = z.infer<typeof premedicationSchema>;
