import { z } from 'zod';
import { entityId, isoDate } from '../schemas';
import { injectionPlace } from './injection';

// Center setup: the chairs, hours, closures, nurses and scheduling limits a center decides for itself.
// Times are whole minutes since local midnight (0–1440); weekdays are 0 = Sunday … 6 = Saturday, as in
// JavaScript's Date#getUTCDay.

const DAY_END = 24 * 60;
const minuteOfDay = z
  .number('Enter a time')
  .int('Whole minutes only')
  .min(0, 'Times run from 00:00 to 24:00')
  .max(DAY_END, 'Times run from 00:00 to 24:00');
const weekday = z.number().int().min(0).max(6);
const flag = z.boolean();

export const CHAIR_KINDS = ['chair', 'bed'] as const;

export const chair = z.object({
  id: z.string(),
  name: z.string(),
  area: z.string(),
  kind: z.enum(CHAIR_KINDS),
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type CenterChair = z.infer<typeof chair>;

export const chairInput = z
  .object({
    /** Omitted to add a chair; given to rename, move or take one out of service. */
    id: entityId.optional(),
    name: z.string().trim().min(1, 'Required').max(40, 'At most 40 characters'),
    // 64: the scheduling model's limit for an area name.
    area: z.string().trim().max(64, 'At most 64 characters').default(''),
    kind: z.enum(CHAIR_KINDS).default('chair'),
    active: flag.default(true),
    sortOrder: z.number().int().min(0).max(9999).optional(),
  })
  .strict();

export const openingDay = z
  .object({ weekday, isClosed: flag, openMinute: minuteOfDay, closeMinute: minuteOfDay })
  .strict()
  .refine((d) => d.isClosed || d.closeMinute > d.openMinute, {
    message: 'Closing time must be after opening time',
    path: ['closeMinute'],
  });
export type OpeningDay = z.infer<typeof openingDay>;

export const hoursInput = z
  .object({ days: z.array(openingDay).min(1).max(7) })
  .strict()
  .superRefine((input, ctx) => {
    const seen = new Set<number>();
    input.days.forEach((d, i) => {
      if (seen.has(d.weekday))
        ctx.addIssue({ code: 'custom', message: 'Each weekday once', path: ['days', i, 'weekday'] });
      seen.add(d.weekday);
    });
  });

export const closure = z.object({ date: z.string(), reason: z.string() });
export type Closure = z.infer<typeof closure>;
export const closureInput = z
  .object({
    date: isoDate,
    reason: z.string().trim().min(1, 'A reason is required').max(200, 'At most 200 characters'),
  })
  .strict();

export const nurse = z.object({ id: z.string(), displayName: z.string(), initials: z.string(), active: z.boolean() });
export const nurseInput = z
  .object({
    id: entityId.optional(),
    displayName: z.string().trim().min(1, 'Required').max(80, 'At most 80 characters'),
    initials: z
      .string()
      .trim()
      .min(1, 'Required')
      .max(4, 'At most 4 characters')
      .regex(/^[\p{L}\p{N}.-]+$/u, 'Letters only'),
    active: flag.default(true),
  })
  .strict();

export const shift = z
  .object({ weekday, startMinute: minuteOfDay, endMinute: minuteOfDay })
  .strict()
  .refine((s) => s.endMinute > s.startMinute, { message: 'A shift must end after it starts', path: ['endMinute'] });
export type WeeklyShift = z.infer<typeof shift>;

export const shiftsInput = z
  .object({ nurseId: entityId, shifts: z.array(shift).max(7) })
  .strict()
  .superRefine((input, ctx) => {
    const seen = new Set<number>();
    input.shifts.forEach((s, i) => {
      if (seen.has(s.weekday))
        ctx.addIssue({ code: 'custom', message: 'One shift per weekday', path: ['shifts', i, 'weekday'] });
      seen.add(s.weekday);
    });
  });

export const centerNurse = nurse.extend({ shifts: z.array(shift) });
export type CenterNurse = z.infer<typeof centerNurse>;

/** One day's change to a nurse's usual shift: off, or working other hours (or on a day they usually don't). */
export const shiftOverride = z.object({
  date: z.string(),
  nurseId: z.string(),
  isOff: z.boolean(),
  startMinute: z.number().nullable(),
  endMinute: z.number().nullable(),
});
export type ShiftOverride = z.infer<typeof shiftOverride>;
export const shiftOverrideInput = z
  .object({
    date: isoDate,
    nurseId: entityId,
    isOff: flag,
    startMinute: minuteOfDay.nullable(),
    endMinute: minuteOfDay.nullable(),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.isOff) return;
    if (o.startMinute === null) ctx.addIssue({ code: 'custom', message: 'Enter a start time', path: ['startMinute'] });
    if (o.endMinute === null) ctx.addIssue({ code: 'custom', message: 'Enter an end time', path: ['endMinute'] });
    else if (o.startMinute !== null && o.endMinute <= o.startMinute) {
      ctx.addIssue({ code: 'custom', message: 'A shift must end after it starts', path: ['endMinute'] });
    }
  });

const minutes = (max: number) =>
  z.number('Enter a number').int('Whole minutes only').min(0, 'Cannot be negative').max(max, `At most ${max}`);

/**
 * Scheduling limits. There is no gold-standard nurse:patient ratio (Advisory Board infusion staffing survey, 2016) and "one start at a time"
 * is unverified; observation periods are institutional policy (no ICI label requires one). All are center
 * settings with defaults in the migration, never clinical constants.
 */
export const centerLimits = z.object({
  maxPatientsPerNurse: z.number().int().min(1, 'At least 1').max(20, 'At most 20'),
  maxStartsPerNursePerSlot: z.number().int().min(1, 'At least 1').max(20, 'At most 20'),
  slotMinutes: z
    .number()
    .int()
    .refine((m) => m >= 5 && m <= 60 && 60 % m === 0, 'Use 5, 10, 15, 20, 30 or 60 minutes'),
  preAssessmentMinutes: minutes(240),
  postInfusionObservationMinutes: minutes(240),
  firstDoseExtraObservationMinutes: minutes(240),
  /** Minutes between premedication and the infusion start; center policy (no ICI label gives a number). */
  premedicationWaitMinutes: minutes(240),
  schedulingToleranceDays: z.number().int().min(0, 'Cannot be negative').max(14, 'At most 14 days'),
});
export type CenterLimits = z.infer<typeof centerLimits>;
export const limitsInput = centerLimits.partial().strict();

export const centerSetup = z.object({
  chairs: z.array(chair),
  /** Where subcutaneous products are given; empty until the center adds one. */
  injectionPlaces: z.array(injectionPlace),
  hours: z.array(openingDay),
  /** Closures from today on (past ones stay in the database and the audit trail). */
  closures: z.array(closure),
  nurses: z.array(centerNurse),
  overrides: z.array(shiftOverride),
  limits: centerLimits,
});
export type CenterSetup = z.infer<typeof centerSetup>;

const dateOnly = z.object({ date: isoDate }).strict();

// Reading the setup is for every signed-in user (the day view needs it); changing it is for charge nurses
// and administrators only (`manage`, enforced by the router before validation).
export const centerChannels = {
  'center:get-setup': { input: z.object({}).strict(), output: centerSetup },
  'center:save-chair': { input: chairInput, output: chair, access: 'manage' as const },
  'center:save-hours': { input: hoursInput, output: z.array(openingDay), access: 'manage' as const },
  'center:save-closure': { input: closureInput, output: closure, access: 'manage' as const },
  'center:delete-closure': {
    input: dateOnly,
    output: z.object({ deleted: z.boolean() }),
    access: 'manage' as const,
  },
  'center:save-nurse': { input: nurseInput, output: nurse, access: 'manage' as const },
  'center:save-shifts': { input: shiftsInput, output: z.array(shift), access: 'manage' as const },
  'center:save-shift-override': { input: shiftOverrideInput, output: shiftOverride, access: 'manage' as const },
  'center:delete-shift-override': {
    input: z.object({ date: isoDate, nurseId: entityId }).strict(),
    output: z.object({ deleted: z.boolean() }),
    access: 'manage' as const,
  },
  'center:save-limits': { input: limitsInput, output: centerLimits, access: 'manage' as const },
};
