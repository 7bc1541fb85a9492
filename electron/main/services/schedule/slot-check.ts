import type { IpcIssue } from '../../../../shared/ipc/result';
import { clockTime } from '../../../../shared/schedule/windows';
import type { Appointment as Placed, ClinicDay } from '../../../../shared/scheduling/model';
import { AppError } from '../../core/errors';
import { liveOnDate } from '../../repositories/appointments';
import type { Executor } from '../audit/audit';
import { getClinicDay } from '../center/center';
import type { VisitResource } from './booking-context';
import { placeIssues } from './slot-place';

// Checks one explicit placement (a drag, a "Move to…", a dose booked by hand) and names the field at fault:
// date (closed, past), chairId (unknown, out of service, a seat the place does not have, the wrong kind of place
// for the visit), start (outside hours, chair or seat busy, no nurse).

export interface SlotTarget {
  date: string;
  chairId: string;
  start: number;
  durationMinutes: number;
  /** The appointment being moved, which must not conflict with itself. */
  exceptId?: string;
  /** Kept when that nurse is on shift for the whole new time. */
  nurseId?: string | null;
  today: string;
  /** Where the visit's drugs say it goes; an injection seat takes only 'injection'. */
  resource?: VisitResource | undefined;
}

export interface SlotVerdict {
  end: number;
  nurseId: string | null;
  issues: IpcIssue[];
  /** True when the only trouble is another booking on the chair (a conflict, not bad input). */
  isConflict: boolean;
}

async function dayIssues(ex: Executor, day: ClinicDay | null, t: SlotTarget, end: number): Promise<IpcIssue[]> {
  if (t.date < t.today) return [{ path: 'date', message: 'This day is in the past.', code: 'day-in-past' }];
  if (!day) return [{ path: 'date', message: 'The center is closed on this day.', code: 'center-closed' }];
  const place = await placeIssues(ex, day, t.chairId, t.resource);
  if (place.length > 0) return place;
  if (t.start < day.open || end > day.close) {
    const params = { open: clockTime(day.open), close: clockTime(day.close) };
    return [
      {
        path: 'start',
        message: `Outside opening hours (${params.open}–${params.close}).`,
        code: 'outside-hours',
        params,
      },
    ];
  }
  return [];
}

/** The given nurse when on shift throughout, else the on-shift nurse with the fewest patients at that time. */
function pickNurse(day: ClinicDay, existing: readonly Placed[], t: SlotTarget, end: number): string | null {
  const covering = day.nurses.filter((n) => n.start <= t.start && n.end >= end);
  if (covering.some((n) => n.id === t.nurseId)) return t.nurseId ?? null;
  const load = (id: string) => existing.filter((a) => a.nurseId === id && a.start < end && t.start < a.end).length;
  return covering.toSorted((a, b) => load(a.id) - load(b.id))[0]?.id ?? null;
}

export async function checkSlot(ex: Executor, t: SlotTarget): Promise<SlotVerdict> {
  const end = t.start + t.durationMinutes;
  const day = await getClinicDay(ex, t.date);
  const issues = await dayIssues(ex, day, t, end);
  if (issues.length > 0 || !day) return { end, nurseId: null, issues, isConflict: false };
  const existing = await liveOnDate(ex, t.date, t.exceptId ? [t.exceptId] : []);
  const clash = existing.find((a) => a.chairId === t.chairId && a.start < end && t.start < a.end);
  if (clash) {
    const message = `This chair is booked from ${clockTime(clash.start)} to ${clockTime(clash.end)}.`;
    return {
      end,
      nurseId: null,
      issues: [
        {
          path: 'start',
          message,
          code: 'chair-busy',
          params: { from: clockTime(clash.start), to: clockTime(clash.end) },
        },
      ],
      isConflict: true,
    };
  }
  const nurseId = pickNurse(day, existing, t, end);
  if (!nurseId) {
    return {
      end,
      nurseId,
      issues: [
        { path: 'start', message: 'No nurse is on shift for the whole of this time.', code: 'no-nurse-on-shift' },
      ],
      isConflict: false,
    };
  }
  return { end, nurseId, issues: [], isConflict: false };
}

/** Turns a failed verdict into the error the router reports: conflict for a busy chair, invalid otherwise. */
export function slotError(verdict: SlotVerdict): AppError {
  const first = verdict.issues[0];
  const message = first ? `${first.path}: ${first.message}` : 'This time cannot be booked.';
  return new AppError(verdict.isConflict ? 'conflict' : 'invalid', message, verdict.issues);
}
