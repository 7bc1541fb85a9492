import { isIsoDate } from '../../../shared/clinical/dates';
import { zonedMinuteToUtc } from '../../../shared/schedule/timezone';
import { fixedClock, systemClock, type Clock } from '../core/clock';
import { clinicTimeZone, clinicToday } from '../services/center/clinic-clock';

// The demo seed, the screenshots and the benchmarks share one "today": the `--today YYYY-MM-DD` they are
// given, or the clinic's real date. Each core they open gets a clock frozen on that day, so no part of them
// can meet a "today" of its own (the benchmark broke the day after it landed because its seed said
// 27 November while the core's clock moved on).

/** When the demo is seeded: before the demo center opens at 08:00, so the day's audit trail reads naturally. */
export const SEED_MINUTE = 7 * 60;
/** When the screenshots are taken: mid-morning, with the day's first patients in their chairs. */
export const SHOW_MINUTE = 10 * 60 + 30;

export class TodayOptionError extends Error {}

/** The `--today` option: a real calendar date written YYYY-MM-DD, or the clinic's date on `clock` when absent. */
export function resolveToday(value: string | undefined, clock: Clock = systemClock): string {
  if (value === undefined) return clinicToday(clock);
  const typed: string = value;
  if (!isIsoDate(value)) {
    throw new TodayOptionError(
      `--today takes a calendar date written YYYY-MM-DD, such as 2026-11-27 (not "${typed}").`,
    );
  }
  return value;
}

/** A core clock frozen at `minute` (minutes after midnight) of `today` in the center's time zone. */
export function clockOn(today: string, minute: number): ReturnType<typeof fixedClock> {
  return fixedClock(zonedMinuteToUtc(today, minute, clinicTimeZone()).toISOString());
}
