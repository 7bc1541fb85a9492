import { z } from 'zod';
import { empty, entityId, isoDate, isoDateTime, shortText } from '../schemas';
import { APPOINTMENT_STATUSES } from '../../schedule/status';

// Treatment plans: a regimen (or a CAR T calendar) from the clinical library, turned into dated doses for
// one patient at one weight. The plan keeps the library version and the dose basis it was made with.

export const PLAN_STATUSES = ['active', 'on-hold', 'completed', 'discontinued'] as const;
export const planStatus = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof planStatus>;

export const VISIT_KINDS = ['treatment', 'lymphodepletion', 'car-t-infusion', 'car-t-additional'] as const;
export const visitKind = z.enum(VISIT_KINDS);

export const planItem = z.object({
  drugId: z.string(),
  drugName: z.string(),
  /** Null for items the library gives only as text (lymphodepletion agents, CAR T cells). */
  doseMg: z.number().nullable(),
  /** What the nurse reads: "200 mg", or the label's words when there is no mg amount. */
  doseText: z.string(),
  basis: z.string(),
  infusionMinutes: z.number().int().nullable(),
  infusionCondition: z.string().optional(),
});
export type PlanItem = z.infer<typeof planItem>;

export const doseAppointment = z.object({
  id: entityId,
  date: isoDate,
  start: z.number().int(),
  end: z.number().int(),
  chairId: z.string(),
  status: z.enum(APPOINTMENT_STATUSES),
});

export const planDose = z.object({
  doseNumber: z.number().int().positive(),
  cycle: z.number().int().positive(),
  kind: visitKind,
  phaseId: z.string().nullable(),
  /** The phase's interval, which a hold shifts the later doses by; null for one-off visits. */
  intervalDays: z.number().int().positive().nullable(),
  targetDate: isoDate,
  items: z.array(planItem),
  /** Minutes of infusion for the visit, or null when the library gives none (then it cannot be booked yet). */
  infusionMinutes: z.number().int().nullable(),
  premedication: z.array(z.string()),
  isFirstDose: z.boolean(),
  unverified: z.array(z.string()),
  /** The dose's live appointment, when it has one. */
  appointment: doseAppointment.nullable(),
});
export type PlanDose = z.infer<typeof planDose>;

export const carTDates = z.object({
  productId: z.string(),
  indicationId: z.string(),
  ldRegimenId: z.string().nullable(),
  day0: isoDate,
  dailyMonitoringEnd: isoDate,
  stayNearEnd: isoDate,
  noDrivingEnd: isoDate,
});

export const treatmentPlan = z.object({
  id: entityId,
  patientId: entityId,
  kind: z.enum(['regimen', 'car-t']),
  regimenId: z.string(),
  regimenName: z.string(),
  libraryVersion: z.string(),
  startDate: isoDate,
  weightKgUsed: z.number().nullable(),
  status: planStatus,
  statusReason: z.string().nullable(),
  createdAt: isoDateTime,
  createdBy: z.string().nullable(),
  carT: carTDates.nullable(),
  doses: z.array(planDose),
  /** Things the nurse should confirm (start date in the past, unverified library facts). */
  warnings: z.array(z.string()),
});
export type TreatmentPlan = z.infer<typeof treatmentPlan>;

const reason = shortText(500).min(3, 'Give a reason (at least 3 characters)');
const weightKg = z.number().gt(0).max(400);

export const createRegimenPlanInput = z
  .object({
    kind: z.literal('regimen'),
    patientId: entityId,
    regimenId: z.string().min(1).max(80),
    startDate: isoDate,
    /** The weight the doses are worked out with; the patient's recorded weight when omitted. */
    weightKg: weightKg.optional(),
    /** Needed for open-ended regimens without a maximum duration. */
    maxDoses: z.number().int().min(1).max(200).optional(),
    /** A start date in the past is refused unless the nurse confirms it (a plan already under way). */
    confirmPastStart: z.boolean().default(false),
  })
  .strict();

export const createCarTPlanInput = z
  .object({
    kind: z.literal('car-t'),
    patientId: entityId,
    productId: z.string().min(1).max(80),
    indicationId: z.string().min(1).max(80),
    day0: isoDate,
    ldRegimenId: z.string().min(1).max(80).optional(),
    daysAfterLdCompletion: z.number().int().min(0).max(60).optional(),
    confirmPastStart: z.boolean().default(false),
  })
  .strict();

export const createPlanInput = z.discriminatedUnion('kind', [createRegimenPlanInput, createCarTPlanInput]);
export type CreatePlanInput = z.output<typeof createPlanInput>;

export const planSummary = treatmentPlan.omit({ doses: true }).extend({
  doseCount: z.number().int(),
  bookedCount: z.number().int(),
  nextDate: isoDate.nullable(),
});
export type PlanSummary = z.infer<typeof planSummary>;

export const planOptions = z.object({
  libraryVersion: z.string(),
  regimens: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      setting: z.string(),
      weightBased: z.boolean(),
      openEnded: z.boolean(),
    }),
  ),
  carTProducts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      indications: z.array(z.object({ id: z.string(), label: z.string() })),
    }),
  ),
});
export type PlanOptions = z.infer<typeof planOptions>;

export const planChannels = {
  'plans:options': { input: empty, output: planOptions },
  'plans:create': { input: createPlanInput, output: treatmentPlan },
  'plans:get': { input: z.object({ planId: entityId }).strict(), output: treatmentPlan },
  'plans:list-for-patient': { input: z.object({ patientId: entityId }).strict(), output: z.array(planSummary) },
  'plans:set-status': {
    input: z.object({ planId: entityId, status: planStatus, reason }).strict(),
    output: treatmentPlan,
  },
};
