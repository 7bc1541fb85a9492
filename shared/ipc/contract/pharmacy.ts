import { z } from 'zod';
import { DRUG_STEPS } from '../../schedule/drug-readiness';
import { entityId, isoDate } from '../schemas';
import { appointmentStatus, drugLine } from './schedule';

// The pharmacy's list for the day and each visit's drug moving from ordered to delivered at the chair.

const minute = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);
export const drugStep = z.enum(DRUG_STEPS);

export const pharmacyItem = z.object({
  appointmentId: entityId,
  date: isoDate,
  start: minute,
  end: minute,
  chairName: z.string(),
  patientName: z.string(),
  mrn: z.string(),
  status: appointmentStatus,
  drugs: z.array(drugLine),
  step: drugStep,
  /** When the chair expects the drug: the start plus the center's pre-assessment minutes. */
  neededAt: minute,
  /** Each step reached, with the 24-hour time and who recorded it. */
  steps: z.array(z.object({ step: drugStep, time: z.string(), by: z.string().nullable() })),
  /** Minutes the chair waited for the drug, recorded at delivery; null until then. */
  waitMinutes: z.number().int().nullable(),
});
export type PharmacyItem = z.infer<typeof pharmacyItem>;

export const pharmacyDay = z.object({ date: isoDate, items: z.array(pharmacyItem) });
export type PharmacyDay = z.infer<typeof pharmacyDay>;

export const pharmacyChannels = {
  'pharmacy:day': { input: z.object({ date: isoDate }).strict(), output: pharmacyDay },
  'pharmacy:advance': {
    input: z.object({ appointmentId: entityId, step: drugStep.exclude(['ordered']) }).strict(),
    output: pharmacyItem,
  },
};
