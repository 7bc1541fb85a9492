import type { Appointment } from '../../../../shared/ipc/contract/schedule';
import type { RequestContext } from '../../core/router';
import { appendAppointmentEvent } from '../../repositories/appointment-events';
import { appendAudit, type Executor } from '../audit/audit';

// Every change to an appointment is written twice, in the same transaction as the change: in the
// appointment's own history (what the nurse sees) and in the hash-chained audit trail (the legal record).

export interface ChangeRecord {
  appointment: Pick<Appointment, 'id' | 'patientId'>;
  action: string;
  reason?: string | null;
  detail?: unknown;
  at: string;
  ctx: RequestContext;
}

export async function recordChange(ex: Executor, change: ChangeRecord): Promise<void> {
  const { appointment, action, at, ctx } = change;
  await appendAppointmentEvent(ex, {
    appointmentId: appointment.id,
    at,
    userId: ctx.userId,
    workstation: ctx.workstation,
    action,
    reason: change.reason ?? null,
    detail: change.detail,
  });
  await appendAudit(ex, {
    atUtc: at,
    userId: ctx.userId,
    workstation: ctx.workstation,
    patientId: appointment.patientId,
    action: `appointment.${action}`,
    objectType: 'appointment',
    objectId: appointment.id,
    detail: { reason: change.reason ?? null, ...(change.detail === undefined ? {} : { change: change.detail }) },
  });
}
