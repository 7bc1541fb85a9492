import type { Appointment } from '../../../../shared/ipc/contract/schedule';
import type { AppointmentAction } from '../../../../shared/audit/codes';
import type { StatedReason } from '../../../../shared/reasons/app-reasons';
import type { RequestContext } from '../../core/router';
import { appendAppointmentEvent } from '../../repositories/appointment-events';
import { reasonText } from '../../repositories/stated-reasons';
import type { Executor } from '../audit/audit';
import type { UnitOfWork } from '../../core/unit-of-work';

// Every change to an appointment is written twice, in the same unit of work as the change (its transaction
// and its time): in the appointment's own history (what the nurse sees) and in the hash-chained audit trail
// (the legal record).

export interface ChangeRecord {
  appointment: Pick<Appointment, 'id' | 'patientId'>;
  action: AppointmentAction;
  /** Typed by a person (kept as typed), or the app's own, coded: the history keeps both its code and its English. */
  reason?: StatedReason | null;
  detail?: unknown;
  /** The caller's unit of work: the history row takes its time, the audit event goes through it. */
  unit: UnitOfWork;
  ctx: RequestContext;
}

export async function recordChange(ex: Executor, change: ChangeRecord): Promise<void> {
  const { appointment, action, unit, ctx } = change;
  const reason = change.reason ?? null;
  await appendAppointmentEvent(ex, {
    appointmentId: appointment.id,
    at: unit.at,
    userId: ctx.userId,
    workstation: ctx.workstation,
    action,
    reason,
    detail: change.detail,
  });
  await unit.audit({
    patientId: appointment.patientId,
    action: `appointment.${action}`,
    objectType: 'appointment',
    objectId: appointment.id,
    // The legal record keeps the sentence, in English like the rest of the trail.
    detail: {
      reason: reason === null ? null : reasonText(reason),
      ...(change.detail === undefined ? {} : { change: change.detail }),
    },
  });
}
