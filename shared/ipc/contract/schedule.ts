import { z } from 'zod';
import { entityId, isoDate, isoDateTime, shortText } from '../schemas';
import { APPOINTMENT_FLAGS, APPOINTMENT_STATUSES } from '../../schedule/status';
import { VISIT_PHASES } from '../../charting/visit-phase';
import { DRUG_STEPS } from '../../schedule/drug-readiness';
import { codedReason } from '../../reasons/app-reasons';

// The chair schedule: one day's chairs × times, booking a plan's doses, and every change to an appointment
// (each recorded in the appointment's own history and in the audit trail).

const minute = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);
const reason = shortText(500).min(3, 'Give a reason (at least 3 characters)');
export const appointmentStatus = z.enum(APPOINTMENT_STATUSES);
export const appointmentFlag = z.enum(APPOINTMENT_FLAGS);

export const appointment = z.object({
  id: entityId,
  planId: entityId,
  doseNumber: z.number().int().positive(),
  patientId: entityId,
  chairId: z.string(),
  nurseId: z.string().nullable(),
  date: isoDate,
  start: minute,
  end: minute,
  status: appointmentStatus,
  flags: z.array(appointmentFlag),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Appointment = z.infer<typeof appointment>;

/**
 * A drug of a visit: its name, its dose in mg when the plan worked one out (the screen writes it the reader's way),
 * and the dose as main writes it in English ("200 mg", or the label's words when there is no mg amount).
 */
export const drugLine = z.object({ name: z.string(), doseMg: z.number().nullable(), doseText: z.string() });
export type DrugLine = z.infer<typeof drugLine>;

export const dayAppointment = appointment.extend({
  patientName: z.string(),
  mrn: z.string(),
  cycle: z.number().int(),
  drugs: z.array(drugLine),
  regimenName: z.string(),
  isFirstDose: z.boolean(),
  /** The visit's phase at the chair, from what is charted; null before check-in. */
  phase: z.enum(VISIT_PHASES).nullable(),
  /** HH:MM when observation ends, during observation. */
  observationEnds: z.string().nullable(),
  /** Why a held, cancelled or no-show appointment was set aside; null for the others. */
  statusReason: z.string().nullable(),
  /** The reason's code and values when the app wrote it, for the screen's words; null when typed or older. */
  statusReasonCoded: codedReason.nullable(),
  /** Days from the CAR T infusion (day 0) for a CAR T plan's visit, negative during lymphodepletion. */
  carTDay: z.number().int().nullable().optional(),
  /** The drug's way to the chair (schedule:day only): its step, when the chair needs it, the wait recorded. */
  drug: z.object({ step: z.enum(DRUG_STEPS), neededAt: minute, waitMinutes: z.number().int().nullable() }).optional(),
});
export type DayAppointment = z.infer<typeof dayAppointment>;

export const scheduleDay = z.object({
  date: isoDate,
  /** False when the center is closed (closure, weekend, no opening hours). */
  isOpen: z.boolean(),
  open: minute,
  close: minute,
  slotMinutes: z.number().int().positive(),
  maxPatientsPerNurse: z.number().int().positive(),
  chairs: z.array(z.object({ id: z.string(), name: z.string(), active: z.boolean() })),
  /** One row per seat of each injection place (shared/schedule/injection-seats.ts), shown below the chairs. */
  injectionSeats: z.array(z.object({ id: z.string(), name: z.string(), active: z.boolean() })),
  nurses: z.array(z.object({ id: z.string(), name: z.string(), start: minute, end: minute })),
  appointments: z.array(dayAppointment),
});
export type ScheduleDay = z.infer<typeof scheduleDay>;

export const bookedDose = z.object({
  doseNumber: z.number().int(),
  appointmentId: entityId,
  targetDate: isoDate,
  date: isoDate,
  offsetDays: z.number().int(),
  chairId: z.string(),
  start: minute,
  end: minute,
});

export const bookPlanResult = z.object({
  planId: entityId,
  booked: z.array(bookedDose),
  /** Doses left alone, with why (already booked, in the past, no chair time in the library). */
  skipped: z.array(z.object({ doseNumber: z.number().int(), reason: z.string() })),
});
export type BookPlanResult = z.infer<typeof bookPlanResult>;

const target = { chairId: z.string().min(1).max(64), start: minute, date: isoDate };

export const moveInput = z.object({ appointmentId: entityId, ...target, reason: shortText(500).optional() }).strict();
export const checkMoveInput = z.object({ appointmentId: entityId, ...target }).strict();
export const moveCheck = z.object({
  ok: z.boolean(),
  end: minute,
  /** The field at fault (chairId, start, date) and why, when not ok; the reason and its values word it on screen. */
  issues: z.array(
    z.object({
      path: z.string(),
      message: z.string(),
      code: z.string().optional(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
});
export type MoveCheck = z.infer<typeof moveCheck>;

export const holdResult = z.object({
  held: appointment,
  rebooked: z.array(bookedDose),
  /** Doses whose new date had no room: they stay unbooked, at their shifted target date, for the nurse to book. */
  unplaced: z.array(z.object({ doseNumber: z.number().int(), targetDate: isoDate, message: z.string() })),
});
export type HoldResult = z.infer<typeof holdResult>;

export const appointmentEvent = z.object({
  id: z.number().int(),
  appointmentId: entityId,
  at: isoDateTime,
  userId: z.string().nullable(),
  action: z.string(),
  reason: z.string().nullable(),
  /** The reason's code and values when the app wrote it, for the screen's words; null when typed or older. */
  reasonCoded: codedReason.nullable(),
  detail: z.string().nullable(),
});

export const closedDayProposal = z.object({
  date: isoDate,
  chairId: z.string(),
  nurseId: z.string(),
  start: minute,
  end: minute,
});
export type ClosedDayProposal = z.infer<typeof closedDayProposal>;

/** The bookings left on a closed day, each with the nearest allowed day the placer found (or why none). */
export const closedDayBookings = z.object({
  date: isoDate,
  isClosed: z.boolean(),
  /** "Center closed on 2026-12-24: Staff training", the reason each move is recorded with. */
  reason: z.string().nullable(),
  bookings: z.array(
    z.object({
      appointment: dayAppointment,
      proposal: closedDayProposal.nullable(),
      /** Why no proposal, coded for the screen's words; null when there is one. */
      why: z.enum(['visit-started', 'no-room']).nullable(),
      /** The same in English, with the placer's detail, for logs. */
      message: z.string().nullable(),
    }),
  ),
});
export type ClosedDayBookings = z.infer<typeof closedDayBookings>;

const byId = z.object({ appointmentId: entityId }).strict();
const withReason = z.object({ appointmentId: entityId, reason }).strict();

export const scheduleChannels = {
  'schedule:day': { input: z.object({ date: isoDate }).strict(), output: scheduleDay },
  'schedule:book-plan': { input: z.object({ planId: entityId }).strict(), output: bookPlanResult },
  'schedule:book-dose': {
    input: z
      .object({
        planId: entityId,
        doseNumber: z.number().int().positive(),
        ...target,
        /** For visits the library gives no chair time for (CAR T); worked out from the plan otherwise. */
        durationMinutes: z.number().int().min(5).max(720).optional(),
      })
      .strict(),
    output: appointment,
  },
  'schedule:hold-dose': { input: withReason, output: holdResult },
  'schedule:cancel': { input: withReason, output: appointment },
  'schedule:no-show': { input: withReason, output: appointment },
  'schedule:move': { input: moveInput, output: appointment },
  'schedule:check-move': { input: checkMoveInput, output: moveCheck },
  'schedule:set-status': {
    input: z.object({ appointmentId: entityId, status: appointmentStatus, reason: shortText(500).optional() }).strict(),
    output: appointment,
  },
  'schedule:history': { input: byId, output: z.array(appointmentEvent) },
  'schedule:closed-day-bookings': { input: z.object({ date: isoDate }).strict(), output: closedDayBookings },
  'schedule:move-off-closed-day': { input: byId, output: appointment },
  'schedule:export-ics': {
    input: z.object({ patientId: entityId }).strict(),
    output: z.object({ fileName: z.string(), text: z.string(), count: z.number().int() }),
  },
};
