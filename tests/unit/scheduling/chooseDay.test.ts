import { describe, expect, it } from 'vitest';
import { addDays, chooseDay, offsetsByDistance } from '../../../shared/scheduling/chooseDay';

type Result = { ok: boolean };

/** Weekdays only (2026-03-02 is a Monday), plus a closure list. */
const openDays =
  (closed: string[] = []) =>
  (date: string) =>
    ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()) && !closed.includes(date);

function placer(roomOn: string[]) {
  const tried: string[] = [];
  const tryPlace = (date: string): Result => {
    tried.push(date);
    return { ok: roomOn.includes(date) };
  };
  return { tried, tryPlace };
}

describe('chooseDay', () => {
  it('keeps the target date when the request fits there', () => {
    const { tried, tryPlace } = placer(['2026-03-04', '2026-03-03']);
    expect(chooseDay('2026-03-04', 2, openDays(), tryPlace)).toMatchObject({
      ok: true,
      date: '2026-03-04',
      offsetDays: 0,
    });
    expect(tried).toEqual(['2026-03-04']);
  });

  it.each([
    { tieBreak: 'earlier' as const, date: '2026-03-03', offsetDays: -1 },
    { tieBreak: 'later' as const, date: '2026-03-05', offsetDays: 1 },
  ])('breaks a tie between equally near days by the $tieBreak side', ({ tieBreak, date, offsetDays }) => {
    const { tryPlace } = placer(['2026-03-03', '2026-03-05']);
    expect(chooseDay('2026-03-04', 3, openDays(), tryPlace, tieBreak)).toMatchObject({ ok: true, date, offsetDays });
  });

  it('prefers a nearer day over the tie-break side', () => {
    const { tryPlace } = placer(['2026-03-02', '2026-03-05']);
    expect(chooseDay('2026-03-04', 3, openDays(), tryPlace)).toMatchObject({ date: '2026-03-05', offsetDays: 1 });
  });

  it('never tries a closed day and skips the weekend', () => {
    const { tried, tryPlace } = placer(['2026-03-09']);
    const result = chooseDay('2026-03-06', 3, openDays(['2026-03-05']), tryPlace);
    expect(result).toMatchObject({ ok: true, date: '2026-03-09', offsetDays: 3 });
    expect(tried).toEqual(['2026-03-06', '2026-03-04', '2026-03-03', '2026-03-09']);
  });

  it('refuses when no open day within the tolerance has room, listing what it tried', () => {
    const { tryPlace } = placer(['2026-03-09']);
    const result = chooseDay('2026-03-04', 2, openDays(), tryPlace);
    expect(result).toMatchObject({ ok: false, reason: 'no-day' });
    expect(result.attempts.map((a) => a.date)).toEqual([
      '2026-03-04',
      '2026-03-03',
      '2026-03-05',
      '2026-03-02',
      '2026-03-06',
    ]);
  });

  it('with tolerance 0 tries only the target date', () => {
    const { tried, tryPlace } = placer([]);
    expect(chooseDay('2026-03-04', 0, openDays(), tryPlace)).toMatchObject({ ok: false, reason: 'no-day' });
    expect(tried).toEqual(['2026-03-04']);
  });

  it('explains a refusal when every day in range is closed', () => {
    const result = chooseDay('2026-03-07', 1, () => false, placer([]).tryPlace);
    expect(result).toMatchObject({ ok: false, message: 'No open day in 2026-03-07 ± 1 days.' });
  });

  it('rejects a malformed date or a negative tolerance', () => {
    expect(() => chooseDay('2026-02-30', 1, openDays(), placer([]).tryPlace)).toThrow(RangeError);
    expect(() => chooseDay('04/03/2026', 1, openDays(), placer([]).tryPlace)).toThrow(RangeError);
    expect(() => chooseDay('2026-03-04', -1, openDays(), placer([]).tryPlace)).toThrow(RangeError);
  });
});

describe('date arithmetic', () => {
  it.each([
    ['2026-03-31', 1, '2026-04-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-29', 1, '2026-03-30'], // EU clocks change that night
    ['2026-11-01', -1, '2026-10-31'], // US clocks change that night
  ])('%s + %i day(s) is %s', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
  });

  it('orders offsets by distance with the tie-break side first', () => {
    expect(offsetsByDistance(2, 'earlier')).toEqual([0, -1, 1, -2, 2]);
    expect(offsetsByDistance(2, 'later')).toEqual([0, 1, -1, 2, -2]);
  });
});
