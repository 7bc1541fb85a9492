import type { ReactionPayload } from '../../../../shared/charting/kinds-reaction';
import type { ChartEntry } from '../../../../shared/ipc/contract/chart';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import { findAppointment } from '../../repositories/appointments';
import { recordChange } from '../appointment-log';
import { appendAudit } from '../audit';
import { createPlansService } from '../plans';
import { addAppointmentFlag, liveAppointmentsFrom } from './queries';

// What a signed infusion reaction changes outside the chart:
// - the reaction flag on this visit and on every later live visit of the patient, so the day view shows it
//   from now on (the patient banner reads the signed reaction itself, through charting:alerts);
// - for grade 3–4, whose label rule is "permanently discontinue" (the PD-1/PD-L1 class rule of the Libtayo and Opdivo labels), the plan is put on
//   hold with the reason, for the prescriber: stopping a plan is the prescriber's decision, not the nurse's.

export function createReactionEffects(deps: CoreDeps) {
  const db = deps.store.db;
  const plans = createPlansService(deps);

  async function flagVisits(entry: ChartEntry, date: string, ctx: RequestContext) {
    const at = deps.now().toISOString();
    await db.transaction().execute(async (trx) => {
      for (const row of await liveAppointmentsFrom(trx, entry.patientId, date)) {
        if (!(await addAppointmentFlag(trx, row, 'reaction-history', at, ctx.userId))) continue;
        await recordChange(trx, {
          appointment: { id: row.id, patientId: row.patient_id },
          action: 'flag',
          detail: { flag: 'reaction-history', chartEntryId: entry.id },
          at,
          ctx,
        });
      }
    });
  }

  async function flagPlan(planId: string, grade: number, date: string, entry: ChartEntry, ctx: RequestContext) {
    const plan = await plans.get(planId);
    const reason = `Grade ${grade} infusion-related reaction (CTCAE v5.0) on ${date}: the label says permanently discontinue. Prescriber to review before any further dose.`;
    if (plan.status === 'active') await plans.setStatus(planId, 'on-hold', reason, ctx);
    await db.transaction().execute((trx) =>
      appendAudit(trx, {
        atUtc: deps.now().toISOString(),
        userId: ctx.userId,
        workstation: ctx.workstation,
        patientId: entry.patientId,
        action: 'prescriber-flag',
        objectType: 'treatment_plan',
        objectId: planId,
        detail: { chartEntryId: entry.id, grade, planStatusBefore: plan.status },
      }),
    );
  }

  async function afterSigned(entry: ChartEntry, ctx: RequestContext): Promise<void> {
    if (entry.kind !== 'reaction' || entry.status !== 'signed' || entry.appointmentId === null) return;
    const found = await findAppointment(db, entry.appointmentId);
    if (!found) return;
    const { grade } = entry.payload as Partial<ReactionPayload>;
    await flagVisits(entry, found.appointment.date, ctx);
    if (typeof grade === 'number' && grade >= 3) {
      await flagPlan(found.appointment.planId, grade, found.appointment.date, entry, ctx);
    }
  }

  return { afterSigned };
}
