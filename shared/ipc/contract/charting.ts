import { z } from 'zod';
import type { ChannelSpec } from '../contract';
import { CHARTING_KINDS, clockTime, gradable } from '../../charting/common';
import { INFUSION_ACTIONS, infusionEvent, infusionSummary } from '../../charting/infusion';
import { VISIT_PHASES } from '../../charting/visit-phase';
import { vitalFlagThresholds } from '../../charting/vitals';
import { entityId, isoDate, isoDateTime, shortText } from '../schemas';
import { APPOINTMENT_FLAGS, APPOINTMENT_STATUSES } from '../../schedule/status';
import { CORRECTION_REASON_MAX, chartEntry, chartPayload, clientRequestId, type ChartEntry } from './chart';

// The chairside: check-in with two identifiers, the visit's entries (assessment, double check,
// administration, reaction), side effects graded with CTCAE, CAR T toxicity graded with ASTCT. Entries are
// chart entries (chart:* infrastructure); these channels add the clinical rules the generic ones cannot know:
// check-in first, the day's drug order, main-side grades, and what a signed reaction changes.

export const chartingKind = z.enum(CHARTING_KINDS);
/** Kinds the nurse writes as drafts (check-in is written by charting:check-in itself). */
export const draftKind = chartingKind.exclude(['check-in']);

/** Shorter than the infrastructure's id: main derives the sign step's id from it (`<id>-s`). */
const requestId = clientRequestId.max(48);

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
  drugs: z.array(z.object({ name: z.string(), doseText: z.string() })),
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

const saveDraft = z
  .object({
    id: entityId.optional(),
    patientId: entityId,
    appointmentId: entityId.nullable().default(null),
    kind: draftKind,
    payload: chartPayload,
    clientRequestId: requestId,
    expectedUpdatedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

const sign = z
  .object({
    id: entityId,
    clientRequestId: requestId,
    expectedUpdatedAt: z.iso.datetime({ offset: true }).optional(),
    verificationToken: z.string().min(1).max(200).optional(),
  })
  .strict();

const correct = z
  .object({
    id: entityId,
    payload: chartPayload,
    reason: z.string().trim().min(1, 'Say why the entry is corrected').max(CORRECTION_REASON_MAX),
    clientRequestId: requestId,
  })
  .strict();

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

export const ctcaeHit = z.object({
  meddraCode: z.string(),
  term: z.string(),
  soc: z.string(),
  allowedGrades: z.array(z.number().int()),
  hasGradeText: z.boolean(),
});

export const iraeTimelineItem = z.object({
  id: entityId,
  entryId: entityId,
  status: z.enum(['draft', 'signed']),
  meddraCode: z.string(),
  term: z.string(),
  grade: z.number().int().nullable(),
  onsetDate: isoDate.nullable(),
  resolutionDate: isoDate.nullable(),
  actions: z.array(z.string()),
  planId: z.string().nullable(),
  regimenName: z.string().nullable(),
  /** The plan's cycle the onset falls in (the last dose on or before it), or null. */
  cycle: z.number().int().nullable(),
});
export type IraeTimelineItem = z.infer<typeof iraeTimelineItem>;

const gradePoint = gradable.nullable();
export const carTView = z.object({
  /** Whole years today, from the date of birth: under 12, ICANS is graded with the CAPD instead of the ICE. */
  ageYears: z.number().int().nullable(),
  plan: z
    .object({ id: entityId, productName: z.string(), day0: isoDate, dailyMonitoringEnd: isoDate, status: z.string() })
    .nullable(),
  today: isoDate,
  points: z.array(
    z.object({
      id: entityId,
      status: z.enum(['draft', 'signed']),
      date: isoDate,
      time: z.string().nullable(),
      day: z.number().int(),
      temperatureC: z.number().nullable(),
      crs: gradePoint,
      icans: gradePoint,
    }),
  ),
});
export type CarTView = z.infer<typeof carTView>;

export const patientAlerts = z.object({
  reaction: z.object({ grade: z.number().int(), date: isoDate, drugName: z.string(), entryId: entityId }).nullable(),
});
export type PatientAlerts = z.infer<typeof patientAlerts>;

const byPatient = z.object({ patientId: entityId }).strict();

/**
 * Center mode: the signed-in nurse's drafts kept on this workstation while the center database was away.
 * `conflicts` were refused by the server when sent (changed or signed meanwhile on another workstation):
 * kept here, never written over what the server holds.
 */
export const draftOutbox = z.object({
  pending: z.number().int(),
  conflicts: z.array(
    z.object({
      id: entityId,
      patientId: entityId,
      kind: z.string(),
      queuedAt: isoDateTime,
      reason: z.string(),
    }),
  ),
});
export type DraftOutboxView = z.infer<typeof draftOutbox>;

export const chartingChannels = {
  'charting:worklist': { input: z.object({ date: isoDate.optional() }).strict(), output: chairsideWorklist },
  'charting:context': { input: z.object({ appointmentId: entityId }).strict(), output: visitContext },
  'charting:check-in': { input: checkInInput, output: chartEntry },
  'charting:infusion': { input: infusionActionInput, output: visitContext },
  'charting:visit': { input: visitActionInput, output: visitContext },
  'charting:save-draft': { input: saveDraft, output: chartEntry },
  'charting:draft-outbox': { input: z.object({}).strict(), output: draftOutbox, access: 'user' },
  'charting:sign': { input: sign, output: chartEntry },
  'charting:correct': { input: correct, output: chartEntry },
  'charting:search-ctcae': {
    input: z
      .object({ query: z.string().trim().max(100), limit: z.number().int().min(1).max(100).default(30) })
      .strict(),
    output: z.array(ctcaeHit),
    access: 'user',
  },
  'charting:irae-timeline': { input: byPatient, output: z.array(iraeTimelineItem) },
  'charting:car-t': { input: byPatient, output: carTView },
  'charting:alerts': { input: byPatient, output: patientAlerts },
  'charting:thresholds': {
    input: z.object({}).strict(),
    output: z.object({ thresholds: vitalFlagThresholds, isDefault: z.boolean() }),
    access: 'user',
  },
  'charting:save-thresholds': {
    input: z.object({ thresholds: vitalFlagThresholds }).strict(),
    output: z.object({ thresholds: vitalFlagThresholds, isDefault: z.boolean() }),
    access: 'manage',
  },
} satisfies Record<string, ChannelSpec>;

export type { ChartEntry };
