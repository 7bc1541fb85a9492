import { describe, expect, it } from 'vitest';
import { placeAppointment } from '../../../shared/scheduling/place';
import { placeFirstFit } from '../../../bench/scheduling/firstFit';
import { bookInOrder } from '../../../bench/scheduling/book';
import { dayMetrics } from '../../../bench/scheduling/metrics';
import type { Appointment, ClinicDay, PlacementRequest, RefusalReason } from '../../../shared/scheduling/model';
import { at, makeAppointment, makeDay, makeRequest, nurses } from './builders';

function placed(day: ClinicDay, existing: Appointment[], request: PlacementRequest) {
  const result = placeAppointment(day, existing, request);
  if (!result.ok) throw new Error(`expected a placement, got ${result.reason}: ${result.message}`);
  return result;
}

describe('placeAppointment refusals', () => {
  const cases: {
    name: string;
    day: ClinicDay;
    existing?: Appointment[];
    request: PlacementRequest;
    reason: RefusalReason;
  }[] = [
    {
      name: 'a day with no opening hours',
      day: makeDay({ close: at('08:00') }),
      request: makeRequest(),
      reason: 'closed',
    },
    {
      name: 'a request that may only start after closing',
      day: makeDay(),
      request: makeRequest({ notBefore: at('12:00') }),
      reason: 'closed',
    },
    {
      name: 'a request longer than the opening hours',
      day: makeDay(),
      request: makeRequest({ durationMinutes: 241 }),
      reason: 'too-long',
    },
    {
      name: 'a request longer than the time left before its own latest end',
      day: makeDay(),
      request: makeRequest({ durationMinutes: 90, notBefore: at('10:00'), notAfter: at('11:00') }),
      reason: 'too-long',
    },
    {
      name: 'a day whose chairs are all out of service',
      day: makeDay({ chairs: [{ id: 'C1', active: false }] }),
      request: makeRequest(),
      reason: 'no-chair',
    },
    {
      name: 'a day whose only chair is booked all day',
      day: makeDay({ chairCount: 1 }),
      existing: [makeAppointment({ start: at('08:00'), end: at('12:00') })],
      request: makeRequest({ durationMinutes: 15 }),
      reason: 'no-chair',
    },
    {
      name: 'a day whose only nurse already has the maximum number of patients',
      day: makeDay({ chairCount: 3, limits: { maxPatientsPerNurse: 2 } }),
      existing: [
        makeAppointment({ chairId: 'C1', start: at('08:00'), end: at('12:00') }),
        makeAppointment({ chairId: 'C2', start: at('08:15'), end: at('12:00') }),
      ],
      request: makeRequest({ durationMinutes: 30 }),
      reason: 'nurse-ratio',
    },
    {
      name: 'a day where no nurse is on shift for the whole appointment',
      day: makeDay({ nurses: [{ id: 'N1', start: at('08:00'), end: at('09:00') }] }),
      request: makeRequest({ durationMinutes: 90 }),
      reason: 'nurse-ratio',
    },
    {
      name: 'the only free start would be a second start for the nurse in the same slot',
      day: makeDay({ close: at('09:00') }),
      existing: [makeAppointment({ chairId: 'C1', start: at('08:00'), end: at('08:15') })],
      request: makeRequest({ durationMinutes: 60 }),
      reason: 'stagger',
    },
  ];

  it.each(cases)('refuses $name with reason $reason', ({ day, existing = [], request, reason }) => {
    const result = placeAppointment(day, existing, request);
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok ? '' : result.message).not.toBe('');
  });
});

describe('placeAppointment placement', () => {
  it('starts on the slot grid inside opening hours and books the requested length', () => {
    const { slot } = placed(makeDay({ open: at('08:05') }), [], makeRequest({ durationMinutes: 50 }));
    expect(slot.start).toBe(at('08:15'));
    expect(slot.end).toBe(at('09:05'));
  });

  it('fits a booking exactly between two others on the same chair (half-open intervals)', () => {
    const day = makeDay({ chairCount: 1, open: at('08:00'), close: at('10:00') });
    const existing = [makeAppointment({ start: at('08:00'), end: at('09:00'), nurseId: 'N9' })];
    expect(placed(day, existing, makeRequest({ durationMinutes: 60 })).slot).toMatchObject({
      chairId: 'C1',
      start: at('09:00'),
      end: at('10:00'),
    });
  });

  it('fits an appointment ending at an off-grid booking start on the same chair', () => {
    const day = makeDay({ chairCount: 1, close: at('10:00') });
    const existing = [makeAppointment({ start: at('09:10'), end: at('10:00'), nurseId: 'N9' })];
    expect(placed(day, existing, makeRequest({ durationMinutes: 70 })).slot).toMatchObject({
      start: at('08:00'),
      end: at('09:10'),
    });
  });

  it('never picks an inactive chair', () => {
    const day = makeDay({
      chairs: [
        { id: 'C1', active: false },
        { id: 'C2', active: true },
      ],
    });
    expect(placed(day, [], makeRequest()).slot.chairId).toBe('C2');
  });

  it('honours the notBefore and notAfter limits', () => {
    const request = makeRequest({ durationMinutes: 60, notBefore: at('09:20'), notAfter: at('10:45') });
    const { slot } = placed(makeDay(), [], request);
    expect(slot.start).toBeGreaterThanOrEqual(at('09:20'));
    expect(slot.end).toBeLessThanOrEqual(at('10:45'));
  });
});

