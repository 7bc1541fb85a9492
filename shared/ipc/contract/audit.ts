import { z } from 'zod';
import type { ChannelSpec } from '../contract';
import { empty, entityId, isoDateTime } from '../schemas';

export const auditEvent = z.object({
  id: z.number().int(),
  atUtc: isoDateTime,
  userId: z.string().nullable(),
  /** The account's display name when the user is a Chairside account (null for system or demo writers). */
  userName: z.string().nullable(),
  workstation: z.string(),
  patientId: z.string().nullable(),
  /** The patient's MRN, so the report names patients without showing their names. */
  patientMrn: z.string().nullable(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  detail: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

export const auditListInput = z
  .object({
    from: isoDateTime.optional(),
    to: isoDateTime.optional(),
    userId: entityId.optional(),
    patientId: entityId.optional(),
    action: z.string().max(40).optional(),
    objectType: z.string().max(40).optional(),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();

export const CHAIN_BREAK_KINDS = [
  'link',
  'hash',
  'downgrade',
  'content',
  'unsigned-entry',
  'checkpoint',
  'truncated',
  'protections',
] as const;
export type ChainBreakKind = (typeof CHAIN_BREAK_KINDS)[number];

export const auditCheckpoint = z.object({
  /** A restore marker (a backup was swapped in). */
  kind: z.literal('restore').optional(),
  seq: z.number().int(),
  atUtc: z.string(),
  count: z.number().int(),
  headId: z.number().int(),
  headHash: z.string(),
  keyId: z.string(),
  signature: z.string(),
});
export type AuditCheckpoint = z.infer<typeof auditCheckpoint>;

export const auditChainReport = z.object({
  /** True when no break of any kind was found. */
  intact: z.boolean(),
  checked: z.number().int(),
  /** Every break found (the list below is capped, this count is not). */
  breakCount: z.number().int(),
  breaks: z.array(
    z.object({ kind: z.enum(CHAIN_BREAK_KINDS), id: z.union([z.number(), z.string()]).nullable(), detail: z.string() }),
  ),
  /** The first audit event whose hash or link does not match; null when the chain itself is intact. */
  firstBrokenId: z.number().int().nullable(),
  headId: z.number().int().nullable(),
  headHash: z.string(),
  signedEntries: z.number().int(),
  legacyEntries: z.number().int(),
  checkpoints: z.number().int(),
  latestCheckpoint: auditCheckpoint.nullable(),
  seconds: z.number(),
});
export type AuditChainReport = z.infer<typeof auditChainReport>;

export const auditVerifyStatus = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  checked: z.number().int(),
  total: z.number().int(),
  report: auditChainReport.nullable(),
  failure: z.string().nullable(),
});
export type AuditVerifyStatus = z.infer<typeof auditVerifyStatus>;

export const checkpointInfo = z.object({
  latest: auditCheckpoint.nullable(),
  /** The fingerprint of the key that signs checkpoints (printed with them). */
  keyId: z.string(),
  file: z.string(),
});
export type CheckpointInfo = z.infer<typeof checkpointInfo>;

export const recordAccess = z.object({
  atUtc: isoDateTime,
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  workstation: z.string(),
  action: z.string(),
  /** What was looked at or changed, e.g. `patient`, `chart_entry`, `schedule`. */
  objectType: z.string(),
  view: z.string().nullable(),
});
export type RecordAccess = z.infer<typeof recordAccess>;

// All are limited to charge nurses and administrators once accounts exist (checked by the router).
export const auditChannels = {
  'audit:list': { input: auditListInput, output: z.array(auditEvent), access: 'manage' },
  'audit:verify': { input: empty, output: auditVerifyStatus, access: 'manage' },
  'audit:verify-status': {
    input: z.object({ jobId: z.string().min(1).max(64) }).strict(),
    output: auditVerifyStatus,
    access: 'manage',
  },
  'audit:checkpoint': { input: empty, output: checkpointInfo, access: 'manage' },
  'audit:record-access': {
    input: z.object({ patientId: entityId, limit: z.number().int().min(1).max(1000).default(500) }).strict(),
    output: z.array(recordAccess),
    access: 'manage',
  },
} satisfies Record<string, ChannelSpec>;
