import { z } from 'zod';
import { entityId, isoDateTime } from '../schemas';

export const auditEvent = z.object({
  id: z.number().int(),
  atUtc: isoDateTime,
  userId: z.string().nullable(),
  workstation: z.string(),
  patientId: z.string().nullable(),
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
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();

export const auditChannels = {
  'audit:list': { input: auditListInput, output: z.array(auditEvent) },
};
