import { describe, expect, it } from 'vitest';
import { openDates, staffingFigures, utilisationCells } from '../../../shared/reports/chairs';
import { percentile, waitFigures } from '../../../shared/reports/waiting';

// 2026-11-23 is a Monday (weekday 1); the center opens 08:00–12:00 on weekdays in these rows.
const hours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, open: 480, close: 720, closed: false }));

describe('chair utilisation', () => {
  it('counts open chair-hours only on open days, and spreads a visit over the hours it covers', () => {
    const cells = utilisationCells({
      dates: ['2026-11-22', '2026-11-23', '2026-11-24'],
      hours,
      closures: new Set(['2026-11-24']),
      activeChairs: 3,
      booked: [{ date: '2026-11-23', start: 510, end: 600 }],
      occupied: [],
    });
    const monday = (hour: number) => cells.find((c) => c.weekday === 1 && c.hour === hour);
    expect(cells.every((c) => c.weekday === 1)).toBe(true);
    expect(monday(8)).toEqual({ weekday: 1, hour: 8, openChairHours: 3, bookedChairHours: 0.5, occupiedChairHours: null });
    expect(monday(9)?.bookedChairHours).toBe(1);
    expect(monday(11)?.bookedChairHours).toBe(0);
  });

  it('reports occupied hours as measured (0 included) once any visit has check-in and release', () => {
    const cells = utilisationCells({
      dates: ['2026-11-23'],
      hours,
      closures: new Set(),
      activeChairs: 1,
      booked: [],
      occupied: [{ date: '2026-11-23', start: 540, end: 570 }],
    });
    expect(cells.find((c) => c.hour === 9)?.occupiedChairHours).toBe(0.5);
    expect(cells.find((c) => c.hour === 10)?.occupiedChairHours).toBe(0);
  });

  it('leaves out weekends and closures from the open days', () => {
    expect(openDates(['2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24'], hours, new Set(['2026-11-24']))).toEqual([
      '2026-11-23',
    ]);
  });
});

describe('patients per nurse', () => {
  const limits = { maxPatientsPerNurse: 2, maxStartsPerNursePerSlot: 1, slotMinutes: 15 };
  const visit = (start: number, end: number, nurseId = 'n1') => ({ date: '2026-11-23', start, end, nurseId });

  it('counts a slot over the ratio once per nurse and slot', () => {
    const figures = staffingFigures([visit(480, 510), visit(480, 510), visit(495, 510)], limits);
    // 08:00–08:15: 2 patients; 08:15–08:30: 3 patients (over 2) → one breach.
    expect(figures.ratioBreaches).toBe(1);
    expect(figures.hours).toEqual([{ hour: 8, meanPatientsPerNurse: 3, maxPatientsPerNurse: 3 }]);
  });

  it('counts two starts by one nurse in one slot as a stagger breach, not two starts by two nurses', () => {
    expect(staffingFigures([visit(480, 540), visit(485, 540)], limits).staggerBreaches).toBe(1);
    expect(staffingFigures([visit(480, 540), visit(485, 540, 'n2')], limits).staggerBreaches).toBe(0);
  });
});

describe('waiting', () => {
  it('gives the nearest-rank median and 90th percentile, and buckets by the edges', () => {
    const figures = waitFigures([5, 20, 20, 35, 50, 65, 95, 120, 10, 40]);
    expect(figures.medianMinutes).toBe(35);
    expect(figures.p90Minutes).toBe(95);
    expect(figures.buckets.map((b) => b.visits)).toEqual([2, 2, 2, 1, 1, 2]);
  });

  it('has no median without a measured wait, and ignores negative waits (a start charted before check-in)', () => {
    expect(waitFigures([]).medianMinutes).toBeNull();
    expect(waitFigures([-5]).measuredVisits).toBe(0);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2);
  });
});
