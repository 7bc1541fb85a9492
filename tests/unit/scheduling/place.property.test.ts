import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeAppointment } from '../../../shared/scheduling/place';
import type { Appointment, ClinicDay, DayLimits, PlacementRequest, Slot } from '../../../shared/scheduling/model';
import { resolveLimits } from '../../../shared/scheduling/model';

// An independent, deliberately naive oracle: it re-derives every hard rule from the raw appointment list so
// the engine's occupancy arrays are checked against first principles, including off-grid existing bookings.

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function violation(day: ClinicDay, booked: readonly Appointment[], request: PlacementRequest, slot: Slot) {
  const limits: DayLimits = resolveLimits(day.limits);
  const { start, end } = slot;
  if (start % limits.slotMinutes !== 0) return 'off the slot grid';
  if (start < day.open || end > day.close) return 'outside opening hours';
  if (end - start !== request.durationMinutes) return 'wrong length';
  if (start < (request.notBefore ?? 0) || end > (request.notAfter ?? 24 * 60)) return 'outside the request limits';
  if (!day.chairs.some((c) => c.id === slot.chairId && c.active)) return 'chair not in service';
  if (booked.some((a) => a.chairId === slot.chairId && overlaps(a, slot))) return 'chair double-booked';
  const nurse = day.nurses.find((n) => n.id === slot.nurseId);
  if (!nurse || nurse.start > start || nurse.end < end) return 'nurse not on shift';
  const own = booked.filter((a) => a.nurseId === slot.nurseId);
  const moments = [start, ...own.map((a) => a.start).filter((t) => t > start && t < end)];
  const busiest = Math.max(...moments.map((t) => own.filter((a) => a.start <= t && t < a.end).length));
  if (busiest + 1 > limits.maxPatientsPerNurse) return 'nurse over the patient limit';
  const slotOf = (t: number) => Math.floor(t / limits.slotMinutes);
  const startsInSlot = own.filter((a) => slotOf(a.start) === slotOf(start)).length;
  if (startsInSlot >= limits.maxStartsPerNursePerSlot) return 'too many starts in the slot';
  return undefined;
}

/** Every feasible slot by brute force, or only those that pass `keep`; stops at the first when asked. */
function anyFeasible(
  day: ClinicDay,
  booked: readonly Appointment[],
  request: PlacementRequest,
  keep = (_: Slot) => true,
) {
  const step = resolveLimits(day.limits).slotMinutes;
  for (let start = Math.ceil(day.open / step) * step; start + request.durationMinutes <= day.close; start += step) {
    for (const chair of day.chairs) {
      for (const nurse of day.nurses) {
        const slot = { chairId: chair.id, nurseId: nurse.id, start, end: start + request.durationMinutes };
        if (keep(slot) && violation(day, booked, request, slot) === undefined) return true;
      }
    }
  }
  return false;
}

const minutes = (min: number, max: number, step = 5) =>
  fc.integer({ min: Math.ceil(min / step), max: Math.floor(max / step) }).map((x) => x * step);

