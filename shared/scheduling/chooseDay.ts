import { addDays } from '../clinical/dates';
import type { PlacementResult } from './model';

/**
 * Which side wins when two allowed days are equally far from the target. No published source gives a rule on
 * whether a dose a day early or a day late is clinically worse (it depends on the regimen's interval rules),
 * so the caller decides; 'earlier' is only the deterministic default.
 */
export type DayTieBreak = 'earlier' | 'later';

export interface DayAttempt<R> {
  date: string;
  result: R;
}

export type DayChoice<R> =
  | {
      ok: true;
      date: string;
      offsetDays: number;
      result: R;
      attempts: DayAttempt<R>[];
    }
  | { ok: false; reason: 'no-day'; message: string; attempts: DayAttempt<R>[] };

// One calendar arithmetic for the whole app (UTC epoch days, so daylight saving can never skip a date);
// re-exported because callers of the scheduler import it from here.
export { addDays } from '../clinical/dates';

/** Offsets in the order they are tried: 0, then ±1, ±2, … with the tie-break side first at each distance. */
export function offsetsByDistance(toleranceDays: number, tieBreak: DayTieBreak): number[] {
  const first = tieBreak === 'earlier' ? -1 : 1;
  const offsets = [0];
  for (let d = 1; d <= toleranceDays; d++) offsets.push(first * d, -first * d);
  return offsets;
}

/**
 * The target date if the request fits there, else the nearest open day within ± toleranceDays where it fits.
 * `tryPlace` is called only for open days, nearest first, and stops at the first success.
 */
export function chooseDay<R extends { ok: boolean } = PlacementResult>(
  targetDate: string,
  toleranceDays: number,
  isOpenDay: (date: string) => boolean,
  tryPlace: (date: string) => R,
  tieBreak: DayTieBreak = 'earlier',
): DayChoice<R> {
  if (!Number.isInteger(toleranceDays) || toleranceDays < 0) {
    throw new RangeError(`toleranceDays must be a whole number ≥ 0, got ${toleranceDays}`);
  }
  addDays(targetDate, 0);
  const attempts: DayAttempt<R>[] = [];
  for (const offset of offsetsByDistance(toleranceDays, tieBreak)) {
    const date = addDays(targetDate, offset);
    if (!isOpenDay(date)) continue;
    const result = tryPlace(date);
    attempts.push({ date, result });
    if (result.ok) return { ok: true, date, offsetDays: offset, result, attempts };
  }
  const span = toleranceDays === 0 ? targetDate : `${targetDate} ± ${toleranceDays} days`;
  const message =
    attempts.length === 0
      ? `No open day in ${span}.`
      : `No room on any open day in ${span} (${attempts.length} tried).`;
  return { ok: false, reason: 'no-day', message, attempts };
}
