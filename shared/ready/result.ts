import { z } from 'zod';

// What Ready to treat answers: lines (a)–(g), each met / not met / unknown, with items that carry the value
// and the rule's sources; then Ready, or Hold for the prescriber with the reasons. One schema for the IPC
// output, the signed assessment's copy and the release's record.

export const READY_STATUSES = ['met', 'not-met', 'unknown'] as const;
export type ReadyStatus = (typeof READY_STATUSES)[number];

export const READY_LINES = ['labs', 'values', 'irae', 'steroids', 'consent', 'education', 'vitals'] as const;
export type ReadyLineKey = (typeof READY_LINES)[number];

const words = z.object({ en: z.string(), fr: z.string() });
export type Words = z.infer<typeof words>;

/**
 * What an item IS, beside its words: its message key and parameters in a canonical form (shared/ready/words.ts
 * `identify`). Optional: signed assessments and releases stored before ids existed have none.
 */
const itemId = z.string().optional();

/** A reason the dose is held: its words and its identity, which a prescriber's release is matched on. */
export const readyReason = words.extend({ id: itemId });
export type ReadyReason = z.infer<typeof readyReason>;

export const readySource = z.object({
  title: z.string(),
  url: z.string().nullable(),
  revised: z.string().nullable(),
});
export type ReadySource = z.infer<typeof readySource>;

export const readyItem = z.object({
  status: z.enum(READY_STATUSES),
  id: itemId,
  text: words,
  sources: z.array(readySource),
  /** True when the limit or window is the center's value, not the shipped one. */
  isCenterValue: z.boolean().optional(),
});
export type ReadyItem = z.infer<typeof readyItem>;

export const readyLine = z.object({
  key: z.enum(READY_LINES),
  status: z.enum(READY_STATUSES),
  items: z.array(readyItem),
});
export type ReadyLine = z.infer<typeof readyLine>;

export const readiness = z.object({
  outcome: z.enum(['ready', 'hold']),
  lines: z.array(readyLine),
  /** The items that hold the dose, in the order shown. */
  reasons: z.array(readyReason),
  evaluatedAt: z.string(),
});
export type Readiness = z.infer<typeof readiness>;

/** The worst status of a list: not met before unknown before met. */
export function worstStatus(statuses: readonly ReadyStatus[]): ReadyStatus {
  if (statuses.includes('not-met')) return 'not-met';
  if (statuses.includes('unknown')) return 'unknown';
  return 'met';
}

export function lineOf(key: ReadyLineKey, items: ReadyItem[]): ReadyLine {
  return { key, status: worstStatus(items.map((i) => i.status)), items };
}

export function outcomeOf(lines: ReadyLine[], evaluatedAt: string): Readiness {
  const held = lines.flatMap((l) => l.items.filter((i) => i.status !== 'met'));
  const reasons = held.map((i): ReadyReason => (i.id === undefined ? i.text : { ...i.text, id: i.id }));
  return { outcome: reasons.length === 0 ? 'ready' : 'hold', lines, reasons, evaluatedAt };
}
