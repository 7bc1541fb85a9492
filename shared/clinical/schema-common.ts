import { z } from 'zod';
import { isIsoDate } from './dates';

// Building blocks every clinical record uses: ids, sources and the verification block the UI shows.

export const recordId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lower-case kebab-case id');

export const isoDateSchema = z.string().refine(isIsoDate, 'Expected a calendar date YYYY-MM-DD');

/** YYYY, YYYY-MM or YYYY-MM-DD: labels print a month ("Revised: 06/2023"), web pages sometimes a year. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'Expected YYYY, YYYY-MM or YYYY-MM-DD');

/** An https address with a path: a page, never a bare domain (which says nothing about where the fact is). */
export const deepLinkSchema = z
  .string()
  .regex(/^https:\/\/[^/\s]+\/\S+$/, 'Expected an https:// link to the page itself, not a bare domain');

/**
 * Where a fact was read. `label` is the US prescribing information itself (DailyMed set id, FDA label
 * document); `label-copy` a page reproducing the label text (drugs.com "Dosage", PrescriberPoint); `secondary`
 * anything else (manufacturer HCP site, news, society page). `revised` is the label's revision date (or the
 * copy's "last updated" date); null only when the page shows none, and then the record lists it as
 * UNVERIFIED. `checked` is when the fact was last compared with the page.
 */
export const publishedSourceSchema = z
  .object({
    title: z.string().min(1),
    url: deepLinkSchema,
    kind: z.enum(['label', 'label-copy', 'secondary']),
    revised: partialDateSchema.nullable(),
    checked: isoDateSchema,
  })
  .strict();

/** A center's own protocol (center regimens): named by its title, kept with the center's reason and audit. */
export const centerSourceSchema = z
  .object({ title: z.string().min(1), kind: z.literal('center').default('center') })
  .strict();

export const sourceSchema = z.union([publishedSourceSchema, centerSourceSchema]);
export type PublishedSource = z.infer<typeof publishedSourceSchema>;

export const sourcesSchema = z.array(sourceSchema).min(1, 'Every clinical record needs at least one source');

/**
 * One UNVERIFIED fact: "<field path>: <what is not confirmed>. Confirm: <what would confirm it>", e.g.
 * "inLineFilter: pore size believed 0.2 µm, not read on the label. Confirm: Imjudo PI section 2". The path
 * must exist in the record, so the UI can put the warning next to the field it concerns, and a typo fails the
 * library load; the sentence must say what would confirm it, for the reviewer's list (npm run library:unverified).
 */
const UNVERIFIED_ENTRY = /^([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*): (\S.*)$/s;

export const unverifiedEntrySchema = z
  .string()
  .regex(UNVERIFIED_ENTRY, 'Expected "<field path>: <sentence>"')
  .regex(/\bconfirm/i, 'Say what would confirm it ("Confirm: …")');

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
  checkSourceDates(record.sources, ['sources'], record, ctx);
}

/** A source without a revision date is allowed only when the record says so in its UNVERIFIED list. */
export function checkSourceDates(
  sources: readonly Source[],
  at: (string | number)[],
  record: Provenance,
  ctx: z.RefinementCtx,
): void {
  sources.forEach((source, index) => {
    const path = [...at, index].join('.');
    if (source.kind !== 'center' && source.revised === null && unverifiedUnder(record, path).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, index, 'revised'],
        message: `No revision date: list "${path}" as UNVERIFIED with what would date it`,
      });
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
