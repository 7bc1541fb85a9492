import { describe, expect, it } from 'vitest';
import { checkWeight, latestWeight } from '../../../shared/clinical';

// Center policy for weight-based doses: a fresh weight is needed when the last one is older than 7 days or
// differs from the plan's weight by more than 10 % (both center settings).

const TODAY = '2026-12-03';
const check = (
  kg: number | null,
  measuredOn: string,
  planKg: number | null,
  policy?: { maxAgeDays: number; maxChangePercent: number },
) =>
  checkWeight({
    isWeightBased: true,
    last: kg === null ? null : { kg, measuredOn },
    planKg,
    today: TODAY,
    ...(policy ? { policy } : {}),
  });

describe('checkWeight', () => {
  it('asks nothing for a flat dose', () => {
    expect(checkWeight({ isWeightBased: false, last: null, planKg: null, today: TODAY })).toEqual({
      status: 'not-weight-based',
    });
  });

  it.each<[string, number | null, string, number | null, string, string[]]>([
    ['weighed today, same weight', 72.4, '2026-12-03', 72.4, 'fresh', []],
    ['7 days ago is still fresh', 72.4, '2026-11-26', 72.4, 'fresh', []],
    ['8 days ago is too old', 72.4, '2026-11-25', 72.4, 'needs-fresh-weight', ['too-old']],
    ['exactly 10 % lighter is within the limit', 65.16, '2026-12-03', 72.4, 'fresh', []],
    ['more than 10 % lighter', 65, '2026-12-03', 72.4, 'needs-fresh-weight', ['changed']],
    ['more than 10 % heavier and old', 80, '2026-11-01', 72.4, 'needs-fresh-weight', ['too-old', 'changed']],
    ['no weight at all', null, '', 72.4, 'needs-fresh-weight', ['no-weight']],
    ['a plan without its weight', 70, '2026-12-03', null, 'needs-fresh-weight', ['no-plan-weight']],
  ])('%s', (_name, kg, on, planKg, status, reasons) => {
    expect(check(kg, on, planKg)).toMatchObject({ status, reasons });
  });

  it('uses the center’s own limits', () => {
    expect(check(72.4, '2026-11-30', 72.4, { maxAgeDays: 2, maxChangePercent: 5 })).toMatchObject({
      reasons: ['too-old'],
      ageDays: 3,
    });
    expect(check(68, '2026-12-03', 72.4, { maxAgeDays: 2, maxChangePercent: 5 })).toMatchObject({
      reasons: ['changed'],
      changePercent: 6.1,
    });
  });

  it('takes the newest recorded weight', () => {
    expect(latestWeight([{ kg: 70, measuredOn: '2026-11-01' }, null, { kg: 69, measuredOn: '2026-12-01' }])).toEqual({
      kg: 69,
      measuredOn: '2026-12-01',
    });
    expect(latestWeight([null])).toBeNull();
  });
});
