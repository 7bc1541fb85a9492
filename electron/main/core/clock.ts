export interface Clock {
  now(): Date;
  /**
   * Milliseconds on a clock that only moves forward (timeouts such as the idle lock); the wall clock can
   * jump back and forth (NTP, daylight saving by hand, a user changing the time).
   */
  monotonicMs?(): number;
}

export const systemClock: Clock = { now: () => new Date(), monotonicMs: () => performance.now() };

/**
 * A clock that stays where it is put: tests and demo screenshots need a stable "now". `advanceMinutes`
 * moves both clocks (time passes); `set` moves only the wall clock, as a clock change on the machine does.
 */
export function fixedClock(iso: string): Clock & {
  monotonicMs(): number;
  set(iso: string): void;
  advanceMinutes(minutes: number): void;
} {
  let current = new Date(iso);
  let monotonic = 0;
  return {
    now: () => new Date(current),
    monotonicMs: () => monotonic,
    set: (next) => {
      current = new Date(next);
    },
    advanceMinutes: (minutes) => {
      current = new Date(current.getTime() + minutes * 60_000);
      monotonic += minutes * 60_000;
    },
  };
}
