import { describe, expect, it } from 'vitest';
import { dayMetrics } from '../../../bench/scheduling/metrics';
import { repackDay, scheduleWithCap } from '../../../shared/scheduling/repack';
import { staffedLowerBound, staffedSlotCapacity } from '../../../shared/scheduling/staffed-bound';
import { generateClinicDay } from '../../../bench/scheduling/generate';
import { at, makeDay, makeRequest, nurses } from './builders';

describe('staffed floor', () => {
  it('counts only the starts the nurses on shift can make in the first slots', () => {
    // One nurse from 08:00, one start per 15-minute slot, four patients at most.
    const day = makeDay({ nurses: [{ id: 'N1', start: at('08:00'), end: at('12:00') }] });
    expect(staffedSlotCapacity(day).slice(0, 6)).toEqual([1, 2, 3, 4, 4, 4]);
  });

  it('is never below the plain lower bound and grows when the nurses cannot fill the chairs', () => {
    // 08:00–12:00 is 240 minutes; 4 chairs × 240 = 960 chair-minutes, but one nurse holds at most 4 patients
    // and ramps up one start a slot, so 960 minutes cannot fit under 4 chairs.
    const day = makeDay({ chairCount: 6, nurses: [{ id: 'N1', start: at('08:00'), end: at('12:00') }] });
    expect(staffedLowerBound(day, 900)).toBeGreaterThan(Math.ceil(900 / 240));
    expect(staffedLowerBound(makeDay({ chairCount: 6, nurses: nurses(4) }), 480)).toBe(2);
  });
});

describe('repackDay', () => {
  it('keeps every hard limit and every preferred window on a generated day', () => {
    const { day, requests } = generateClinicDay(7, { chairs: 20, nurses: 6, appointments: 80 });
    const result = repackDay(day, requests);
    expect(result).not.toBeNull();
    const m = dayMetrics(day, result!.appointments, requests);
    expect(m).toMatchObject({ unplaced: 0, outsidePreferredWindow: 0, nurseRatioViolations: 0, staggerViolations: 0 });
    expect(m.peakChairsInUse).toBeLessThanOrEqual(result!.cap);
    expect(result!.cap).toBeGreaterThanOrEqual(result!.floor);
    for (const a of result!.appointments) {
      const nurse = day.nurses.find((n) => n.id === a.nurseId)!;
      expect(nurse.start <= a.start && a.end <= nurse.end && a.end <= day.close).toBe(true);
    }
  });

  it('never seats one patient twice at the same time', () => {
    const day = makeDay({ chairCount: 3, nurses: nurses(3) });
    const requests = [makeRequest({ patientId: 'P1' }), makeRequest({ patientId: 'P1' })];
    const placed = repackDay(day, requests)!.appointments.toSorted((a, b) => a.start - b.start);
    expect(placed[0]!.end).toBeLessThanOrEqual(placed[1]!.start);
  });

  it('refuses a cap too small for the day instead of breaking it', () => {
    const day = makeDay({ chairCount: 2, nurses: nurses(2) });
    const requests = Array.from({ length: 5 }, () => makeRequest({ durationMinutes: 180 }));
    expect(scheduleWithCap(day, requests, 2)).toBeNull();
    expect(repackDay(day, requests)).toBeNull();
  });
});
