import type { VisitNeeds } from '../../../../shared/schedule/chair-time';
import { startWindowFor, type PreferredWindow } from '../../../../shared/schedule/windows';
import { chooseDay } from '../../../../shared/scheduling/chooseDay';
import type { PlacementResult, Slot } from '../../../../shared/scheduling/model';
import { placeAppointment } from '../../../../shared/scheduling/place';
import type { BookingContext, VisitResource } from './booking-context';

// One dose onto the calendar: its target date if there is room, else the nearest open day within the
// center's tolerance; on the day, the load-levelling placer picks chair, nurse and time inside the patient's
// preferred window when it can.

export interface DoseRequest {
  appointmentId: string;
  patientId: string;
  targetDate: string;
  visit: VisitNeeds;
  preference: PreferredWindow;
  /** No dose is put on a day before this one (today). */
  earliest: string;
  /** 'injection' for a visit whose drugs are all subcutaneous; infusion chairs otherwise. */
  resource?: VisitResource;
  /** Chair minutes set by the center (a CAR T visit), instead of the ones worked out from `visit`. */
  durationMinutes?: number;
  /** The due day or nothing: a CAR T visit's day is fixed relative to day 0, so no tolerance applies. */
  exactDate?: boolean;
}

export type DosePlacement = { ok: true; date: string; offsetDays: number; slot: Slot } | { ok: false; message: string };

function explain(message: string, attempts: readonly { result: PlacementResult }[]): string {
  const last = attempts.at(-1)?.result;
  return last && !last.ok ? `${message} Last try: ${last.message}` : message;
}

function minutesOf(context: BookingContext, request: DoseRequest): number {
  if (request.durationMinutes === undefined) return context.chairMinutes(request.visit);
  const step = Math.max(1, context.limits.slotMinutes);
  return Math.max(step, Math.ceil(request.durationMinutes / step) * step);
}

function placeOn(context: BookingContext, request: DoseRequest, date: string): PlacementResult {
  const day = context.day(date, request.resource);
  if (!day) return { ok: false, reason: 'closed', message: `The center is closed on ${date}.` };
  const window = startWindowFor(request.preference, day.open, day.close);
  return placeAppointment(day, context.existing(date), {
    patientId: request.patientId,
    durationMinutes: minutesOf(context, request),
    ...(window ? { preferredWindow: window } : {}),
  });
}

/**
 * chooseDay tries the due day first, so when it has room the other days are never looked at: it is loaded
 * alone, and the whole tolerance window only when needed (the same answer, a seventh of the reads).
 */
async function chooseDate(context: BookingContext, request: DoseRequest) {
  const open = (date: string) => date >= request.earliest && context.day(date) !== null;
  await context.load(request.targetDate);
  if (open(request.targetDate)) {
    const result = placeOn(context, request, request.targetDate);
    if (result.ok || request.exactDate)
      return { ok: true as const, date: request.targetDate, offsetDays: 0, result, attempts: [] };
  }
  if (request.exactDate)
    return { ok: false as const, message: `The center is closed on ${request.targetDate}.`, attempts: [] };
  await context.preloadAround(request.targetDate);
  return chooseDay<PlacementResult>(request.targetDate, context.limits.schedulingToleranceDays, open, (date) =>
    placeOn(context, request, date),
  );
}

export async function placeDose(context: BookingContext, request: DoseRequest): Promise<DosePlacement> {
  const choice = await chooseDate(context, request);
  if (!choice.ok) return { ok: false, message: explain(choice.message, choice.attempts) };
  if (!choice.result.ok) return { ok: false, message: choice.result.message };
  const slot = choice.result.slot;
  context.add(choice.date, { id: request.appointmentId, patientId: request.patientId, ...slot });
  return { ok: true, date: choice.date, offsetDays: choice.offsetDays, slot };
}
