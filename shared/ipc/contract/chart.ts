import { z } from 'zod';
import type { ChannelSpec } from '../contract';
import { entityId, isoDateTime } from '../schemas';

// Chart entries: drafts the nurse autosaves, then signs; a signed entry is never changed (the database
// refuses it), it is superseded by a correction that carries a reason. What a payload holds depends on
// the entry's kind and is validated in main by the kind registered for it.

export const CHART_STATUSES = ['draft', 'signed'] as const;
export type ChartStatus = (typeof CHART_STATUSES)[number];

/** A kind name such as `assessment`, `administration`, `reaction`, `irae`, `car-t-toxicity`, `education`. */
export const chartKind = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'Lower-case letters, digits and hyphens');

/** A plain JSON object: what a form holds. Its shape is checked by the kind's schema in main. */
export const chartPayload = z.record(z.string(), z.json());
export type ChartPayload = z.infer<typeof chartPayload>;

/**
 * Chosen by the renderer once per user action (crypto.randomUUID()) and sent again on a retry, so a
 * double-click or a repeated request is stored once and answers the same result.
 */
export const clientRequestId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'Letters, digits, - and _ only');

export const CORRECTION_REASON_MAX = 500;

export const chartEntry = z.object({
  id: z.string(),
  /** The same for every version of one entry (the id of its first version). */
  entryId: z.string(),
  patientId: z.string(),
  appointmentId: z.string().nullable(),
  kind: z.string(),
  status: z.enum(CHART_STATUSES),
  version: z.number().int(),
  supersedesId: z.string().nullable(),
  payload: chartPayload,
  authorId: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  signedBy: z.string().nullable(),
  signedAt: isoDateTime.nullable(),
  /** The second nurse who independently verified before signing, for kinds that require it. */
  verifiedBy: z.string().nullable(),
  verifiedAt: isoDateTime.nullable(),
  correctionReason: z.string().nullable(),
  /** False once a correction has superseded this version. */
  isCurrent: z.boolean(),
});
export type ChartEntry = z.infer<typeof chartEntry>;

const saveDraft = z
  .object({
    /** Omitted for a new entry; the draft's id to save it again (autosave). */
    id: entityId.optional(),
    patientId: entityId,
    appointmentId: entityId.nullable().default(null),
    kind: chartKind,
    payload: chartPayload,
    clientRequestId,
    /** The draft's updatedAt as last read: a save over a newer version is refused as a conflict. */
    expectedUpdatedAt: isoDateTime.optional(),
  })
  .strict();

const sign = z
  .object({
    id: entityId,
    clientRequestId,
    expectedUpdatedAt: isoDateTime.optional(),
    /** From auth:verify-second-user with actionId `chart-sign:<id>`, for kinds that need a second nurse. */
    verificationToken: z.string().min(1).max(200).optional(),
  })
  .strict();

const correct = z
  .object({
    /** The current (signed) version being corrected. */
    id: entityId,
    payload: chartPayload,
    reason: z
      .string()
      .trim()
      .min(1, 'Say why the entry is corrected')
      .max(CORRECTION_REASON_MAX, `At most ${CORRECTION_REASON_MAX} characters`),
    clientRequestId,
  })
  .strict();

const list = z
  .object({
    patientId: entityId,
    kind: chartKind.optional(),
    appointmentId: entityId.optional(),
  })
  .strict();

export const chartChannels = {
  'chart:save-draft': { input: saveDraft, output: chartEntry, access: 'patient' },
  'chart:sign': { input: sign, output: chartEntry, access: 'patient' },
  'chart:correct': { input: correct, output: chartEntry, access: 'patient' },
  'chart:history': { input: z.object({ id: entityId }).strict(), output: z.array(chartEntry), access: 'patient' },
  'chart:list': { input: list, output: z.array(chartEntry), access: 'patient' },
} satisfies Record<string, ChannelSpec>;

/** The action a second-nurse verification for signing this entry is bound to. */
export const chartSignAction = (entryVersionId: string): string => `chart-sign:${entryVersionId}`;
