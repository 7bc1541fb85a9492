import { z } from 'zod';
import { entityId, isoDate, isoDateTime } from '../schemas';
import { appointmentStatus } from './schedule';

// The charge nurse's morning board: the day's visits shared among the nurses on shift. Everyone signed in
// reads it (a nurse sees whose patients are whose); only a charge nurse or administrator saves it.

const minute = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);

/** Why a visit weighs more on its nurse (the proposal spreads these). */
export const ACUITY_REASONS = ['first-dose', 'car-t', 'reaction-history', 'long-visit'] as const;
export type AcuityReason = (typeof ACUITY_REASONS)[number];

export const boardVisit = z.object({
  appointmentId: entityId,
  patientName: z.string(),
  mrn: z.string(),
  chairName: z.string(),
  start: minute,
  end: minute,
  status: appointmentStatus,
  reasons: z.array(z.enum(ACUITY_REASONS)),
  /** The app's own weighting (see shared/scheduling/assign-nurses.ts), not a clinical score. */
  acuity: z.number().int(),
  /** The nurse the visit is with now: the board's saved choice, or the booking's until the board is saved. */
  nurseId: z.string().nullable(),
  /** The balanced proposal; null when no nurse on shift can take the visit within the limits. */
  proposedNurseId: z.string().nullable(),
});
export type BoardVisit = z.infer<typeof boardVisit>;

export const boardNurse = z.object({
  id: z.string(),
  name: z.string(),
  initials: z.string(),
  start: minute,
  end: minute,
});

export const nurseBoard = z.object({
  date: isoDate,
  /** When and by whom the board was last saved for this day; null before the first save. */
  savedAt: isoDateTime.nullable(),
  savedBy: z.string().nullable(),
  nurses: z.array(boardNurse),
  visits: z.array(boardVisit),
  maxPatientsPerNurse: z.number().int().positive(),
  maxStartsPerNursePerSlot: z.number().int().positive(),
  slotMinutes: z.number().int().positive(),
});
export type NurseBoard = z.infer<typeof nurseBoard>;

export const saveBoardInput = z
  .object({
    date: isoDate,
    assignments: z
      .array(z.object({ appointmentId: entityId, nurseId: entityId.nullable() }).strict())
      .min(1)
      .max(500),
  })
  .strict();

export const assignmentChannels = {
  'assignments:board': { input: z.object({ date: isoDate }).strict(), output: nurseBoard },
  'assignments:save': { input: saveBoardInput, output: nurseBoard, access: 'manage' as const },
};
