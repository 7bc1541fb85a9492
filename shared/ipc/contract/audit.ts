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

export const auditChainReport = z.object({
  checked: z.number().int(),
  /** The id of the first event whose hash or link to the previous event does not match; null when intact. */
  firstBrokenId: z.number().int().nullable(),
});
export type AuditChainReport = z.infer<typeof auditChainReport>;

// Both are limited to charge nurses and administrators once accounts exist (checked in main).
export const auditChannels = {
  'audit:list': { input: auditListInput, output: z.array(auditEvent), access: 'patient' },
  'audit:verify': { input: empty, output: auditChainReport, access: 'user' },
} satisfies Record<string, ChannelSpec>;
