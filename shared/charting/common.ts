import { z } from 'zod';

// Building blocks of the chairside chart kinds. Payloads are plain JSON (they cross IPC): clock times are
// "HH:MM" on the 24-hour clock, on the day of the appointment (or of the assessment).

export const CHARTING_KINDS = [
  'check-in',
  'assessment',
  'double-check',
  'administration',
  'reaction',
  'irae',
  'car-t-toxicity',
] as const;
export type ChartingKind = (typeof CHARTING_KINDS)[number];

/** Kinds that belong to a visit and are closed until that visit's check-in is signed. */
export const VISIT_KINDS: readonly ChartingKind[] = ['assessment', 'double-check', 'administration', 'reaction'];

export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use the 24-hour clock, HH:MM (e.g. 14:32)');
export const calendarDate = z.iso.date('Enter a date as YYYY-MM-DD');

export const freeText = (max: number) =>
  z
    .string()
    .max(max, `At most ${max} characters`)
    // eslint-disable-next-line no-control-regex -- control characters hide text from the reader
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, 'Remove the control characters');

export const shortLabel = (max: number) => freeText(max).regex(/^[^\n\r]*$/, 'One line only');

/**
 * Drafts are saved as typed; only signing checks them. In a draft, a number field holds any number the
 * nurse typed (its limits are checked when she signs) or, while the text is not a number yet ("37,", "3,7,9"),
 * that text itself, so nothing she typed is lost or turned into another number.
 */
export const typedNumber = z.union([z.number(), shortLabel(40)]);
export type TypedNumber = z.infer<typeof typedNumber>;
export type SchemaMode = 'draft' | 'signed';

export type NumberIn<M extends SchemaMode, T extends z.ZodType> = M extends 'signed' ? T : typeof typedNumber;

/** The signed schema of a number field, or its draft form (see typedNumber). */
export function numberIn<M extends SchemaMode, T extends z.ZodType>(mode: M, signed: T): NumberIn<M, T> {
  return (mode === 'signed' ? signed : typedNumber) as NumberIn<M, T>;
}

/** A clock time field: HH:MM when signed; in a draft, the time as typed so far ("10:1"). */
export function timeIn<M extends SchemaMode>(mode: M): z.ZodString {
  return mode === 'signed' ? clockTime : shortLabel(8);
}

/** The number in a draft's number field, or null when it holds text or nothing. */
export const numeric = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** Minutes since midnight of an HH:MM time. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** An infusion rate in mL/h: above 0, at most 1,000 mL/h (input sanity, not a clinical limit). */
export const rateMlPerHour = z
  .number('Enter the rate in mL/h')
  .gt(0, 'The rate must be above 0 mL/h')
  .max(1000, 'The rate must be at most 1,000 mL/h (input sanity limit)');

/** A volume in mL: above 0, at most 5,000 mL (input sanity). */
export const volumeMl = z
  .number('Enter the volume in mL')
  .gt(0, 'The volume must be above 0 mL')
  .max(5000, 'The volume must be at most 5,000 mL (input sanity limit)');

/** Adds an issue at `path` when `value` is missing, for the "complete before signing" checks. */
export function requireFilled(ctx: z.RefinementCtx, value: unknown, path: (string | number)[], what: string): void {
  const isEmpty = value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
  if (isEmpty) ctx.addIssue({ code: 'custom', path, message: `${what}: required before signing` });
}

export const ASTCT_VERSION = 'ASTCT 2019' as const;
export const CTCAE_VERSION = '5.0' as const;

const gradedShape = { status: z.literal('graded'), grade: z.number().int().min(0).max(5), reason: z.string() };
const incompleteShape = {
  status: z.literal('incomplete'),
  missing: z.array(z.string()).min(1),
  lowest: z.number().int().min(0).max(5),
  highest: z.number().int().min(0).max(5),
  reason: z.string(),
};

/** A computed grade as stored in a payload: graded, or not gradable yet with what to enter (gradable.ts). */
export const gradable = z.discriminatedUnion('status', [
  z.object(gradedShape).strict(),
  z.object(incompleteShape).strict(),
]);

/** The same, with extra computed fields (the ICANS tool and ICE total). */
export function gradableWith<T extends z.ZodRawShape>(extra: T) {
  return z.discriminatedUnion('status', [
    z.object({ ...gradedShape, ...extra }).strict(),
    z.object({ ...incompleteShape, ...extra }).strict(),
  ]);
}
