import { z } from 'zod';
import type { ChannelSpec } from '../contract';
import { ANALYTE_IDS } from '../../labs/analytes';
import { readiness, readyReason } from '../../ready/result';
import { readyPolicy } from '../../ready/monitoring';
import { readyPolicyDefaults } from '../../ready/policy-defaults';
import { entityId, isoDate, locale, shortText } from '../schemas';

// Lab results, Ready to treat, the labs-needed worklist, consent per plan. Lab values travel as typed text:
// main reads them with the same checks the screen used for its preview (shared/labs/entry.ts).

const labInput = z.object({
  analyte: z.string().max(60),
  drawnAt: z.string().max(20),
  value: z.string().max(40),
  unit: z.string().max(30),
  refLow: z.string().max(20).optional(),
  refHigh: z.string().max(20).optional(),
});

export const labResult = z.object({
  id: entityId,
  patientId: entityId,
  analyte: z.enum(ANALYTE_IDS),
  drawnAt: z.string(),
  valueText: z.string(),
  valueNumber: z.number().nullable(),
  comparator: z.enum(['<', '>']).nullable(),
  unit: z.string(),
  refLow: z.number().nullable(),
  refHigh: z.number().nullable(),
  firstUnitValue: z.number().nullable(),
  firstUnitRefLow: z.number().nullable(),
  firstUnitRefHigh: z.number().nullable(),
  entryMethod: z.enum(['hand', 'csv']),
  enteredBy: z.string().nullable(),
  enteredAt: z.string(),
  voided: z.object({ at: z.string(), reason: z.string() }).nullable(),
});
export type LabResult = z.infer<typeof labResult>;

export const doseMark = z.object({ date: isoDate, label: z.string() });

export const patientLabs = z.object({
  patientId: entityId,
  results: z.array(labResult),
  /** Doses given or booked, for the plot's time axis. */
  doses: z.array(doseMark),
});
export type PatientLabs = z.infer<typeof patientLabs>;

export const CONSENT_TYPES = ['written', 'verbal', 'electronic'] as const;
export const consent = z.object({
  id: entityId,
  planId: entityId,
  date: isoDate,
  type: z.enum(CONSENT_TYPES),
  obtainedBy: z.string(),
  expiresOn: isoDate.nullable(),
  recordedAt: z.string(),
});
export type Consent = z.infer<typeof consent>;

const words = z.object({ en: z.string(), fr: z.string() });
export const readyRelease = z.object({
  id: entityId,
  prescriberName: z.string(),
  reason: z.string(),
  orderedAt: z.string(),
  /** The reasons shown when it was entered; each has an id since items have one (older releases: words only). */
  releasedReasons: z.array(readyReason),
  enteredBy: z.string().nullable(),
  enteredAt: z.string(),
});
export type ReadyRelease = z.infer<typeof readyRelease>;

export const readyView = z.object({
  appointmentId: entityId,
  readiness,
  /** The release covering this hold, if the prescriber released it. */
  release: readyRelease.nullable(),
  /** Ready, released, or held. */
  canStart: z.boolean(),
});
export type ReadyView = z.infer<typeof readyView>;

export const labsNeededItem = z.object({
  appointmentId: entityId,
  patientId: entityId,
  patientName: z.string(),
  mrn: z.string(),
  date: isoDate,
  start: z.number().int(),
  regimenName: z.string(),
  doseNumber: z.number().int(),
  /** One line per due lab not met or unknown at the dose's time. */
  needed: z.array(words),
});
export type LabsNeededItem = z.infer<typeof labsNeededItem>;

const voidReason = shortText(300).min(3, 'Say why the result is voided (at least 3 characters)');
const prescriber = shortText(120).min(2, 'Name the prescriber who gave the order');

const decision = z.enum(['continue', 'withhold', 'discontinue']);
export const organGuidance = z.object({
  organ: z.object({ id: z.string(), names: words }).nullable(),
  grade: z.number().int(),
  decision,
  drugs: z.array(z.object({ drugId: z.string(), drugName: z.string(), decision })),
  resume: words.nullable(),
  combination: words.nullable(),
  sources: z.array(z.object({ title: z.string(), url: z.string().nullable(), revised: z.string().nullable() })),
});

/** The center's LOINC code per analyte (shared/labs/loinc.ts); an analyte left out has none. */
export const labLoincCodes = z.partialRecord(z.enum(ANALYTE_IDS), z.string());

export const labsChannels = {
  'ready:irae-guidance': {
    input: z
      .object({
        meddraCode: z.string().regex(/^\d{8}$/),
        grade: z.number().int().min(1).max(5),
        planId: entityId.nullable(),
      })
      .strict(),
    output: organGuidance.nullable(),
  },
  'labs:list': { input: z.object({ patientId: entityId }).strict(), output: patientLabs },
  'labs:enter': {
    input: z
      .object({
        patientId: entityId,
        results: z.array(labInput).min(1).max(200),
        method: z.enum(['hand', 'csv']),
        locale,
      })
      .strict(),
    output: patientLabs,
  },
  'labs:void': {
    input: z.object({ resultId: entityId, reason: voidReason }).strict(),
    output: patientLabs,
  },
  'labs:loinc-codes': { input: z.object({}).strict(), output: labLoincCodes },
  /**
   * Replaces the center's whole set of codes (an empty or missing analyte has none). The code's form and check
   * digit are the service's to refuse, so the refusal names the analyte in words; the length here only bounds
   * the request.
   */
  'labs:save-loinc-codes': {
    input: z.object({ codes: z.partialRecord(z.enum(ANALYTE_IDS), z.string().max(200)) }).strict(),
    output: labLoincCodes,
    access: 'manage',
  },
  'labs:needed': {
    input: z.object({ from: isoDate, days: z.number().int().min(1).max(14) }).strict(),
    output: z.array(labsNeededItem),
  },
  'ready:evaluate': { input: z.object({ appointmentId: entityId }).strict(), output: readyView },
  'ready:release': {
    input: z
      .object({
        appointmentId: entityId,
        prescriberName: prescriber,
        orderedAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a 24-hour time HH:mm'),
        reason: shortText(1000).min(3, 'Give the prescriber’s reason (at least 3 characters)'),
      })
      .strict(),
    output: readyView,
  },
  'ready:policy': { input: z.object({}).strict(), output: readyPolicy },
  /** The shipped limits and the sources behind each value the center may set, for the Settings screen. */
  'ready:policy-defaults': { input: z.object({}).strict(), output: readyPolicyDefaults },
  'ready:save-policy': { input: z.object({ policy: readyPolicy }).strict(), output: readyPolicy, access: 'manage' },
  'consent:list': { input: z.object({ planId: entityId }).strict(), output: z.array(consent) },
  'consent:record': {
    input: z
      .object({
        planId: entityId,
        date: isoDate,
        type: z.enum(CONSENT_TYPES),
        obtainedBy: shortText(120).min(2, 'Name who obtained the consent'),
        expiresOn: isoDate.nullable(),
      })
      .strict(),
    output: z.array(consent),
  },
} satisfies Record<string, ChannelSpec>;
