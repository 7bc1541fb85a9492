import { z } from 'zod';
import { checkProvenance, checkUniqueIds, provenanceShape, recordId } from './schema-common';
import { doseRuleSchema, infusionMinutesSchema } from './schema-dose';

// regimens.json: schedules as data. A regimen is a list of phases; each phase repeats every `intervalDays`
// for `doses` visits (null = until progression or the end of the plan). Conventions, used by expandRegimen:
// - the first dose of a later phase falls one interval of the PREVIOUS phase after that phase's last dose,
//   unless the phase gives startAfterDays (null: not in the sources, the plan stops there);
// - `maxDuration` counts from the regimen's first dose, and a dose on or after that limit is not planned.

export const durationSchema = z
  .object({
    amount: z.number().int().positive(),
    unit: z.enum(['days', 'weeks', 'months', 'years']),
    /** The label's words, e.g. "up to 3 years". */
    text: z.string().min(1),
  })
  .strict();

export const regimenItemSchema = z
  .object({
    drugId: recordId,
    dose: doseRuleSchema,
    /** Administration order on the day, 1 first (nivolumab before ipilimumab). */
    order: z.number().int().positive(),
    /** Only on these doses of the phase (1-based); all doses when absent. */
    onPhaseDoses: z.array(z.number().int().positive()).min(1).optional(),
    /** Only on phase dose 1 and every Nth dose after it (ipilimumab every 6 weeks with nivolumab every 3). */
    everyNthPhaseDose: z.number().int().min(2).optional(),
    /** Overrides the drug's infusion time in this regimen (ipilimumab is 30 min with nivolumab). */
    infusionMinutes: infusionMinutesSchema.optional(),
  })
  .strict();

export const regimenPhaseSchema = z
  .object({
    id: recordId,
    label: z.string().min(1),
    intervalDays: z.number().int().positive(),
    doses: z.number().int().positive().nullable(),
    maxDuration: durationSchema.optional(),
    /**
     * Days from the previous phase's last dose to this phase's first. Absent: one interval of the previous
     * phase (dostarlimab dose 5, 3 weeks after dose 4). null: the sources do not say, so a plan stops before this
     * phase and says so rather than guess a date.
     */
    startAfterDays: z.number().int().positive().nullable().optional(),
    items: z.array(regimenItemSchema).min(1),
  })
  .strict()
  .superRefine((phase, ctx) => {
    const orders = new Set<number>();
    phase.items.forEach((item, index) => {
      if (orders.has(item.order)) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'order'], message: `Order ${item.order} is used twice` });
      }
      orders.add(item.order);
      const beyond = phase.doses === null ? [] : (item.onPhaseDoses ?? []).filter((n) => n > (phase.doses ?? 0));
      if (beyond.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'onPhaseDoses'],
          message: `Dose ${beyond.join(', ')} is past the phase's ${phase.doses} doses`,
        });
      }
    });
  });

export const regimenSchema = z
  .object({
    id: recordId,
    name: z.string().min(1),
    setting: z.string().min(1),
    /** SC products need an injection slot, not an infusion chair. */
    slot: z.enum(['infusion-chair', 'injection']),
    population: z.enum(['adult', 'pediatric', 'adult-and-pediatric']).optional(),
    phases: z.array(regimenPhaseSchema).min(1),
    notes: z.array(z.string().min(1)),
    ...provenanceShape,
  })
  .strict()
  .superRefine((regimen, ctx) => {
    checkProvenance(regimen, ctx);
    checkUniqueIds(regimen.phases, ctx, (index) => ['phases', index, 'id']);
    regimen.phases.forEach((phase, index) => {
      if (phase.doses === null && index < regimen.phases.length - 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['phases', index, 'doses'],
          message: 'Only the last phase may be open-ended (doses: null)',
        });
      }
    });
  });

export type Duration = z.infer<typeof durationSchema>;
export type RegimenItem = z.infer<typeof regimenItemSchema>;
export type RegimenPhase = z.infer<typeof regimenPhaseSchema>;
export type Regimen = z.infer<typeof regimenSchema>;

/** Every drug a regimen uses, in first-use order. */
export function regimenDrugIds(regimen: Pick<Regimen, 'phases'>): string[] {
  return [...new Set(regimen.phases.flatMap((phase) => phase.items.map((item) => item.drugId)))];
}
