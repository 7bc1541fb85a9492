import { createHash } from 'node:crypto';
import type { DayAppointment } from '../../../../shared/ipc/contract/schedule';
import type { TightenMove, TightenProposal } from '../../../../shared/ipc/contract/tighten';
import { appReason } from '../../../../shared/reasons/app-reasons';
import { startWindowFor } from '../../../../shared/schedule/windows';
import {
  resolveLimits,
  type Appointment as Placed,
  type ClinicDay,
  type PlacementRequest,
} from '../../../../shared/scheduling/model';
import { repackDay } from '../../../../shared/scheduling/repack';
import { conflict } from '../../core/errors';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import { liveOnDate, setAsideForReshuffle, updateAppointment } from '../../repositories/appointments';
import { dayViewRows } from '../../repositories/day-view';
import type { Executor } from '../audit/audit';
import { clinicToday } from '../center/clinic-clock';
import { recordChange } from './appointment-log';
import { preferredWindowOf } from './booking';
import { BookingContext } from './booking-context';
import { toDayAppointment } from './schedule-day';

// The repair pass wired in as the charge nurse's proposal for a coming day (see the contract in
// shared/ipc/contract/tighten.ts). Only days after today: a patient already on the way is never moved, and
// every live visit of a coming day is still only booked. Each patient keeps the window they asked for (a
// visit booked outside it keeps its own time); durations never change. Applying re-plans the day again from
// the same state (the repair pass is deterministic) and refuses if anything was booked, moved or released
// since the nurse read the proposal.

interface DayState {
  day: ClinicDay;
  /** The live visits on infusion chairs (injection seats are not part of the chair plan). */
  visits: Placed[];
  rows: DayAppointment[];
}

/** Chairs in use at the busiest moment: every overlap starts at some visit's start. */
export function chairsInUse(visits: readonly Pick<Placed, 'start' | 'end'>[]): number {
  let peak = 0;
  for (const v of visits) peak = Math.max(peak, visits.filter((o) => o.start <= v.start && v.start < o.end).length);
  return peak;
}

function fingerprintOf(rows: readonly DayAppointment[], maxShift: number | null): string {
  const visits = rows.map((a) => [a.id, a.status, a.chairId, a.nurseId ?? '', a.start, a.end].join('|')).sort();
  const lines = [`shift ${maxShift ?? 'window'}`, ...visits].join('\n');
  return createHash('sha256').update(lines).digest('hex').slice(0, 32);
}

async function readDay(ex: Executor, date: string): Promise<DayState | null> {
  const context = await BookingContext.open(ex);
  await context.load(date);
  const day = context.day(date, 'chair');
  if (!day) return null;
  const chairs = new Set(day.chairs.map((c) => c.id));
  const visits = (await liveOnDate(ex, date)).filter((v) => chairs.has(v.chairId));
  const ids = new Set(visits.map((v) => v.id));
  const rows = (await dayViewRows(ex, date)).map(toDayAppointment).filter((a) => ids.has(a.id));
  return { day, visits, rows };
}

/**
 * Each visit as a request: its own length, its arrival inside the window the patient asked for and no further
 * than `maxShift` minutes from the time they were given (null: anywhere in their window). A visit booked
 * outside the patient's window keeps its own time.
 */
async function requestsOf(ex: Executor, state: DayState, maxShift: number | null): Promise<PlacementRequest[]> {
  const requests: PlacementRequest[] = [];
  const { day } = state;
  const slot = resolveLimits(day.limits).slotMinutes;
  for (const v of state.visits) {
    const asked = startWindowFor(await preferredWindowOf(ex, v.patientId), day.open, day.close);
    const window = asked ?? { start: day.open, end: day.close };
    const inside = v.start >= window.start && v.start < window.end;
    const near =
      maxShift === null
        ? window
        : { start: Math.max(window.start, v.start - maxShift), end: Math.min(window.end, v.start + maxShift + 1) };
    const keep = { start: v.start, end: v.start + slot };
    requests.push({ patientId: v.patientId, durationMinutes: v.end - v.start, preferredWindow: inside ? near : keep });
  }
  return requests;
}

