import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareIsoDates,
  daysBetween,
  InvalidDateError,
  isIsoDate,
} from '../../../shared/clinical';

describe('ISO calendar dates', () => {
  it.each([
    ['2026-01-05', 21, '2026-01-26'], // one Q3W interval
    ['2026-03-28', 1, '2026-03-29'], // EU DST change: must not skip or repeat a day
    ['2026-03-07', 1, '2026-03-08'], // US DST change
    ['2026-10-24', 2, '2026-10-26'],
    ['2028-02-28', 1, '2028-02-29'], // leap day
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-10', -5, '2026-03-05'], // CAR T day −5
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'], // clamped to the end of the month
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-01-05', 12, '2027-01-05'], // "up to 12 months"
    ['2028-02-29', 36, '2031-02-28'], // "up to 3 years" from a leap day
    ['2026-05-15', -2, '2026-03-15'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-1-5', '26-01-05', '2026-01-05T00:00', '', '0099-01-01'])(
    'rejects "%s"',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
      expect(() => addDays(value, 1)).toThrow(InvalidDateError);
    },
  );

  it('refuses fractional days', () => {
    expect(() => addDays('2026-01-01', 0.5)).toThrow(/whole number/);
  });

  it('compares and counts days', () => {
    expect(daysBetween('2026-01-05', '2026-04-27')).toBe(112);
    expect(compareIsoDates('2026-01-05', '2026-01-06')).toBe(-1);
    expect(compareIsoDates('2026-01-06', '2026-01-06')).toBe(0);
  });

  it('adding then subtracting days returns the same date, in any time zone', () => {
    const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const iso = d.toISOString().slice(0, 10);
        const later = addDays(iso, n);
        return addDays(later, -n) === iso && daysBetween(iso, later) === n;
      }),
    );
  });
});
