import { z } from 'zod';
import type { ChannelSpec } from '../contract';
import { CHARTING_KINDS, gradable } from '../../charting/common';
import { vitalFlagThresholds } from '../../charting/vitals';
import { entityId, isoDate, isoDateTime } from '../schemas';
import { CORRECTION_REASON_MAX, chartEntry, chartPayload, clientRequestId, type ChartEntry } from './chart';

// The chairside's entries: the visit's (assessment, double check, administration, reaction), side effects
// graded with CTCAE, CAR T toxicity graded with ASTCT, and the patient views built from them. Entries are chart
// entries (chart:* infrastructure); these channels add the clinical rules the generic ones cannot know: check-in
// first, the day's drug order, main-side grades, and what a signed reaction changes. The visit itself (the
// chairside list, a visit's context, check-in, infusion and visit actions) is in ./charting-visit.ts.

export const chartingKind = z.enum(CHARTING_KINDS);
/** Kinds the nurse writes as drafts (check-in is written by charting:check-in itself). */
export const draftKind = chartingKind.exclude(['check-in']);

/** Shorter than the infrastructure's id: main derives the sign step's id from it (`<id>-s`). */
export const requestId = clientRequestId.max(48);

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
