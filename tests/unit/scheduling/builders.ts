import type { Appointment, ClinicDay, PlacementRequest } from '../../../shared/scheduling/model';

/** '08:30' → 510: tests read as clock times, the engine works in minutes since midnight. */
export function at(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** A small clinic: 08:00–12:00, chairs C1..C<n>, one nurse N1 on shift all day, default limits. */
export function makeDay(overrides: Partial<ClinicDay> & { chairCount?: number } = {}): ClinicDay {
  const { chairCount = 2, ...rest } = overrides;
  return {
    date: '2026-03-02',
    open: at('08:00'),
    close: at('12:00'),
    chairs: Array.from({ length: chairCount }, (_, i) => ({ id: `C${i + 1}`, active: true })),
    nurses: [{ id: 'N1', start: at('07:30'), end: at('16:00') }],
    ...rest,
  };
}

export function nurses(count: number, start = at('07:30'), end = at('16:00')): ClinicDay['nurses'] {
  return Array.from({ length: count }, (_, i) => ({ id: `N${i + 1}`, start, end }));
}

let nextId = 1;

export function makeAppointment(overrides: Partial<Appointment> = {}): Appointment {
  const id = `A${nextId++}`;
  return { id, chairId: 'C1', nurseId: 'N1', start: at('08:00'), end: at('09:00'), patientId: `P-${id}`, ...overrides };
}

export function makeRequest(overrides: Partial<PlacementRequest> = {}): PlacementRequest {
  return { patientId: `P${nextId++}`, durationMinutes: 60, ...overrides };
}
