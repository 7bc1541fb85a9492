import { z } from 'zod';
import type { ChannelSpec } from '../contract';
import { clockTime } from '../../charting/common';
import { INFUSION_ACTIONS, infusionEvent, infusionSummary } from '../../charting/infusion';
import { VISIT_PHASES } from '../../charting/visit-phase';
import { vitalFlagThresholds } from '../../charting/vitals';
import { entityId, isoDate, shortText } from '../schemas';
import { APPOINTMENT_FLAGS, APPOINTMENT_STATUSES } from '../../schedule/status';
import { chartEntry } from './chart';
import { requestId } from './charting';
import { drugLine } from './schedule';

// The visit at the chair: the day's chairside list, one visit's context (drugs, entries, infusions, phase,
// release), and the visit's own actions: check-in with two identifiers, an infusion event, hold or discharge.
// The entries the nurse writes on the visit (drafts, signatures, corrections) are in ./charting.ts.

const minute = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);

export const worklistItem = z.object({
  appointmentId: entityId,
  patientId: entityId,
  patientName: z.string(),
  mrn: z.string(),
  start: minute,
  end: minute,
  chairName: z.string(),
  status: z.enum(APPOINTMENT_STATUSES),
  /** The visit's phase at the chair, null before anything is charted. */
  phase: z.enum(VISIT_PHASES).nullable(),
  observationEnds: z.string().nullable(),
  flags: z.array(z.enum(APPOINTMENT_FLAGS)),
  drugs: z.array(drugLine),
  regimenName: z.string(),
  isCarT: z.boolean(),
  isCheckedIn: z.boolean(),
  /** Booked with the roster nurse who has the signed-in user's initials, or charted on by that user. */
  isMine: z.boolean(),
});
export type WorklistItem = z.infer<typeof worklistItem>;

export const monitoringItem = z.object({
  patientId: entityId,
  patientName: z.string(),
  mrn: z.string(),
  planId: entityId,
  productName: z.string(),
  day0: isoDate,
  /** Days since day 0 (0–14). */
  day: z.number().int(),
});
export type MonitoringItem = z.infer<typeof monitoringItem>;

export const chairsideWorklist = z.object({
  date: isoDate,
  appointments: z.array(worklistItem),
  carTMonitoring: z.array(monitoringItem),
});
export type ChairsideWorklist = z.infer<typeof chairsideWorklist>;

const recordedWeight = z.object({ kg: z.number(), measuredOn: isoDate });
export const weightCheck = z.discriminatedUnion('status', [
  z.object({ status: z.literal('not-weight-based') }),
  z.object({
    status: z.enum(['fresh', 'needs-fresh-weight']),
    reasons: z.array(z.enum(['no-weight', 'too-old', 'changed', 'no-plan-weight'])),
    last: recordedWeight.nullable(),
    planKg: z.number().nullable(),
    ageDays: z.number().int().nullable(),
    changePercent: z.number().nullable(),
    policy: z.object({ maxAgeDays: z.number().int(), maxChangePercent: z.number() }),
  }),
]);

export const visitDrug = z.object({
  drugId: z.string(),
  drugName: z.string(),
  order: z.number().int().positive(),
  doseMg: z.number().nullable(),
  doseText: z.string(),
  route: z.enum(['IV', 'SC']),
  /** Expected infusion time for this dose from the library, or null. */
  infusionMinutes: z.number().int().nullable(),
  infusionText: z.string().nullable(),
  infusionUnverified: z.array(z.string()),
  /** The library's in-line filter wording (null when the sources state none) and its UNVERIFIED marks. */
  filterText: z.string().nullable(),
  filterUnverified: z.array(z.string()),
  /** The label's infusion-reaction rule for this drug, or the class rule when the library has none. */
  reactionRule: z.string(),
  reactionRuleSource: z.string(),
  restartPercent: z.number().int(),
  restartIsCenterValue: z.boolean(),
  /** Preparation as the label gives it (null fields: not in the library), with its UNVERIFIED marks; null for CAR T. */
  preparation: z
    .object({
      diluent: z.string().nullable(),
      finalConcentration: z.string().nullable(),
      storage: z.string().nullable(),
      notes: z.array(z.string()),
      unverified: z.array(z.string()),
    })
    .nullable(),
  /** On a combination day: the drugs in the day's order and the regimen's words about it. */
  sequence: z.object({ drugNames: z.array(z.string()), note: z.string().nullable() }).nullable(),
  /** Labs the label asks for before every dose (CTLA-4: creatinine, ACTH/cortisol…), with UNVERIFIED marks. */
  labsBeforeEachDose: z.array(z.string()),
  labsUnverified: z.array(z.string()),
  /** Where these facts come from: title, link, revision and check dates. */
  sources: z.array(
    z.object({
      title: z.string(),
      url: z.string().nullable(),
      revised: z.string().nullable(),
      checked: z.string().nullable(),
    }),
  ),
});
export type VisitDrug = z.infer<typeof visitDrug>;

