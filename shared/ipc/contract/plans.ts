import { z } from 'zod';
import { empty, entityId, isoDate, isoDateTime, shortText } from '../schemas';
import { APPOINTMENT_STATUSES } from '../../schedule/status';
import { codedReason } from '../../reasons/app-reasons';

// Treatment plans: a regimen (or a CAR T calendar) from the clinical library, turned into dated doses for
// one patient at one weight. The plan keeps the library version and the dose basis it was made with.

export const PLAN_STATUSES = ['active', 'on-hold', 'completed', 'discontinued'] as const;
export const planStatus = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof planStatus>;

/** 'car-t-monitoring': a CAR T monitoring visit after the cells, where nothing is given (stored as 0960 says). */
export const VISIT_KINDS = [
  'treatment',
  'lymphodepletion',
  'car-t-infusion',
  'car-t-additional',
  'car-t-monitoring',
] as const;
export const visitKind = z.enum(VISIT_KINDS);

/** One coded step of a dose's working (shared/clinical/dose.ts BasisStep), worded by the screen. */
const basisStep = z.discriminatedUnion('step', [
  z.object({ step: z.literal('flat'), mg: z.number(), doseText: z.string().optional() }),
  z.object({ step: z.literal('per-kg'), mgPerKg: z.number(), weightKg: z.number(), exactMg: z.number() }),
  z.object({ step: z.literal('capped'), mg: z.number() }),
  z.object({ step: z.literal('rounded'), mg: z.number(), incrementMg: z.number(), perLabel: z.boolean() }),
  z.object({ step: z.literal('band'), weightKg: z.number(), band: z.string() }),
  // CAR T visits, whose dose is the label's text: the library's English, shown in French through fr.json.
  z.object({ step: z.literal('car-t-label-dose'), indication: z.string() }),
  z.object({ step: z.literal('lymphodepletion-day'), day: z.number().int() }),
  z.object({ step: z.literal('additional-infusion'), label: z.string(), text: z.string() }),
  /** What a toxicity after the first split dose does to this one: the label's rules, in order. */
  z.object({ step: z.literal('hold-rules'), rules: z.array(z.string()).min(1) }),
]);
export type BasisStepInfo = z.infer<typeof basisStep>;

export const planItem = z.object({
  drugId: z.string(),
  drugName: z.string(),
  /** Null for items the library gives only as text (lymphodepletion agents, CAR T cells). */
  doseMg: z.number().nullable(),
  /** What the nurse reads: "200 mg", or the label's words when there is no mg amount. */
  doseText: z.string(),
  /** The working in English, as stored (logs, exports, plans stored before the steps). */
  basis: z.string(),
  /** The working as coded steps the screen words in the reader's language; absent on older plans. */
  basisSteps: z.array(basisStep).optional(),
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

/** A dose's appointment that a plan hold set aside (no live one left): the day view and plan card show why. */
/** A held visit with its reason: the text, and its code and values when the app wrote it (null when typed). */
export const heldAppointment = doseAppointment.extend({
  reason: z.string().nullable(),
  reasonCoded: codedReason.nullable(),
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
  /** When the dose has no live appointment and its last one is held: that appointment, with the reason. */
  heldAppointment: heldAppointment.nullable(),
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

/** Why a plan stops where it does (shared/clinical/regimen.ts PlanEnd). */
export const planEnd = z.object({
  reason: z.enum(['dose-count', 'max-duration', 'next-phase-unscheduled', 'plan-limit']),
  text: z.string(),
  phaseLabel: z.string(),
  limitDate: isoDate.optional(),
  /** Absent on plans stored before the screens worded the end themselves: they fall back to `text`. */
  count: z.number().int().optional(),
  duration: z.object({ amount: z.number().int(), unit: z.enum(['days', 'weeks', 'months', 'years']) }).optional(),
});
export type PlanEndInfo = z.infer<typeof planEnd>;

/** Something the nurse should confirm on a plan, coded so the screen says it in the user's language. */
export const planWarning = z.discriminatedUnion('code', [
  z.object({ code: z.literal('started-before-today') }),
  /** The library's own notes on each fact still to be checked against the label (shipped in English). */
  z.object({ code: z.literal('unverified-facts'), facts: z.array(z.string()).min(1) }),
  z.object({ code: z.literal('no-lymphodepletion') }),
  z.object({ code: z.literal('unbookable-visits'), count: z.number().int().positive() }),
]);
export type PlanWarning = z.infer<typeof planWarning>;

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
  /** The reason's code and values when the app wrote it (a charted reaction or side effect); null when typed. */
  statusReasonCoded: codedReason.nullable(),
  createdAt: isoDateTime,
  createdBy: z.string().nullable(),
  carT: carTDates.nullable(),
  /** Why there are no more doses; null for CAR T calendars and plans made before it was recorded. */
  end: planEnd.nullable(),
  doses: z.array(planDose),
  /** Things the nurse should confirm (start date in the past, unverified library facts). */
  warnings: z.array(planWarning),
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

/** One phase a plan can reach: its doses, its maximum duration in the label's words, or neither (open-ended). */
const regimenLength = z.object({
  phases: z.array(
    z.object({ label: z.string(), doses: z.number().int().nullable(), maxDuration: z.string().nullable() }),
  ),
  nextPhaseLabel: z.string().nullable(),
});
export type RegimenLengthInfo = z.infer<typeof regimenLength>;

export const planOptions = z.object({
  libraryVersion: z.string(),
  regimens: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      setting: z.string(),
      /** The drugs it gives, "Nivolumab + ipilimumab": the plan form groups regimens by it. */
      group: z.string(),
      /** Its phases and limits (shared/clinical/regimen.ts RegimenLength), worded by the plan form. */
      length: regimenLength,
      weightBased: z.boolean(),
      openEnded: z.boolean(),
    }),
  ),
  carTProducts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      indications: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          /** For labels that count lymphodepletion from its start: the days allowed between its end and day 0. */
          infusionWindow: z
            .object({ minDaysAfterLd: z.number().int(), maxDaysAfterLd: z.number().int(), text: z.string() })
            .nullable(),
        }),
      ),
      /** The lymphodepletion regimens the library gives, each for some of the indications. */
      ldRegimens: z.array(
        z.object({ id: z.string(), label: z.string(), indicationIds: z.array(z.string()), isAlternative: z.boolean() }),
      ),
    }),
  ),
});
export type PlanOptions = z.infer<typeof planOptions>;

