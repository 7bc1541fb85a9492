// Calendar-date arithmetic on ISO 'YYYY-MM-DD' strings.
// Clinical dates (dose days, day 0, monitoring ends) are calendar days, not instants. Doing the arithmetic on
// UTC midnights means a daylight-saving change or the machine's time zone can never move a dose by a day,
// which is what happens with `new Date('2026-03-29')` + local getters.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export class InvalidDateError extends RangeError {
  constructor(value: unknown) {
    super(`Not a calendar date in YYYY-MM-DD form: ${JSON.stringify(value)}`);
    this.name = 'InvalidDateError';
  }
}

/** Days since 1970-01-01 for a valid ISO date, or null (rejects 2026-02-30 and similar). */
function toEpochDay(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC maps years 0–99 to 1900+; the round trip below also catches that.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

function fromEpochDay(epochDay: number): IsoDate {
  const date = new Date(epochDay * MS_PER_DAY);
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) throw new RangeError(`Date out of supported range (years 1000–9999): ${year}`);
  return date.toISOString().slice(0, 10);
}

function epochDayOf(value: IsoDate): number {
  const epochDay = toEpochDay(value);
  if (epochDay === null) throw new InvalidDateError(value);
  return epochDay;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && toEpochDay(value) !== null;
}

/** Throws InvalidDateError unless `value` is a real calendar date. */
export function assertIsoDate(value: unknown): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new InvalidDateError(value);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs a whole number of days, got ${days}`);
  return fromEpochDay(epochDayOf(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDayOf(to) - epochDayOf(from);
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(daysBetween(b, a));
}

/**
 * Calendar months, clamped to the end of the target month (2026-01-31 + 1 month = 2026-02-28). Used for label
 * durations written in months or years ("up to 12 months", "up to 3 years") so that no month-to-day conversion
 * has to be invented.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`addMonths needs a whole number of months, got ${months}`);
  assertIsoDate(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return fromEpochDay(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)) / MS_PER_DAY);
}
