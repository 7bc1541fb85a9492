// Waiting in the chair: minutes from the signed check-in to the first infusion start of the visit. Pure, so
// the buckets and percentiles are tested without a database.

/** Bucket edges in minutes; the last bucket is open-ended. */
export const WAIT_EDGES = [0, 15, 30, 45, 60, 90] as const;

export interface WaitFigures {
  measuredVisits: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  buckets: { fromMinute: number; toMinute: number | null; visits: number }[];
}

/** The value below which `p` of the sorted values fall (nearest rank, so it is always a measured wait). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1]!;
}

export function waitFigures(waits: readonly number[]): WaitFigures {
  const sorted = waits.filter((w) => w >= 0).toSorted((a, b) => a - b);
  const buckets = WAIT_EDGES.map((fromMinute, i) => ({
    fromMinute,
    toMinute: WAIT_EDGES[i + 1] ?? null,
    visits: 0,
  }));
  for (const w of sorted) {
    const bucket = buckets.findLast((b) => w >= b.fromMinute)!;
    bucket.visits += 1;
  }
  return {
    measuredVisits: sorted.length,
    medianMinutes: percentile(sorted, 0.5),
    p90Minutes: percentile(sorted, 0.9),
    buckets,
  };
}

/** 'HH:MM' as minutes since midnight. */
export function clockMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