export const visitContext = z.object({
  appointment: z.object({
    id: entityId,
    date: isoDate,
    start: minute,
    end: minute,
    status: z.enum(APPOINTMENT_STATUSES),
    flags: z.array(z.enum(APPOINTMENT_FLAGS)),
    chairName: z.string(),
    cycle: z.number().int(),
    doseNumber: z.number().int(),
  }),
  patientId: entityId,
  plan: z.object({
    id: entityId,
    kind: z.enum(['regimen', 'car-t']),
    regimenName: z.string(),
    status: z.string(),
    statusReason: z.string().nullable(),
    day0: isoDate.nullable(),
  }),
  drugs: z.array(visitDrug),
  premedication: z.array(z.string()),
  checkIn: chartEntry.nullable(),
  /** The current version of every entry of this visit, newest first. */
  entries: z.array(chartEntry),
  /** Where the visit stands, worked out in main from what is charted (shared/charting/visit-phase.ts). */
  phase: z.enum(VISIT_PHASES),
  /** HH:MM when observation ends (from the last stop), once every drug has ended. */
  observationEnds: clockTime.nullable(),
  /** Whether this dose is released: a pharmacist-verified order covers it and the plan is active. */
  release: z.object({
    status: z.enum(['released', 'no-order', 'awaiting-verification', 'plan-not-active']),
    message: z.string().nullable(),
    prescriberName: z.string().nullable(),
    verifiedBy: z.string().nullable(),
  }),
  /** The clinic's clock now, HH:MM, so the screen's "now" is main's. */
  clinicNow: clockTime,
  /** Every drug and CAR T product of the library, for reading a bag's label (never only the ordered one). */
  drugChoices: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Each drug's infusion as charted: its events and the summary every record reads. */
  infusions: z.array(z.object({ drugId: z.string(), summary: infusionSummary, events: z.array(infusionEvent) })),
  /** The nurse's decisions about the visit (hold, discharge), oldest first. */
  visitEvents: z.array(
    z.object({
      action: z.enum(['hold', 'discharge']),
      time: clockTime,
      reason: z.string().nullable(),
      userId: z.string().nullable(),
    }),
  ),
  thresholds: vitalFlagThresholds,
  thresholdsAreDefault: z.boolean(),
  /** Weight-based doses: whether a fresh weight is needed before this dose (center policy, weight-check.ts). */
  weightCheck: weightCheck,
});
export type VisitContext = z.infer<typeof visitContext>;

export const checkInInput = z
  .object({
    appointmentId: entityId,
    /** The name the patient states, as typed: compared without case or accents. */
    name: shortText(200).min(1, 'Type the name the patient gives'),
    dateOfBirth: isoDate.optional(),
    mrn: shortText(40).min(1).optional(),
    mrnSource: z.enum(['scanned', 'typed']).optional(),
    clientRequestId: requestId,
  })
  .strict()
  .refine((i) => i.dateOfBirth !== undefined || i.mrn !== undefined, {
    path: ['dateOfBirth'],
    message: 'Give the date of birth or the MRN (or scan the wristband) as the second identifier',
  });

const optionalReason = z.string().trim().min(3, 'Give a reason (at least 3 characters)').max(500).optional();

export const infusionActionInput = z
  .object({
    appointmentId: entityId,
    drugId: z.string().min(1).max(80),
    action: z.enum(INFUSION_ACTIONS),
    /** The clock time charted (24-hour HH:MM); now when omitted. Never in the future. */
    time: clockTime.optional(),
    /** A rate change, or a restart at a prescriber's rate (the center's percentage when omitted). */
    rateMlPerHour: z.number().gt(0).max(1000).optional(),
    /** Stop: whether the whole dose was given. */
    complete: z.boolean().optional(),
    reason: optionalReason,
    /** The reaction this event is charted for (interruption, restart, slowing, stop for good). */
    reactionEntryId: entityId.optional(),
    voidsEventId: z.number().int().positive().optional(),
    clientRequestId: requestId,
  })
  .strict();

export const visitActionInput = z
  .object({
    appointmentId: entityId,
    action: z.enum(['hold', 'discharge']),
    reason: optionalReason,
    clientRequestId: requestId,
  })
  .strict();

export const chartingVisitChannels = {
  'charting:worklist': { input: z.object({ date: isoDate.optional() }).strict(), output: chairsideWorklist },
  'charting:context': { input: z.object({ appointmentId: entityId }).strict(), output: visitContext },
  'charting:check-in': { input: checkInInput, output: chartEntry },
  'charting:infusion': { input: infusionActionInput, output: visitContext },
  'charting:visit': { input: visitActionInput, output: visitContext },
} satisfies Record<string, ChannelSpec>;