interface Ask {
  date: string;
  maxShiftMinutes: number | null;
}

async function propose(ex: Executor, ask: Ask, today: string): Promise<TightenProposal> {
  const { date, maxShiftMinutes } = ask;
  if (date <= today) throw conflict('tighten-past-day', 'Only a coming day can be tightened, not today or before.');
  const state = await readDay(ex, date);
  if (!state) throw conflict('center-closed', `The center is closed on ${date}.`, { date });
  const before = chairsInUse(state.visits);
  const base = { date, maxShiftMinutes, fingerprint: fingerprintOf(state.rows, maxShiftMinutes), moves: [] };
  const unchanged = { ...base, floor: 0, chairsBefore: before, chairsAfter: before };
  if (state.visits.length === 0) return { ...unchanged, verdict: 'nothing-booked' };
  const repacked = repackDay(state.day, await requestsOf(ex, state, maxShiftMinutes));
  if (!repacked) return { ...unchanged, verdict: 'no-plan' };
  const after = chairsInUse(repacked.appointments);
  if (after >= before) return { ...unchanged, floor: repacked.floor, verdict: 'already-tight' };
  // The repair pass answers request by request, in the order given: request i is visit i.
  const moves = state.visits.flatMap((v, i): TightenMove[] => {
    const to = repacked.appointments.find((a) => a.id === `R${i + 1}`)!;
    if (to.chairId === v.chairId && to.start === v.start && to.nurseId === v.nurseId) return [];
    const appointment = state.rows.find((r) => r.id === v.id)!;
    const place = { chairId: to.chairId, nurseId: to.nurseId, start: to.start, end: to.end };
    return [{ appointment, to: place, timeChanged: to.start !== v.start }];
  });
  moves.sort((a, b) => a.appointment.start - b.appointment.start || a.appointment.id.localeCompare(b.appointment.id));
  return { ...base, floor: repacked.floor, chairsBefore: before, chairsAfter: after, verdict: 'tighter', moves };
}

export function createTightenDayService(deps: CoreDeps) {
  const db = deps.store.db;

  async function proposal(ask: Ask): Promise<TightenProposal> {
    return propose(db, ask, clinicToday(deps));
  }

  async function apply(ask: Ask & { fingerprint: string }, ctx: RequestContext) {
    const { date, fingerprint } = ask;
    return deps.write(ctx, async (trx, unit) => {
      const { at } = unit;
      const plan = await propose(trx, ask, clinicToday(deps));
      if (plan.fingerprint !== fingerprint) {
        throw conflict('day-changed', 'The day changed since the proposal was made: read the new proposal first.');
      }
      if (plan.verdict !== 'tighter') throw conflict('nothing-to-tighten', 'This day has nothing to tighten.');
      // The moves swap places among themselves, so each is first set aside (a released status the chair and
      // patient overlap rules ignore), then put in its new place with its own status: the rules see only the end.
      await setAsideForReshuffle(
        trx,
        plan.moves.map((m) => m.appointment.id),
      );
      const reason = appReason('day-tightened', { before: plan.chairsBefore, after: plan.chairsAfter });
      for (const { appointment: a, to } of plan.moves) {
        await updateAppointment(trx, a.id, { ...to, status: a.status }, at, ctx.userId);
        const from = { date, chairId: a.chairId, start: a.start, end: a.end, nurseId: a.nurseId };
        await recordChange(trx, {
          appointment: a,
          action: 'move',
          reason,
          detail: { from, to: { date, ...to } },
          unit,
          ctx,
        });
      }
      return { moved: plan.moves.length, chairsBefore: plan.chairsBefore, chairsAfter: plan.chairsAfter };
    });
  }

  return { proposal, apply };
}
