import type { StatedReason } from '../../../shared/reasons/app-reasons';
import type { Executor } from '../services/audit/audit';
import { codedReasonOf, toReasonColumns } from './stated-reasons';

// The appointment's own history: who did what, when and why. Append-only (0060 triggers refuse changes).

export interface AppointmentEventInput {
  appointmentId: string;
  at: string;
  userId: string | null;
  workstation: string;
  action: string;
  /** Typed by a person (kept as typed) or the app's own, coded (its English text beside its code). */
  reason?: StatedReason | null;
  detail?: unknown;
}

export async function appendAppointmentEvent(ex: Executor, e: AppointmentEventInput): Promise<void> {
  const reason = e.reason === undefined || e.reason === null ? null : toReasonColumns(e.reason);
  await ex
    .insertInto('appointment_event')
    .values({
      appointment_id: e.appointmentId,
      at_utc: e.at,
      user_id: e.userId,
      workstation: e.workstation,
      action: e.action,
      reason: reason?.text ?? null,
      reason_code: reason?.code ?? null,
      reason_params_json: reason?.paramsJson ?? null,
      detail: e.detail === undefined ? null : JSON.stringify(e.detail),
    })
    .execute();
}

export async function listAppointmentEvents(ex: Executor, appointmentId: string) {
  const rows = await ex
    .selectFrom('appointment_event')
    .selectAll()
    .where('appointment_id', '=', appointmentId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    appointmentId: r.appointment_id,
    at: r.at_utc,
    userId: r.user_id,
    action: r.action,
    reason: r.reason,
    reasonCoded: codedReasonOf(r.reason_code, r.reason_params_json),
    detail: r.detail,
  }));
}
