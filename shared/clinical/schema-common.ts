import { z } from 'zod';
import { isIsoDate } from './dates';

// Building blocks every clinical record uses: ids, sources and the verification block the UI shows.

export const recordId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lower-case kebab-case id');

export const isoDateSchema = z.string().refine(isIsoDate, 'Expected a calendar date YYYY-MM-DD');

/** A label or web page the fact was read from; `date` may be partial (2024-08) because labels give month only. */
export const sourceSchema = z
  .object({
    title: z.string().min(1),
    url: z
      .string()
      .regex(/^https:\/\/\S+$/, 'Expected an https:// URL')
      .optional(),
    date: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'Expected YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
  })
  .strict();

export const sourcesSchema = z.array(sourceSchema).min(1, 'Every clinical record needs at least one source');

/**
 * One UNVERIFIED fact: "<field path>: <what is not confirmed>", e.g.
 * "inLineFilter: no filter requirement found in the sources (REFERENCE §10.1)". The path must exist in the
 * record, so the UI can put the warning next to the field it concerns, and a typo fails the library load.
 */
const UNVERIFIED_ENTRY = /^([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*): (\S.*)$/s;

export const unverifiedEntrySchema = z.string().regex(UNVERIFIED_ENTRY, 'Expected "<field path>: <sentence>"');

export const provenanceShape = {
  sources: sourcesSchema,
  verification: z.enum(['verified', 'unverified']),
  unverified: z.array(unverifiedEntrySchema),
};

export type Source = z.infer<typeof sourceSchema>;
export type Verification = z.infer<typeof provenanceShape.verification>;

export interface Provenance {
  sources: Source[];
  verification: Verification;
  unverified: string[];
}

/** The field path an unverified entry is about ("doseOptions.0.dose.mg"). */
export function unverifiedPath(entry: string): string {
  return UNVERIFIED_ENTRY.exec(entry)?.[1] ?? '';
}

/** Entries about `path` itself or anything under it. */
export function unverifiedUnder(record: Provenance, path: string): string[] {
  return record.unverified.filter((entry) => {
    const entryPath = unverifiedPath(entry);
    return entryPath === path || entryPath.startsWith(`${path}.`);
  });
}

export function hasPath(value: unknown, path: string): boolean {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return false;
    current = (current as Record<string, unknown>)[key];
  }
  return true;
}

/**
 * Record-level rules shared by every clinical file: `verification` says "unverified" exactly when at least one
 * fact is listed, and every listed path exists in the record.
 */
export function checkProvenance(record: Provenance, ctx: z.RefinementCtx): void {
  const isListed = record.unverified.length > 0;
  if (isListed !== (record.verification === 'unverified')) {
    ctx.addIssue({
      code: 'custom',
      path: ['verification'],
      message: isListed
        ? 'Must be "unverified" when the unverified list is not empty'
        : 'Must be "verified" when the unverified list is empty',
    });
  }
  record.unverified.forEach((entry, index) => {
    const path = unverifiedPath(entry);
    if (!hasPath(record, path)) {
      ctx.addIssue({ code: 'custom', path: ['unverified', index], message: `No field "${path}" in this record` });
    }
  });
}

/** Adds an issue for every id that appears more than once; `at` builds the issue path for an index. */
export function checkUniqueIds(
  items: readonly { id: string }[],
  ctx: z.RefinementCtx,
  at: (index: number) => (string | number)[],
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: at(index), message: `Duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

/** Plain-object index (JSON-safe, unlike a Map) for lookups such as `drugsById`. */
export function indexById<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  return Object.fromEntries(items.map((item) => [item.id, item]));
}
