import { afterEach, expect, it } from 'vitest';
import { fixedClock } from '../../../electron/main/core/clock';
import { clockOn, resolveToday, SHOW_MINUTE, TodayOptionError } from '../../../electron/main/demo/today';

// The one "today" the demo seed, the screenshots and the benchmarks share: the --today option, or the clinic's
// date (the center time-zone setting, CHAIRSIDE_TIME_ZONE) when it is absent.

const savedZone = process.env.CHAIRSIDE_TIME_ZONE;
afterEach(() => {
  if (savedZone === undefined) delete process.env.CHAIRSIDE_TIME_ZONE;
  else process.env.CHAIRSIDE_TIME_ZONE = savedZone;
});

it('takes --today as given when it is a real calendar date', () => {
  expect(resolveToday('2031-02-14')).toBe('2031-02-14');
  expect(resolveToday('2028-02-29')).toBe('2028-02-29');
});

it('refuses a --today that is not a real date written YYYY-MM-DD, quoting what was typed', () => {
  for (const typed of ['2026-02-30', '2026-2-3', '27/11/2026', 'tomorrow', '']) {
    expect(() => resolveToday(typed)).toThrow(TodayOptionError);
  }
  expect(() => resolveToday('2026-13-01')).toThrow(/YYYY-MM-DD.*"2026-13-01"/);
});

it('defaults to the clinic date of the clock in the center time zone, not the machine’s', () => {
  const lateEvening = fixedClock('2026-11-27T23:30:00Z');
  process.env.CHAIRSIDE_TIME_ZONE = 'America/Toronto';
  expect(resolveToday(undefined, lateEvening)).toBe('2026-11-27');
  process.env.CHAIRSIDE_TIME_ZONE = 'Pacific/Auckland';
  expect(resolveToday(undefined, lateEvening)).toBe('2026-11-28');
});

it('freezes a core clock at a wall-clock minute of that day in the center time zone (summer time included)', () => {
  process.env.CHAIRSIDE_TIME_ZONE = 'America/Toronto';
  expect(clockOn('2026-07-01', SHOW_MINUTE).now().toISOString()).toBe('2026-07-01T14:30:00.000Z');
  expect(clockOn('2026-12-01', SHOW_MINUTE).now().toISOString()).toBe('2026-12-01T15:30:00.000Z');
  process.env.CHAIRSIDE_TIME_ZONE = 'Europe/Paris';
  expect(clockOn('2026-07-01', SHOW_MINUTE).now().toISOString()).toBe('2026-07-01T08:30:00.000Z');
});
