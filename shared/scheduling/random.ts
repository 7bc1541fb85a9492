// The scheduler's one source of chance: the repair pass's restarts draw from it, seeded, so a day re-planned
// twice from the same bookings gives the same proposal (the apply step relies on that).

/** mulberry32: tiny, fast and deterministic, so a seed reproduces the exact same day in tests and benches. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
