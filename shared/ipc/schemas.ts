import { z } from 'zod';

// Building blocks shared by channel schemas. Payloads are plain JSON: dates travel as ISO strings.
export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });
export const entityId = z.string().min(1).max(64);
export const empty = z.object({}).strict();
export const shortText = (max: number) => z.string().trim().max(max);

export const locale = z.enum(['en', 'fr']);
export type Locale = z.infer<typeof locale>;
