import { describe, expect, it } from 'vitest';
import { placeFirstFit } from '../../../bench/scheduling/firstFit';
import { bookInOrder } from '../../../bench/scheduling/book';
import { dayMetrics } from '../../../bench/scheduling/metrics';
import { at, makeAppointment, makeDay, makeRequest, nurses } from './builders';

describe('placeFirstFit (the naive baseline)', () => {
  it('takes the earliest start on the first free chair', () => {
    const day = makeDay({ chairCount: 3, nurses: nurses(3) });
    const existing = [makeAppointment({ chairId: 'C1', start: at('08:00'), end: at('09:00') })];
    expect(placeFirstFit(day, existing, makeRequest())).toMatchObject({
      ok: true,
      slot: { chairId: 'C2', start: at('08:00'), end: at('09:00') },
    });
  });

  it('by default ignores the nurse ratio and staggered starts, as a paper chair grid does', () => {
    const day = makeDay({ chairCount: 6, limits: { maxPatientsPerNurse: 4 } });
    const requests = Array.from({ length: 6 }, () => makeRequest({ durationMinutes: 60 }));
    const { appointments } = bookInOrder(day, requests, (d, e, r) => placeFirstFit(d, e, r));
    expect(appointments.map((a) => a.start)).toEqual(Array(6).fill(at('08:00')));
    const metrics = dayMetrics(day, appointments);
    expect(metrics.peakPatientsPerNurse).toBe(6);
    expect(metrics.staggerViolations).toBe(1);
  });

  it('gives each patient to the least-loaded nurse when the ratio is not enforced', () => {
    const day = makeDay({ chairCount: 4, nurses: nurses(2) });
    const requests = Array.from({ length: 4 }, () => makeRequest());
    const { appointments } = bookInOrder(day, requests, (d, e, r) => placeFirstFit(d, e, r));
    expect(appointments.map((a) => a.nurseId)).toEqual(['N1', 'N2', 'N1', 'N2']);
  });

  it('respects the ratio and stagger when configured to', () => {
    const day = makeDay({ chairCount: 6, limits: { maxPatientsPerNurse: 4 } });
    const requests = Array.from({ length: 6 }, () => makeRequest({ durationMinutes: 60 }));
    const policy = { respectNurseRatio: true, respectStagger: true, honourPreferredWindow: true };
    const { appointments } = bookInOrder(day, requests, (d, e, r) => placeFirstFit(d, e, r, policy));
    const metrics = dayMetrics(day, appointments);
    expect(metrics.nurseRatioViolations + metrics.staggerViolations).toBe(0);
    expect(appointments.map((a) => a.start)).toEqual([
      at('08:00'),
      at('08:15'),
      at('08:30'),
      at('08:45'),
      at('09:00'),
      at('09:15'),
    ]);
  });

  it('books the first free slot inside the preferred window, falling back to any when asked not to', () => {
    const day = makeDay();
    const request = makeRequest({ preferredWindow: { start: at('10:00'), end: at('12:00') } });
    expect(placeFirstFit(day, [], request)).toMatchObject({ ok: true, slot: { start: at('10:00') } });
    const ignoring = { respectNurseRatio: false, respectStagger: false, honourPreferredWindow: false };
    expect(placeFirstFit(day, [], request, ignoring)).toMatchObject({ ok: true, slot: { start: at('08:00') } });
  });

  it('refuses with the same reasons as the real placer', () => {
    expect(placeFirstFit(makeDay(), [], makeRequest({ durationMinutes: 300 }))).toMatchObject({
      ok: false,
      reason: 'too-long',
    });
    const full = [makeAppointment({ start: at('08:00'), end: at('12:00') })];
    expect(placeFirstFit(makeDay({ chairCount: 1 }), full, makeRequest())).toMatchObject({
      ok: false,
      reason: 'no-chair',
    });
  });
});
