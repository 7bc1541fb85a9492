import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClockTime } from '../../../shared/time/clock';

// The renderer's time box writes a typed time the one way the core reads it (shared/time/clock.ts): the same
// answer for "0830" and "24:00" on every screen that uses it.

const RENDERER = resolve(import.meta.dirname, '../../../renderer/src');
// Loaded by path at run time: the renderer's files are not part of the tests' TypeScript project.
const { tidyClockTime } = (await import(join(RENDERER, 'components/TimeField.tsx'))) as {
  tidyClockTime: (text: string, options?: { endOfDay?: boolean }) => string;
};
const { isRealDate } = (await import(join(RENDERER, 'lib/dates.ts'))) as { isRealDate: (text: string) => boolean };

describe('a typed clock time, written the one way', () => {
  it.each([
    ['0830', '08:30'],
    ['8:30', '08:30'],
    [' 14:05 ', '14:05'],
    ['2359', '23:59'],
  ])('writes %j as %j, the time main reads', (typed, written) => {
    expect(tidyClockTime(typed)).toBe(written);
    expect(parseClockTime(written)).toBe(parseClockTime(typed));
  });

  it.each(['830', '24:00', '2400', '12:60', '25:00', 'noon'])('leaves %j as typed for the field to refuse', (typed) => {
    expect(tidyClockTime(typed)).toBe(typed);
    expect(parseClockTime(typed)).toBeNull();
  });

  it('accepts 24:00 (and 2400) only as the end of the day', () => {
    expect(tidyClockTime('2400', { endOfDay: true })).toBe('24:00');
    expect(tidyClockTime('24:00', { endOfDay: true })).toBe('24:00');
  });
});

describe('a typed day', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['26-02-28', false],
  ])('%s is a real day: %s', (typed, real) => expect(isRealDate(typed)).toBe(real));
});
