import type { IraePayload } from '../../../../shared/charting/kinds-irae';
import type { ReactionPayload } from '../../../../shared/charting/kinds-reaction';
import { appReason } from '../../../../shared/reasons/app-reasons';
import type { ChartEntry } from '../../../../shared/ipc/contract/chart';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import { findAppointment } from '../../repositories/appointments';
import { recordChange } from '../schedule/appointment-log';
import { discontinuePlan, holdPlan } from '../plans/plan-actions';
import { createPlansService } from '../plans/plans';
import { addAppointmentFlag, liveAppointmentsFrom } from '../../repositories/patient-appointments';

// What a signed infusion reaction changes outside the chart:
// - the reaction flag on this visit and on every later live visit of the patient, so the day view shows it
//   from now on (the patient banner reads the signed reaction itself, through charting:alerts);
// - for grade 3–4, whose label rule is "permanently discontinue" (the PD-1/PD-L1 class rule of the Libtayo
//   and Opdivo labels), the plan is put on hold with the reason, for the prescriber: stopping a plan is the
//   prescriber's decision, not the nurse's.
// And what a signed side effect changes: its charted action Hold or Discontinue becomes the plan's status.

export function createReactionEffects(deps: CoreDeps) {
  const db = deps.store.db;
  const plans = createPlansService(deps);

  async function flagVisits(entry: ChartEntry, date: string, ctx: RequestContext) {
    await deps.write(ctx, async (trx, unit) => {
      const { at } = unit;
      for (const row of await liveAppointmentsFrom(trx, entry.patientId, date)) {
        if (!(await addAppointmentFlag(trx, row, 'reaction-history', at, ctx.userId))) continue;
        await recordChange(trx, {
          appointment: { id: row.id, patientId: row.patient_id },
          action: 'flag',
          detail: { flag: 'reaction-history', chartEntryId: entry.id },
          unit,
          ctx,
        });
      }
    });
  }

  async function flagPlan(planId: string, grade: number, date: string, entry: ChartEntry, ctx: RequestContext) {
    const plan = await plans.get(planId);
    // Coded, so each screen says it in the reader's language; its English stays in the text (logs, audit trail).
    const reason = appReason('reaction-discontinue', { grade, date });
    if (plan.status === 'active')
      await holdPlan(deps, planId, reason, { via: 'reaction', chartEntryId: entry.id }, ctx);
    await deps.write(ctx, (_trx, { audit }) =>
      audit({
        patientId: entry.patientId,
        action: 'prescriber-flag',
        objectType: 'treatment_plan',
        objectId: planId,
        detail: { chartEntryId: entry.id, grade, planStatusBefore: plan.status },
      }),
    );
  }

  /**
   * A signed side effect whose action is Hold or Discontinue reaches the plan it is attributed to (or, when
   * none is named, the plan of the visit it was charted at): the charted decision is the plan's status.
   */
  async function iraeToPlan(entry: ChartEntry, ctx: RequestContext): Promise<void> {
    const p = entry.payload as Partial<IraePayload>;
    const action = p.actions?.includes('discontinue') ? 'discontinue' : p.actions?.includes('hold') ? 'hold' : null;
    if (!action) return;
    const planId =
      p.planId ?? (entry.appointmentId ? (await findAppointment(db, entry.appointmentId))?.appointment.planId : null);
    if (!planId) return;
    // The charted term (never translated) and grade: a missing one is said in words, never made up.
    const charted = { term: p.term ?? null, grade: p.grade ?? null, onsetDate: p.onsetDate ?? null };
    const reason = appReason(action === 'hold' ? 'side-effect-hold' : 'side-effect-discontinue', charted);
    const source = { via: 'irae', chartEntryId: entry.id } as const;
    // Later visits are held (or cancelled) with the reason, so the day view and the handout follow.
    if (action === 'hold') await holdPlan(deps, planId, reason, source, ctx);
    else await discontinuePlan(deps, planId, reason, source, ctx);
  }

  async function afterSigned(entry: ChartEntry, ctx: RequestContext): Promise<void> {
    if (entry.status === 'signed' && entry.kind === 'irae') return iraeToPlan(entry, ctx);
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
