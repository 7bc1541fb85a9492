import { describe, expect, it } from 'vitest';
import { dayMetrics } from '../../../bench/scheduling/metrics';
import type { DayMetrics } from '../../../bench/scheduling/metrics';
import type { Appointment, PlacementRequest } from '../../../shared/scheduling/model';
import { at, makeAppointment, makeDay } from './builders';

const zero: DayMetrics = {
  peakChairsInUse: 0,
  lowerBoundChairs: 0,
  peakPatientsPerNurse: 0,
  nurseRatioViolations: 0,
  staggerViolations: 0,
  outsidePreferredWindow: 0,
  unplaced: 0,
};

// 08:00–12:00 (240 open minutes), at most 2 patients per nurse, one start per nurse per 15 minutes.
const day = makeDay({ chairCount: 4, limits: { maxPatientsPerNurse: 2 } });
const a = (chairId: string, nurseId: string, from: string, to: string, patientId: string): Appointment =>
  makeAppointment({ chairId, nurseId, start: at(from), end: at(to), patientId });

const cases: {
  name: string;
  appointments: Appointment[];
  requests?: PlacementRequest[];
  expected: Partial<DayMetrics>;
}[] = [
  { name: 'an empty day', appointments: [], expected: {} },
  {
    name: 'back-to-back bookings on one chair, which do not overlap',
    appointments: [a('C1', 'N1', '08:00', '09:00', 'P1'), a('C1', 'N1', '09:00', '10:00', 'P2')],
    expected: { peakChairsInUse: 1, lowerBoundChairs: 1, peakPatientsPerNurse: 1 },
  },
  {
    name: 'two starts by one nurse in the same 15-minute slot',
    appointments: [a('C1', 'N1', '08:00', '09:00', 'P1'), a('C2', 'N1', '08:14', '08:30', 'P2')],
    expected: { peakChairsInUse: 2, lowerBoundChairs: 1, peakPatientsPerNurse: 2, staggerViolations: 1 },
  },
  {
    name: 'a nurse with three patients for a quarter of an hour',
    appointments: [
      a('C1', 'N1', '08:00', '09:00', 'P1'),
      a('C2', 'N1', '08:15', '08:45', 'P2'),
      a('C3', 'N1', '08:30', '09:30', 'P3'),
      a('C4', 'N2', '08:30', '12:00', 'P4'),
    ],
    // N1 has 3 patients during 08:30–08:45 only: one slot-nurse pair over the limit of 2.
    expected: { peakChairsInUse: 4, lowerBoundChairs: 2, peakPatientsPerNurse: 3, nurseRatioViolations: 1 },
  },
  {
    name: 'an overload spanning several slots',
    appointments: [
      a('C1', 'N1', '08:00', '10:00', 'P1'),
      a('C2', 'N1', '08:15', '10:00', 'P2'),
      a('C3', 'N1', '08:30', '09:10', 'P3'),
    ],
    // 08:30–09:10 touches the 08:30, 08:45, 09:00 slots.
    expected: { peakChairsInUse: 3, lowerBoundChairs: 2, peakPatientsPerNurse: 3, nurseRatioViolations: 3 },
  },
  {
    name: 'requests outside their window or left unplaced',
    appointments: [a('C1', 'N1', '08:00', '09:00', 'P1'), a('C2', 'N2', '10:00', '11:00', 'P2')],
    requests: [
      { patientId: 'P1', durationMinutes: 60, preferredWindow: { start: at('12:00'), end: at('16:00') } },
      { patientId: 'P2', durationMinutes: 60, preferredWindow: { start: at('10:00'), end: at('12:00') } },
      { patientId: 'P3', durationMinutes: 60 },
    ],
    expected: {
      peakChairsInUse: 1,
      lowerBoundChairs: 1,
      peakPatientsPerNurse: 1,
      outsidePreferredWindow: 1,
      unplaced: 1,
    },
  },
];

describe('dayMetrics on hand-made days', () => {
  it.each(cases)('measures $name', ({ appointments, requests, expected }) => {
    expect(dayMetrics(day, appointments, requests)).toEqual({ ...zero, ...expected });
  });

  it('reports no lower bound for a closed day instead of dividing by zero', () => {
    const closed = makeDay({ close: at('08:00') });
    expect(dayMetrics(closed, [a('C1', 'N1', '08:00', '09:00', 'P1')]).lowerBoundChairs).toBe(0);
  });
});