// Plan-level hold, resume and discontinue (migration 0420 keeps their history).
export const PLAN_ACTIONS = ['hold', 'resume', 'discontinue'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

export const planStatusEvent = z.object({
  id: z.number().int(),
  at: isoDateTime,
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  action: z.enum(PLAN_ACTIONS),
  fromStatus: z.string(),
  toStatus: planStatus,
  reason: z.string(),
  /** The reason's code and values when the app wrote it (a charted reaction or side effect); null when typed. */
  reasonCoded: codedReason.nullable(),
  /** The prescriber whose decision a nurse recorded (or the prescriber herself). */
  orderedBy: z.string().nullable(),
  /** Where it was decided: the plan screen, or a charted reaction or side effect. */
  source: z.string(),
  chartEntryId: z.string().nullable(),
});
export type PlanStatusEvent = z.infer<typeof planStatusEvent>;

export const planActionResult = z.object({
  plan: treatmentPlan,
  /** Appointments set aside by a hold, or cancelled by a discontinuation. */
  held: z.array(entityId),
  cancelled: z.array(entityId),
  /** Doses a resumption booked again, and those it found no room for (to book by hand). */
  rebooked: z.array(
    z.object({ doseNumber: z.number().int(), appointmentId: entityId, date: isoDate, start: z.number().int() }),
  ),
  unplaced: z.array(z.object({ doseNumber: z.number().int(), targetDate: isoDate, message: z.string() })),
});
export type PlanActionResult = z.infer<typeof planActionResult>;

const orderedBy = shortText(120).optional();

export const planChannels = {
  'plans:options': { input: empty, output: planOptions },
  'plans:create': { input: createPlanInput, output: treatmentPlan },
  'plans:get': { input: z.object({ planId: entityId }).strict(), output: treatmentPlan },
  'plans:list-for-patient': { input: z.object({ patientId: entityId }).strict(), output: z.array(planSummary) },
  'plans:hold': { input: z.object({ planId: entityId, reason }).strict(), output: planActionResult },
  /** Resume and discontinue are the prescriber's decision: a nurse records who ordered it. */
  'plans:resume': { input: z.object({ planId: entityId, reason, orderedBy }).strict(), output: planActionResult },
  'plans:discontinue': { input: z.object({ planId: entityId, reason, orderedBy }).strict(), output: planActionResult },
  'plans:history': { input: z.object({ planId: entityId }).strict(), output: z.array(planStatusEvent) },
};
