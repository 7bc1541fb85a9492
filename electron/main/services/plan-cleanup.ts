import type { RequestContext } from '../core/router';
import { appendAppointmentEvent } from '../repositories/appointment-events';
import { liveForPlan, updateAppointment } from '../repositories/appointments';
import type { Executor } from './audit';

/**
 * When a plan is completed or discontinued its future, not yet started appointments are cancelled (each with
 * its own history entry), so their chairs are free again. Returns the cancelled appointments' ids.
 */
export async function cancelFutureAppointments(
  ex: Executor,
  planId: string,
  options: { today: string; at: string; reason: string; ctx: RequestContext },
): Promise<string[]> {
  const { today, at, reason, ctx } = options;
  const future = (await liveForPlan(ex, planId)).filter((a) => a.status === 'scheduled' && a.date >= today);
  for (const a of future) {
    await updateAppointment(ex, a.id, { status: 'cancelled' }, at, ctx.userId);
    await appendAppointmentEvent(ex, {
      appointmentId: a.id,
      at,
      userId: ctx.userId,
      workstation: ctx.workstation,
      action: 'cancel',
      reason: `Plan ended: ${reason}`,
    });
  }
  return future.map((a) => a.id);
}
