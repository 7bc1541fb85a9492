import { describe, expect, it } from 'vitest';
import {
  clinicDaySchema,
  DEFAULT_LIMITS,
  isInsideWindow,
  placementRequestSchema,
  resolveLimits,
} from '../../../shared/scheduling/model';
import { at, makeDay } from './builders';

describe('scheduling model', () => {
  it('defaults to 4 patients per nurse, one start per nurse per 15-minute slot', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxPatientsPerNurse: 4, maxStartsPerNursePerSlot: 1, slotMinutes: 15 });
  });

  it('fills in only the limits a day leaves out', () => {
    expect(resolveLimits({ maxPatientsPerNurse: 3 })).toEqual({ ...DEFAULT_LIMITS, maxPatientsPerNurse: 3 });
    expect(resolveLimits(undefined)).toEqual(DEFAULT_LIMITS);
  });

  it.each([
    ['closing before opening', { close: at('07:00') }, 'close'],
    ['a shift that ends before it starts', { nurses: [{ id: 'N1', start: 600, end: 500 }] }, 'nurses.0.end'],
    ['a malformed date', { date: '2026-3-2' }, 'date'],
  ])('rejects a day with %s, naming the field', (_, overrides, path) => {
    const result = clinicDaySchema.safeParse(makeDay(overrides));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('rejects a request of zero minutes or an empty preferred window', () => {
    expect(placementRequestSchema.safeParse({ patientId: 'P', durationMinutes: 0 }).success).toBe(false);
    const emptyWindow = { patientId: 'P', durationMinutes: 30, preferredWindow: { start: 600, end: 600 } };
    expect(placementRequestSchema.safeParse(emptyWindow).success).toBe(false);
  });

  it('judges a preferred window on the start time, half-open', () => {
    const window = { start: at('08:00'), end: at('12:00') };
    expect(isInsideWindow(at('08:00'), window)).toBe(true);
    expect(isInsideWindow(at('11:45'), window)).toBe(true);
    expect(isInsideWindow(at('12:00'), window)).toBe(false);
    expect(isInsideWindow(at('07:45'), undefined)).toBe(true);
  });
});
