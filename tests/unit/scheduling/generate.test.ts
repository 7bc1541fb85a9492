import { describe, expect, it } from 'vitest';
import { chairMinutes, DEFAULT_MIX, generateClinicDay, mulberry32 } from '../../../bench/scheduling/generate';
import { clinicDaySchema, placementRequestSchema } from '../../../shared/scheduling/model';

describe('generateClinicDay', () => {
  const options = { chairs: 20, nurses: 6, appointments: 300 };

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateClinicDay(7, options)).toEqual(generateClinicDay(7, options));
    expect(generateClinicDay(8, options).requests).not.toEqual(generateClinicDay(7, options).requests);
  });

  it('produces a valid day and valid requests', () => {
    const { day, requests } = generateClinicDay(1, options);
    expect(clinicDaySchema.safeParse(day).success).toBe(true);
    for (const r of requests) expect(placementRequestSchema.safeParse(r).success).toBe(true);
    expect(day.chairs).toHaveLength(20);
    expect(day.nurses).toHaveLength(6);
    expect(requests).toHaveLength(300);
  });

  it('draws chair times of 45–180 minutes in 15-minute blocks, with both short and long visits', () => {
    const durations = generateClinicDay(3, options).requests.map((r) => r.durationMinutes);
    expect(Math.min(...durations)).toBeGreaterThanOrEqual(45);
    expect(Math.max(...durations)).toBeLessThanOrEqual(180);
    expect(durations.every((d) => d % 15 === 0)).toBe(true);
    expect(durations.some((d) => d <= 60)).toBe(true);
    expect(durations.some((d) => d >= 120)).toBe(true);
  });

  it('gives about a third of patients a morning or afternoon window', () => {
    const { day, requests } = generateClinicDay(5, { ...options, appointments: 900 });
    const windows = requests.flatMap((r) => (r.preferredWindow ? [r.preferredWindow] : []));
    expect(windows.length / requests.length).toBeGreaterThan(0.28);
    expect(windows.length / requests.length).toBeLessThan(0.39);
    expect(windows.some((w) => w.start === day.open)).toBe(true);
    expect(windows.some((w) => w.end === day.close)).toBe(true);
  });

  it('staggers nurse shifts so both opening and closing are covered', () => {
    const { day } = generateClinicDay(1, options);
    expect(day.nurses.some((n) => n.start <= day.open)).toBe(true);
    expect(day.nurses.some((n) => n.end >= day.close)).toBe(true);
  });

  it('follows the durations mix: only 30-minute infusions keep chair time at 150 minutes or less', () => {
    const random = mulberry32(9);
    const shortOnly = { ...DEFAULT_MIX, long: 0, combination: 0 };
    for (let i = 0; i < 200; i++) expect(chairMinutes(random, shortOnly)).toBeLessThanOrEqual(150);
  });
});

describe('mulberry32', () => {
  it('yields numbers in [0, 1)', () => {
    const random = mulberry32(123);
    const draws = Array.from({ length: 1000 }, random);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