const dayArb = fc
  .record({
    open: minutes(6 * 60, 12 * 60),
    length: minutes(30, 10 * 60),
    active: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
    shifts: fc.array(
      fc.record({ from: fc.integer({ min: -60, max: 300 }), length: fc.integer({ min: 30, max: 600 }) }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    limits: fc.record({
      maxPatientsPerNurse: fc.integer({ min: 1, max: 4 }),
      maxStartsPerNursePerSlot: fc.integer({ min: 1, max: 2 }),
      slotMinutes: fc.constantFrom(5, 10, 15, 30),
    }),
  })
  .map(({ open, length, active, shifts, limits }): ClinicDay => ({
    date: '2026-03-02',
    open,
    close: open + length,
    chairs: active.map((isActive, i) => ({ id: `C${i + 1}`, active: isActive })),
    nurses: shifts.map((s, i) => {
      const start = Math.max(0, open + s.from);
      return { id: `N${i + 1}`, start, end: Math.min(24 * 60, start + s.length) };
    }),
    limits,
  }));

/** Hand-entered bookings at any minute, kept only when they do not overlap on their chair. */
function existingFor(day: ClinicDay) {
  const raw = fc.record({
    chair: fc.nat(),
    nurse: fc.nat(),
    from: fc.integer({ min: -30, max: day.close - day.open }),
    length: fc.integer({ min: 5, max: 180 }),
  });
  return fc.array(raw, { maxLength: 6 }).map((rows) =>
    rows.reduce<Appointment[]>((kept, r, i) => {
      const start = day.open + r.from;
      const a = {
        id: `E${i}`,
        chairId: day.chairs[r.chair % day.chairs.length]?.id ?? 'C1',
        nurseId: day.nurses[r.nurse % day.nurses.length]?.id ?? 'N1',
        start,
        end: Math.min(24 * 60, start + r.length),
        patientId: `PE${i}`,
      };
      return kept.some((k) => k.chairId === a.chairId && overlaps(k, a)) ? kept : [...kept, a];
    }, []),
  );
}

function requestsFor(day: ClinicDay) {
  const span = day.close - day.open;
  const request = fc.record(
    {
      durationMinutes: fc.integer({ min: 5, max: 300 }),
      window: fc.record({ from: fc.integer({ min: 0, max: span }), length: fc.integer({ min: 15, max: 300 }) }),
      notBefore: fc.integer({ min: -30, max: span }),
      notAfter: fc.integer({ min: 30, max: span + 30 }),
    },
    { requiredKeys: ['durationMinutes'] },
  );
  return fc.array(request, { minLength: 1, maxLength: 12 }).map((rows) =>
    rows.map((r, i): PlacementRequest => ({
      patientId: `P${i}`,
      durationMinutes: r.durationMinutes,
      ...(r.window && {
        preferredWindow: { start: day.open + r.window.from, end: day.open + r.window.from + r.window.length },
      }),
      ...(r.notBefore !== undefined && { notBefore: Math.max(0, day.open + r.notBefore) }),
      ...(r.notAfter !== undefined && { notAfter: Math.min(24 * 60, day.open + r.notAfter) }),
    })),
  );
}

const scenarioArb = dayArb.chain((day) =>
  fc.record({ day: fc.constant(day), existing: existingFor(day), requests: requestsFor(day) }),
);

describe('placeAppointment, for random days and request sequences', () => {
  it('only accepts slots that respect every hard rule, and refuses only when none exists', () => {
    fc.assert(
      fc.property(scenarioArb, ({ day, existing, requests }) => {
        const booked = [...existing];
        for (const request of requests) {
          const result = placeAppointment(day, booked, request);
          expect(result.ok).toBe(anyFeasible(day, booked, request));
          if (!result.ok) continue;
          expect(violation(day, booked, request, result.slot)).toBeUndefined();
          booked.push({ id: `A${booked.length}`, patientId: request.patientId, ...result.slot });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never double-books a chair across the whole booked day', () => {
    fc.assert(
      fc.property(scenarioArb, ({ day, existing, requests }) => {
        const booked = [...existing];
        for (const request of requests) {
          const result = placeAppointment(day, booked, request);
          if (result.ok) booked.push({ id: `A${booked.length}`, patientId: request.patientId, ...result.slot });
        }
        for (const [i, a] of booked.entries()) {
          for (const b of booked.slice(i + 1)) expect(a.chairId === b.chairId && overlaps(a, b)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('starts inside the preferred window whenever any feasible slot there exists', () => {
    fc.assert(
      fc.property(scenarioArb, ({ day, existing, requests }) => {
        const booked = [...existing];
        for (const request of requests) {
          const result = placeAppointment(day, booked, request);
          const window = request.preferredWindow;
          if (result.ok && window) {
            const inside = (s: Slot) => s.start >= window.start && s.start < window.end;
            expect(inside(result.slot)).toBe(anyFeasible(day, booked, request, inside));
          }
          if (result.ok) booked.push({ id: `A${booked.length}`, patientId: request.patientId, ...result.slot });
        }
      }),
      { numRuns: 300 },
    );
  });
});
