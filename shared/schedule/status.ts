// Appointment statuses and the moves between them. One list for the database CHECK, the IPC schemas, the
// trigger that keeps chairs single-booked and the day view's colour + icon + text.

export const APPOINTMENT_STATUSES = [
  'scheduled',
  'checked-in',
  'in-chair',
  'infusing',
  'observation',
  'completed',
  'held',
  'cancelled',
  'no-show',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Statuses that free the chair: the slot may be booked again. Mirrored by the overlap trigger (0060). */
export const RELEASED_STATUSES = ['held', 'cancelled', 'no-show'] as const satisfies readonly AppointmentStatus[];

export function occupiesChair(status: AppointmentStatus): boolean {
  return !(RELEASED_STATUSES as readonly string[]).includes(status);
}

/** The visit's progress through the day, in order. */
export const PROGRESS: readonly AppointmentStatus[] = [
  'scheduled',
  'checked-in',
  'in-chair',
  'infusing',
  'observation',
  'completed',
];

/**
 * The only statuses set by hand (the front desk marks the patient arrived, or undoes it). From the chair on,
 * the status follows what is charted (shared/charting/visit-phase.ts): assessed, infusing, observation,
 * completed are never typed, so the schedule can never say more than the chart.
 */
export const MANUAL_PROGRESS: readonly AppointmentStatus[] = ['scheduled', 'checked-in'];

/**
 * Whether set-status may go from one status to another: arrival and its undo. Held, cancelled and no-show
 * have their own actions because they need a reason and, for a hold, a shift of the later doses.
 */
export function canSetStatus(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return MANUAL_PROGRESS.includes(from) && MANUAL_PROGRESS.includes(to) && from !== to;
}

/** Changes of time or chair only make sense before the patient is in the chair. */
export function isMovable(status: AppointmentStatus): boolean {
  return status === 'scheduled' || status === 'checked-in';
}

export const APPOINTMENT_FLAGS = ['first-dose', 'reaction-history', 'labs-pending'] as const;
export type AppointmentFlag = (typeof APPOINTMENT_FLAGS)[number];

/** Reads the stored flags JSON leniently: charting may add flags this version does not know yet. */
export function parseFlags(json: string | null): AppointmentFlag[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return APPOINTMENT_FLAGS.filter((flag) => value.includes(flag));
  } catch {
    return [];
  }
}
