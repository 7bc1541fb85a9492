import type { Appointment, MoveCheck } from '../../../../shared/ipc/contract/schedule';
import { canSetStatus, isMovable, occupiesChair, type AppointmentStatus } from '../../../../shared/schedule/status';
import { conflict, invalid, notFound } from '../../core/errors';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import { findAppointment, updateAppointment } from '../../repositories/appointments';
import { recordChange } from './appointment-log';
import type { Executor } from '../audit/audit';
import { clinicToday } from '../center/clinic-clock';
import { checkSlot, slotError } from './slot-check';
import { findVisitState } from '../../repositories/visit';
import { doseItems } from '../../repositories/plans';
import { parseInjectionSeatId } from '../../../../shared/schedule/injection-seats';
import { effectiveLibrary } from '../library/effective-library';
import { resourceFor } from './visit-resource';

// Changes to one appointment: move (and its dry run while dragging), cancel, no-show and the visit's status.
// Each change and its history and audit entries are written in one transaction.

export interface MoveTarget {
  appointmentId: string;
  date: string;
  chairId: string;
  start: number;
}

async function load(ex: Executor, id: string): Promise<Appointment> {
  const found = await findAppointment(ex, id);
  if (!found) throw notFound('appointment-not-found', 'Appointment');
  return found.appointment;
}

const NOT_MOVABLE = 'Only a scheduled or checked-in appointment can be moved.';

export function createChangesService(deps: CoreDeps) {
  const db = deps.store.db;

  /**
   * Where the visit may go: a visit on an injection seat is subcutaneous; one on a chair going to a seat is
   * looked up in the library. Chair to chair needs neither (a drag checks often: no library read for it).
   */
  async function resourceOfVisit(ex: Executor, a: Appointment, target: MoveTarget) {
    if (parseInjectionSeatId(a.chairId)) return 'injection' as const;
    if (!parseInjectionSeatId(target.chairId)) return undefined;
    return resourceFor({ items: await doseItems(ex, a.planId, a.doseNumber) }, await effectiveLibrary(deps, ex));
  }

  async function verdictFor(ex: Executor, a: Appointment, target: MoveTarget) {
    const durationMinutes = a.end - a.start;
    const resource = await resourceOfVisit(ex, a, target);
    const today = clinicToday(deps);
    return checkSlot(ex, { ...target, durationMinutes, exceptId: a.id, nurseId: a.nurseId, today, resource });
  }

  /** The same checks as move, writing nothing: the day view calls it while a block is dragged. */
  async function checkMove(target: MoveTarget): Promise<MoveCheck> {
    const a = await load(db, target.appointmentId);
    const end = target.start + (a.end - a.start);
    if (!isMovable(a.status))
      return { ok: false, end, issues: [{ path: 'appointmentId', message: NOT_MOVABLE, code: 'not-movable' }] };
    const verdict = await verdictFor(db, a, target);
    return { ok: verdict.issues.length === 0, end: verdict.end, issues: verdict.issues };
  }

  async function move(target: MoveTarget & { reason?: string | undefined }, ctx: RequestContext): Promise<Appointment> {
    await deps.write(ctx, async (trx, unit) => {
      const { at } = unit;
      const a = await load(trx, target.appointmentId);
      if (!isMovable(a.status)) throw conflict('not-movable', NOT_MOVABLE);
      const verdict = await verdictFor(trx, a, target);
      if (verdict.issues.length > 0) throw slotError(verdict);
      const to = {
        date: target.date,
        chairId: target.chairId,
        start: target.start,
        end: verdict.end,
        nurseId: verdict.nurseId,
      };
      await updateAppointment(trx, a.id, to, at, ctx.userId);
      const from = { date: a.date, chairId: a.chairId, start: a.start, end: a.end, nurseId: a.nurseId };
      await recordChange(trx, {
        appointment: a,
        action: 'move',
        reason: target.reason ?? null,
        detail: { from, to },
        unit,
        ctx,
      });
    });
    return load(db, target.appointmentId);
  }

  async function release(
    id: string,
    status: 'cancelled' | 'no-show',
    reason: string,
    ctx: RequestContext,
  ): Promise<Appointment> {
    await deps.write(ctx, async (trx, unit) => {
      const { at } = unit;
      const a = await load(trx, id);
      if (!occupiesChair(a.status))
        throw conflict('appointment-already', `This appointment is already ${a.status}.`, { status: a.status });
      if (!isMovable(a.status))
        throw conflict('visit-started', 'This visit has already started; change its status instead.');
      if (status === 'no-show' && a.date > clinicToday(deps)) {
        throw invalid(
          'appointmentId',
          'no-show-in-future',
          'An appointment in the future cannot be marked as a no-show; cancel it instead.',
        );
      }
      await updateAppointment(trx, a.id, { status }, at, ctx.userId);
      await recordChange(trx, {
        appointment: a,
        action: status === 'cancelled' ? 'cancel' : 'no-show',
        reason,
        unit,
        ctx,
      });
    });
    return load(db, id);
  }

  async function setStatus(
    id: string,
    status: AppointmentStatus,
    reason: string | undefined,
    ctx: RequestContext,
  ): Promise<Appointment> {
    await deps.write(ctx, async (trx, unit) => {
      const { at } = unit;
      const a = await load(trx, id);
      if (!canSetStatus(a.status, status)) {
        throw invalid(
          'status',
          'status-follows-chart',
          `A visit cannot go from ${a.status} to ${status} here: from the chair on, the status follows the chart (check-in, assessment, infusion); holds, cancellations and no-shows have their own actions.`,
          { from: a.status, to: status },
        );
      }
      const phase = (await findVisitState(trx, a.id))?.phase;
      if (phase && phase !== 'scheduled') {
        throw conflict('charted-at-chair', 'This visit is charted at the chair: its status follows the chart.');
      }
      if (status !== 'scheduled' && a.date > clinicToday(deps))
        throw invalid('status', 'visit-later-day', 'A visit on a later day cannot be started yet.');
      await updateAppointment(trx, a.id, { status }, at, ctx.userId);
      await recordChange(trx, {
        appointment: a,
        action: 'status',
        reason: reason ?? null,
        detail: { from: a.status, to: status },
        unit,
        ctx,
      });
    });
    return load(db, id);
  }

  return { checkMove, move, release, setStatus };
}
