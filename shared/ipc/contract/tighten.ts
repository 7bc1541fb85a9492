import { z } from 'zod';
import { isoDate } from '../schemas';
import type { ChannelSpec } from '../contract';
import { dayAppointment } from './schedule';

// "Tighten this day": the charge nurse asks the repair pass (shared/scheduling/repack.ts) to re-plan a coming
// day's infusion chairs as a whole, sees every move it proposes (which patients' times change, so they can be
// told), and applies it in one audited step, or not at all. Bookings are made one at a time as patients call,
// which leaves the busiest hour using more chairs than the day needs; planning the day whole frees chairs for
// late additions without moving anyone outside the window they asked for.

const minute = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);

export const TIGHTEN_VERDICTS = ['tighter', 'already-tight', 'no-plan', 'nothing-booked'] as const;

export const tightenMove = z.object({
  appointment: dayAppointment,
  to: z.object({ chairId: z.string(), nurseId: z.string(), start: minute, end: minute }),
  /** The patient's arrival time changes: someone must tell them. */
  timeChanged: z.boolean(),
});
export type TightenMove = z.infer<typeof tightenMove>;

export const tightenProposal = z.object({
  date: isoDate,
  /** What the proposal was worked out from; applying it is refused once the day has changed. */
  fingerprint: z.string(),
  maxShiftMinutes: z.number().int().nullable(),
  /** Infusion chairs in use at the busiest moment, as booked and as proposed. */
  chairsBefore: z.number().int().min(0),
  chairsAfter: z.number().int().min(0),
  /** The fewest chairs any plan of this day can use with the nurses on shift. */
  floor: z.number().int().min(0),
  verdict: z.enum(TIGHTEN_VERDICTS),
  moves: z.array(tightenMove),
});
export type TightenProposal = z.infer<typeof tightenProposal>;

/** How far a patient's arrival time may move, in minutes; null: anywhere inside the window they asked for. */
export const TIGHTEN_SHIFTS = [30, 60, 120] as const;
const maxShift = z
  .union([z.literal(30), z.literal(60), z.literal(120)])
  .nullable()
  .default(60);

export const tightenInput = z.object({ date: isoDate, maxShiftMinutes: maxShift }).strict();

export const tightenChannels = {
  'schedule:tighten-proposal': {
    input: tightenInput,
    output: tightenProposal,
    access: 'manage',
  },
  'schedule:tighten-apply': {
    input: tightenInput.extend({ fingerprint: z.string().min(1).max(128) }),
    output: z.object({ moved: z.number().int().min(0), chairsBefore: z.number().int(), chairsAfter: z.number().int() }),
    access: 'manage',
  },
} satisfies Record<string, ChannelSpec>;
