import { z } from 'zod';

// One definition for the scheduling shapes: the zod schemas validate what crosses the IPC boundary and the
// engine's types are inferred from them, so the two can never drift apart.
// Times are whole minutes since local midnight of one clinic day; dates are 'YYYY-MM-DD'.

const minuteOfDay = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);
const id = z.string().min(1).max(64);

export const chairSchema = z.object({
  id,
  area: z.string().max(64).optional(),
  active: z.boolean(),
});

export const nurseShiftSchema = z.object({ id, start: minuteOfDay, end: minuteOfDay }).refine((s) => s.end > s.start, {
  message: 'A shift must end after it starts',
  path: ['end'],
});

/**
 * There is no published concurrent nurse:patient ratio (Advisory Board infusion staffing survey, 2016) (1:3–1:4 is anecdote) and "one start at a
 * time" is unverified, so both are settings with conservative defaults rather than constants.
 */
export const dayLimitsSchema = z.object({
  maxPatientsPerNurse: z.number().int().min(1).max(20).default(4),
  maxStartsPerNursePerSlot: z.number().int().min(1).max(20).default(1),
  slotMinutes: z.number().int().min(1).max(120).default(15),
});

export const clinicDaySchema = z
  .object({
    date: z.iso.date(),
    open: minuteOfDay,
    close: minuteOfDay,
    chairs: z.array(chairSchema).max(500),
    nurses: z.array(nurseShiftSchema).max(200),
    limits: dayLimitsSchema.partial().optional(),
  })
  .refine((d) => d.close >= d.open, {
    message: 'Closing time is before opening time',
    path: ['close'],
  });

export const appointmentSchema = z
  .object({
    id,
    chairId: id,
    nurseId: id,
    start: minuteOfDay,
    end: minuteOfDay,
    patientId: id,
  })
  .refine((a) => a.end > a.start, {
    message: 'An appointment must end after it starts',
    path: ['end'],
  });

const windowSchema = z.object({ start: minuteOfDay, end: minuteOfDay }).refine((w) => w.end > w.start, {
  message: 'A window must end after it starts',
  path: ['end'],
});

export const placementRequestSchema = z.object({
  patientId: id,
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /** Soft-then-hard preference on the START time (when the patient arrives), half-open [start, end). */
  preferredWindow: windowSchema.optional(),
  /** Earliest acceptable start. */
  notBefore: minuteOfDay.optional(),
  /** Latest acceptable END (the patient must be out of the chair by then, e.g. for transport). */
  notAfter: minuteOfDay.optional(),
});

export type Chair = z.infer<typeof chairSchema>;
export type NurseShift = z.infer<typeof nurseShiftSchema>;
export type DayLimits = z.output<typeof dayLimitsSchema>;
export type ClinicDay = z.infer<typeof clinicDaySchema>;
export type Appointment = z.infer<typeof appointmentSchema>;
export type PlacementRequest = z.infer<typeof placementRequestSchema>;
export type TimeWindow = z.infer<typeof windowSchema>;

export const DEFAULT_LIMITS: Readonly<DayLimits> = dayLimitsSchema.parse({});

export function resolveLimits(limits: ClinicDay['limits']): DayLimits {
  return { ...DEFAULT_LIMITS, ...stripUndefined(limits ?? {}) };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The window constrains arrival, so an appointment is "inside" when its start lies in [start, end). */
export function isInsideWindow(start: number, window: TimeWindow | undefined): boolean {
  return window === undefined || (start >= window.start && start < window.end);
}

/** Staggered starts are counted per clock slot (anchored at midnight, so slots read as 08:00, 08:15, ...). */
export function slotOf(minute: number, slotMinutes: number): number {
  return Math.floor(minute / slotMinutes);
}

export type RefusalReason = 'closed' | 'no-chair' | 'nurse-ratio' | 'stagger' | 'too-long';

export interface PlacementScore {
  insideWindow: boolean;
  /** Chairs in use at the busiest moment of the appointment's span, this appointment included. */
  peakChairs: number;
  /** The assigned nurse's concurrent patients at the busiest moment of the span, this one included. */
  peakPatientsPerNurse: number;
  /** Starts already booked clinic-wide in the same slot (front desk, pharmacy and lines all bunch up). */
  startsInSlot: number;
}

export interface Slot {
  chairId: string;
  nurseId: string;
  start: number;
  end: number;
}

export type PlacementResult =
  { ok: true; slot: Slot; score: PlacementScore } | { ok: false; reason: RefusalReason; message: string };
