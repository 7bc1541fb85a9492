import { describe, expect, it } from 'vitest';
import { clinicNow, clockTime, parseClockTime } from '../../../shared/time/clock';

describe('parseClockTime: the one reader of typed clock times', () => {
  it.each([
    ['08:30', 510],
    ['8:30', 510],
    ['0830', 510],
    [' 23:59 ', 1439],
    ['00:00', 0],
    ['1705', 1025],
  ])('reads "%s" as minute %i', (text, minute) => {
    expect(parseClockTime(text)).toBe(minute);
  });

  it.each(['830', '24:01', '25:00', '12:60', '7:45 PM', '12h30', '', '12:3'])('refuses "%s"', (text) => {
    expect(parseClockTime(text)).toBeNull();
  });

  it('reads 24:00 only as the end of the day', () => {
    expect(parseClockTime('24:00')).toBeNull();
    expect(parseClockTime('2400')).toBeNull();
    expect(parseClockTime('24:00', { endOfDay: true })).toBe(1440);
    expect(parseClockTime('24:30', { endOfDay: true })).toBeNull();
  });

  it('writes what it reads, on the 24-hour clock', () => {
    for (const minute of [0, 5, 510, 1025, 1439, 1440]) {
      expect(parseClockTime(clockTime(minute), { endOfDay: true })).toBe(minute);
    }
    expect(clockTime(13 * 60 + 5)).toBe('13:05');
  });
});

describe('clinicNow: "today" in the center’s time zone', () => {
  // 03:30 UTC on 28 November is still the evening of 27 November in Toronto (UTC−5 in November).
  const at = new Date('2026-11-28T03:30:00Z');

  it('gives the center’s date and minute, not UTC’s', () => {
    expect(clinicNow(at, 'America/Toronto')).toEqual({ date: '2026-11-27', minute: 22 * 60 + 30 });
    expect(clinicNow(at, 'Europe/Paris')).toEqual({ date: '2026-11-28', minute: 4 * 60 + 30 });
  });
});
