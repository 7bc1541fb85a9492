import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { listAppointmentEvents } from '../repositories/appointment-events';
import { createBookingService } from '../services/schedule/booking';
import { createChangesService } from '../services/schedule/schedule-changes';
import { createClosureMovesService } from '../services/schedule/closure-moves';
import { createTightenDayService } from '../services/schedule/tighten-day';
import { scheduleDay } from '../services/schedule/schedule-day';
import { createHoldService } from '../services/schedule/schedule-hold';
import { exportPatientIcs } from '../services/schedule/schedule-ics';
import { recordRead } from '../services/audit/read-audit';

type ScheduleChannel = Extract<keyof Handlers, `schedule:${string}`>;

export function scheduleHandlers(deps: CoreDeps): Pick<Handlers, ScheduleChannel> {
  const booking = createBookingService(deps);
  const changes = createChangesService(deps);
  const holds = createHoldService(deps);
  const closures = createClosureMovesService(deps);
  const tighten = createTightenDayService(deps);
  return {
    // Reading the day's schedule (names, times, regimens of every booked patient) is audited.
    'schedule:day': async (input, ctx) => {
      const day = await scheduleDay(deps, input.date);
      const detail = { appointments: day.appointments.length };
      await recordRead(deps, ctx, { objectType: 'schedule', objectId: input.date, view: 'day', detail });
      return day;
    },
    'schedule:book-plan': (input, ctx) => booking.bookPlan(input.planId, ctx),
    'schedule:book-dose': (input, ctx) => booking.bookDose(input, ctx),
    'schedule:hold-dose': (input, ctx) => holds.hold(input.appointmentId, input.reason, ctx),
    'schedule:cancel': (input, ctx) => changes.release(input.appointmentId, 'cancelled', input.reason, ctx),
    'schedule:no-show': (input, ctx) => changes.release(input.appointmentId, 'no-show', input.reason, ctx),
    'schedule:move': (input, ctx) => changes.move(input, ctx),
    'schedule:check-move': (input) => changes.checkMove(input),
    'schedule:set-status': (input, ctx) => changes.setStatus(input.appointmentId, input.status, input.reason, ctx),
    'schedule:history': (input) => listAppointmentEvents(deps.store.db, input.appointmentId),
    'schedule:closed-day-bookings': async (input, ctx) => {
      const listed = await closures.list(input.date);
      const detail = { bookings: listed.bookings.length };
      await recordRead(deps, ctx, { objectType: 'schedule', objectId: input.date, view: 'closed-day', detail });
      return listed;
    },
    'schedule:move-off-closed-day': (input, ctx) => closures.moveOff(input.appointmentId, ctx),
    // The proposal names every booked patient of the day: reading it is audited like the day view.
    'schedule:tighten-proposal': async (input, ctx) => {
      const proposal = await tighten.proposal(input);
      const detail = { moves: proposal.moves.length, verdict: proposal.verdict };
      await recordRead(deps, ctx, { objectType: 'schedule', objectId: input.date, view: 'tighten', detail });
      return proposal;
    },
    'schedule:tighten-apply': (input, ctx) => tighten.apply(input, ctx),
    'schedule:export-ics': async (input, ctx) => {
      const ics = await exportPatientIcs(deps, input.patientId);
      await recordRead(deps, ctx, { patientId: input.patientId, objectType: 'schedule', view: 'calendar-export' });
      return ics;
    },
  };
}
