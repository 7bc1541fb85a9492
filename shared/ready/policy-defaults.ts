import { z } from 'zod';
import { ANALYTE_IDS } from '../labs/analytes';
import { sourcesOf } from './due-labs';
import { HOLD_COMPARISONS, type Monitoring } from './monitoring';
import { readySource } from './result';

// What the Settings screen shows beside each Ready-to-treat value the center may set: the shipped limit and its
// sources, or, for the two windows no source gives a number for, the rules that ask for them. Worked out from
// the monitoring file so the screen never repeats a clinical number.

/** The key of the corticosteroid limit in the center's `limits` (the others are hold criterion ids). */
export const STEROID_LIMIT_KEY = 'steroids';

export const shippedLimit = z.object({
  /** A hold criterion id, or "steroids". */
  id: z.string(),
  analyte: z.enum(ANALYTE_IDS).nullable(),
  compare: z.enum([...HOLD_COMPARISONS, 'steroid-mg-per-day']),
  limit: z.number(),
  unit: z.string().nullable(),
  sources: z.array(readySource),
});
export type ShippedLimit = z.infer<typeof shippedLimit>;

export const readyPolicyDefaults = z.object({
  /** Sources of the rules that ask for a lab "before each dose" (how many hours before is the center's). */
  preDoseSources: z.array(readySource),
  /** Sources of the rules that ask for a lab "periodically" (how often is the center's). */
  periodicSources: z.array(readySource),
  limits: z.array(shippedLimit),
});
export type ReadyPolicyDefaults = z.infer<typeof readyPolicyDefaults>;

const ruleSources = (m: Monitoring, kind: 'each-dose' | 'periodic') =>
  sourcesOf(
    m,
    m.dueLabs.filter((r) => r.when.kind === kind).flatMap((r) => r.sources),
  );

export function readyPolicyDefaultsOf(m: Monitoring): ReadyPolicyDefaults {
  const holds: ShippedLimit[] = m.holdCriteria.map((c) => ({
    id: c.id,
    analyte: c.analyte,
    compare: c.compare,
    limit: c.limit,
    unit: c.unit ?? null,
    sources: sourcesOf(m, c.sources),
  }));
  const steroids: ShippedLimit = {
    id: STEROID_LIMIT_KEY,
    analyte: null,
    compare: 'steroid-mg-per-day',
    limit: m.steroids.prednisoneMgPerDayAtMost,
    unit: 'mg/day',
    sources: sourcesOf(m, m.steroids.sources),
  };
  return {
    preDoseSources: ruleSources(m, 'each-dose'),
    periodicSources: ruleSources(m, 'periodic'),
    limits: [...holds, steroids],
  };
}

/** The limit keys a center may set: every shipped one, nothing else. */
export const limitKeysOf = (m: Monitoring): string[] => [...m.holdCriteria.map((c) => c.id), STEROID_LIMIT_KEY];
