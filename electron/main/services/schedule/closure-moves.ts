import { parseInjectionSeatId } from '../../../../shared/schedule/injection-seats';
import type { Appointment, ClosedDayBookings, ClosedDayProposal } from '../../../../shared/ipc/contract/schedule';
import { isMovable, occupiesChair } from '../../../../shared/schedule/status';
import { startWindowFor } from '../../../../shared/schedule/windows';
import { chooseDay } from '../../../../shared/scheduling/chooseDay';
import type { PlacementResult } from '../../../../shared/scheduling/model';
import { appReason, type CodedReason } from '../../../../shared/reasons/app-reasons';
import { placeAppointment } from '../../../../shared/scheduling/place';
import { conflict, notFound } from '../../core/errors';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import { findAppointment, updateAppointment } from '../../repositories/appointments';
import { findClosure } from '../../repositories/center';
import { dayViewRows } from '../../repositories/day-view';
import { reasonText } from '../../repositories/stated-reasons';
import { recordChange } from './appointment-log';
import type { Executor } from '../audit/audit';
import { BookingContext } from './booking-context';
import { preferredWindowOf } from './booking';
import { getClinicDay } from '../center/center';
import { clinicToday } from '../center/clinic-clock';
import { toDayAppointment } from './schedule-day';

// A closure (or a weekday closed in the opening hours) saved over a day that already has bookings: the
// bookings are listed with the nearest allowed day the placer finds for each, and the nurse moves them one
// by one or all at once. Each move is an audited appointment change whose reason names the closure, so no
// appointment stays on a closed day without someone having seen it.

type Proposal = ClosedDayProposal;

async function whyClosed(ex: Executor, date: string): Promise<CodedReason> {
  const closure = await findClosure(ex, date);
  return closure
    ? appReason('center-closed', { date, note: closure.reason })
    : appReason('center-closed-hours', { date });
}

/** The nearest open day around the closed one (never before today) where the visit fits, as booking does. */
async function propose(
  context: BookingContext,
  a: Appointment,
  today: string,
): Promise<Proposal | { why: 'no-room'; message: string }> {
  const preference = await preferredWindowOf(context.executor, a.patientId);
  await context.preloadAround(a.date);
  const open = (date: string) => date >= today && context.day(date) !== null;
  // A visit on an injection seat moves to another injection seat, never onto an infusion chair.
  const resource = parseInjectionSeatId(a.chairId) ? 'injection' : 'chair';
  const tryOn = (date: string): PlacementResult => {
    const day = context.day(date, resource);
    if (!day) return { ok: false, reason: 'closed', message: `The center is closed on ${date}.` };
    const window = startWindowFor(preference, day.open, day.close);
    return placeAppointment(day, context.existing(date), {
      patientId: a.patientId,
      durationMinutes: a.end - a.start,
      ...(window ? { preferredWindow: window } : {}),
    });
  };
  const choice = chooseDay(a.date, context.limits.schedulingToleranceDays, open, tryOn);
  if (!choice.ok || !choice.result.ok) return { why: 'no-room', message: choice.ok ? 'No room.' : choice.message };
  const { chairId, nurseId, start, end } = choice.result.slot;
  context.add(choice.date, { id: a.id, patientId: a.patientId, chairId, nurseId, start, end });
  return { date: choice.date, chairId, nurseId, start, end };
}

export function createClosureMovesService(deps: CoreDeps) {
  const db = deps.store.db;

  /** The live bookings of a closed day, each with where it would go; an open day has none to move. */
  async function list(date: string): Promise<ClosedDayBookings> {
    const isClosed = (await getClinicDay(db, date)) === null;
    const rows = isClosed ? (await dayViewRows(db, date)).map(toDayAppointment) : [];
    const live = rows.filter((a) => occupiesChair(a.status));
    const context = await BookingContext.open(
      db,
      live.map((a) => a.id),
    );
    const bookings = [];
    for (const appointment of live) {
      const found = isMovable(appointment.status)
        ? await propose(context, appointment, clinicToday(deps))
        : { why: 'visit-started' as const, message: 'This visit has started: it cannot be moved.' };
      bookings.push(
        'date' in found
          ? { appointment, proposal: found, why: null, message: null }
          : { appointment, proposal: null, why: found.why, message: found.message },
      );
    }
    return { date, isClosed, reason: isClosed ? reasonText(await whyClosed(db, date)) : null, bookings };
  }

  /** Moves one booking off its closed day to the nearest allowed day, recorded with the closure as reason. */
  async function moveOff(appointmentId: string, ctx: RequestContext): Promise<Appointment> {
    await deps.write(ctx, async (trx, unit) => {
      const { at } = unit;
      const a = (await findAppointment(trx, appointmentId))?.appointment;
      if (!a) throw notFound('appointment-not-found', 'Appointment');
      if (!isMovable(a.status))
        throw conflict('not-movable', 'Only a scheduled or checked-in appointment can be moved.');
      if ((await getClinicDay(trx, a.date)) !== null)
        throw conflict('center-open-that-day', `The center is open on ${a.date}: nothing to move.`, { date: a.date });
      const found = await propose(await BookingContext.open(trx, [a.id]), a, clinicToday(deps));
      if (!('date' in found))
        throw conflict('no-day-with-room', `No allowed day near ${a.date} has room: ${found.message}`, {
          date: a.date,
        });
      const to = {
        date: found.date,
        chairId: found.chairId,
        start: found.start,
        end: found.end,
        nurseId: found.nurseId,
      };
      await updateAppointment(trx, a.id, to, at, ctx.userId);
      const from = { date: a.date, chairId: a.chairId, start: a.start, end: a.end, nurseId: a.nurseId };
      const reason = await whyClosed(trx, a.date);
      await recordChange(trx, { appointment: a, action: 'move', reason, detail: { from, to }, unit, ctx });
    });
    const moved = await findAppointment(db, appointmentId);
    if (!moved) throw notFound('appointment-not-found', 'Appointment');
    return moved.appointment;
  }

  return { list, moveOff };
}
