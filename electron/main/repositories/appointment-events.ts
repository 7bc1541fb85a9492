import type { Executor } from '../services/audit/audit';

// The appointment's own history: who did what, when and why. Append-only (0060 triggers refuse changes).

export interface AppointmentEventInput {
  appointmentId: string;
  at: string;
  userId: string | null;
  workstation: string;
  action: string;
  reason?: string | null;
  detail?: unknown;
}

export async function appendAppointmentEvent(ex: Executor, e: AppointmentEventInput): Promise<void> {
  await ex
    .insertInto('appointment_event')
    .values({
      appointment_id: e.appointmentId,
      at_utc: e.at,
      user_id: e.userId,
      workstation: e.workstation,
      action: e.action,
      reason: e.reason ?? null,
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
    detail: r.detail,
  }));
}
