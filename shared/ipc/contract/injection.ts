import { z } from 'zod';
import { entityId } from '../schemas';

// Injection places: where subcutaneous checkpoint products are given, each with how many patients it takes
// at once. Center setup, so only charge nurses and administrators change them.

export const injectionPlace = z.object({
  id: z.string(),
  name: z.string(),
  capacity: z.number().int(),
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type InjectionPlace = z.infer<typeof injectionPlace>;

export const injectionPlaceInput = z
  .object({
    /** Omitted to add a place; given to rename it, change its capacity or take it out of service. */
    id: entityId.optional(),
    name: z.string().trim().min(1, 'Required').max(40, 'At most 40 characters'),
    capacity: z
      .number('Enter a number')
      .int('Whole patients only')
      .min(1, 'At least 1 patient')
      .max(20, 'At most 20 patients'),
    active: z.boolean().default(true),
    sortOrder: z.number().int().min(0).max(9999).optional(),
  })
  .strict();
export type InjectionPlaceInput = z.output<typeof injectionPlaceInput>;

export const injectionChannels = {
  'center:save-injection-place': { input: injectionPlaceInput, output: injectionPlace, access: 'manage' as const },
};