describe('placeAppointment preferred windows', () => {
  const day = makeDay({ chairCount: 2, nurses: nurses(2), close: at('16:00') });

  it('starts inside an afternoon window even though the morning is empty', () => {
    const request = makeRequest({ preferredWindow: { start: at('13:00'), end: at('16:00') } });
    const result = placed(day, [], request);
    expect(result.slot.start).toBeGreaterThanOrEqual(at('13:00'));
    expect(result.score.insideWindow).toBe(true);
  });

  it('keeps the window even when a slot outside it would level the load better', () => {
    const existing = [
      makeAppointment({ chairId: 'C1', nurseId: 'N1', start: at('08:00'), end: at('10:30') }),
      makeAppointment({ chairId: 'C2', nurseId: 'N2', start: at('08:30'), end: at('09:30') }),
    ];
    const request = makeRequest({ durationMinutes: 60, preferredWindow: { start: at('08:00'), end: at('10:00') } });
    const result = placed(day, existing, request);
    expect(result.slot.start).toBeGreaterThanOrEqual(at('09:30'));
    expect(result.slot.start).toBeLessThan(at('10:00'));
    expect(result.score.peakChairs).toBe(2);
  });

  it('falls back to a slot outside the window when the window is full', () => {
    const existing = [
      makeAppointment({ chairId: 'C1', nurseId: 'N1', start: at('08:00'), end: at('10:00') }),
      makeAppointment({ chairId: 'C2', nurseId: 'N2', start: at('08:00'), end: at('10:00') }),
    ];
    const request = makeRequest({ preferredWindow: { start: at('08:00'), end: at('10:00') } });
    const result = placed(day, existing, request);
    expect(result.slot.start).toBeGreaterThanOrEqual(at('10:00'));
    expect(result.score.insideWindow).toBe(false);
  });
});

describe('placeAppointment load levelling', () => {
  // Four one-hour patients, four chairs and four nurses for a four-hour morning: a chair grid books them all
  // at opening; levelling spreads them so at most one or two sit at any moment.
  const day = makeDay({ chairCount: 4, nurses: nurses(4), limits: { maxStartsPerNursePerSlot: 4 } });
  const requests = Array.from({ length: 4 }, () => makeRequest({ durationMinutes: 60 }));

  it('spreads starts that first-fit stacks at opening, lowering the peak', () => {
    const ours = bookInOrder(day, requests, placeAppointment);
    const naive = bookInOrder(day, requests, (d, e, r) => placeFirstFit(d, e, r));
    expect(naive.appointments.every((a) => a.start === at('08:00'))).toBe(true);
    expect(dayMetrics(day, naive.appointments).peakChairsInUse).toBe(4);
    expect(dayMetrics(day, ours.appointments).peakChairsInUse).toBe(1);
    expect(new Set(ours.appointments.map((a) => a.start)).size).toBe(4);
  });

  it('gives the patient to the nurse with fewer patients at that time', () => {
    const twoNurses = makeDay({ chairCount: 3, nurses: nurses(2), close: at('09:00') });
    const existing = [makeAppointment({ chairId: 'C1', nurseId: 'N1', start: at('08:00'), end: at('09:00') })];
    expect(placed(twoNurses, existing, makeRequest()).slot.nurseId).toBe('N2');
  });
});

describe("the patient's own appointments", () => {
  // C1 holds the patient 08:00–09:00 and the request prefers an 08:00 start, which C2 could give: only the
  // patient's own booking can keep the placer off 08:00.
  const day = makeDay({ nurses: nurses(2) });
  const existing = [
    makeAppointment({ chairId: 'C1', nurseId: 'N1', patientId: 'P-same', start: at('08:00'), end: at('09:00') }),
    makeAppointment({ chairId: 'C2', nurseId: 'N2', start: at('09:00'), end: at('12:00') }),
  ];
  const request = makeRequest({
    patientId: 'P-same',
    durationMinutes: 60,
    preferredWindow: { start: at('08:00'), end: at('08:15') },
  });

  it('are avoided by the load-levelling placer', () => {
    const slot = placed(day, existing, request).slot;
    expect(slot.start).toBeGreaterThanOrEqual(at('09:00'));
  });

  it('are avoided by first-fit too', () => {
    const result = placeFirstFit(day, existing, request);
    expect(result.ok && result.slot).toMatchObject({ chairId: 'C1', start: at('09:00') });
  });
});
