import { sql } from 'kysely';
import type { Appointment } from '../../../shared/ipc/contract/schedule';
import type { Appointment as Placed } from '../../../shared/scheduling/model';
import {
  parseFlags,
  RELEASED_STATUSES,
  type AppointmentFlag,
  type AppointmentStatus,
} from '../../../shared/schedule/status';
import { conflict } from '../core/errors';
import { classifyFailure } from '../store/errors';
import type { Executor } from '../services/audit/audit';
import type { AppointmentRow } from '../store/schema-schedule';
import { codedReasonOf } from './stated-reasons';

// SQL for appointments and their history. The chair rule itself lives in the database (0060 triggers); this
// module turns the trigger's refusal into the `conflict` a nurse can act on.

/**
 * "Holds its chair", written as the same literal SQL as the WHERE of the partial index appointment_live_dose
 * (0060): SQLite uses a partial index only when the query's WHERE visibly implies the index's, and a list of
 * bound parameters does not (a plan's live appointments went from a 160,000-row scan to an index lookup).
 */
export const IS_LIVE = sql<boolean>`status NOT IN ('held', 'cancelled', 'no-show')`;

const clock = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** "on 2026-11-27 09:00–10:30", when the write says when. */
function when(slot?: { date?: string | undefined; start?: number | undefined; end?: number | undefined }): string {
  if (!slot?.date || slot.start === undefined || slot.end === undefined) return 'for part of that time';
  return `on ${slot.date} between ${clock(slot.start)} and ${clock(slot.end)}`;
}

/**
 * Runs a write and reports an overlap caught by the database (classified once, store/errors.ts, in both
 * dialects) as a conflict: the loser of two workstations booking at once gets this, never `internal`.
 */
export async function guardChair<T>(
  write: () => Promise<T>,
  slot?: { date?: string | undefined; start?: number | undefined; end?: number | undefined },
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const kind = classifyFailure(error)?.kind;
    if (kind === 'chair-overlap') {
      throw conflict('chair-busy', `That chair is already booked ${when(slot)}. Choose another chair or time.`);
    }
    if (kind === 'patient-overlap') {
      throw conflict('patient-busy', `The patient already has an appointment ${when(slot)}. Choose another time.`);
    }
    throw error;
  }
}

/** The columns an Appointment is made of, so that joined rows (the day view's) map through here too. */
type AppointmentColumns = Pick<
  AppointmentRow,
  | 'id'
  | 'plan_id'
  | 'dose_number'
  | 'patient_id'
  | 'chair_id'
  | 'nurse_id'
  | 'date'
  | 'start_minute'
  | 'end_minute'
  | 'status'
  | 'created_at'
  | 'updated_at'
> & { flags_json: string };

export function toAppointment(row: AppointmentColumns): Appointment {
  return {
    id: row.id,
    planId: row.plan_id,
    doseNumber: row.dose_number,
    patientId: row.patient_id,
    chairId: row.chair_id,
    nurseId: row.nurse_id,
    date: row.date,
    start: row.start_minute,
    end: row.end_minute,
    status: row.status as AppointmentStatus,
    flags: parseFlags(row.flags_json),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findAppointment(ex: Executor, id: string) {
  const row = await ex.selectFrom('appointment').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { row, appointment: toAppointment(row) } : undefined;
}

/** Live appointments on a date, in the scheduling engine's shape, for placement. */
export async function liveOnDate(ex: Executor, date: string, exceptIds: readonly string[] = []): Promise<Placed[]> {
  let query = ex
    .selectFrom('appointment')
    .select(['id', 'chair_id', 'nurse_id', 'start_minute', 'end_minute', 'patient_id'])
    .where('date', '=', date)
    .where('status', 'not in', RELEASED_STATUSES);
  if (exceptIds.length > 0) query = query.where('id', 'not in', exceptIds);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    chairId: r.chair_id,
    // An appointment whose nurse is unknown still occupies its chair; '' keeps it out of every nurse's load.
    nurseId: r.nurse_id ?? '',
    start: r.start_minute,
    end: r.end_minute,
    patientId: r.patient_id,
  }));
}

export async function liveForPlan(ex: Executor, planId: string) {
  const rows = await ex.selectFrom('appointment').selectAll().where('plan_id', '=', planId).where(IS_LIVE).execute();
  return rows.map(toAppointment);
}

/**
 * A plan's held appointments with the reason of their latest hold, newest first: a dose whose hold is not
 * followed by a live appointment is waiting for the plan to resume.
 */
export async function heldForPlan(ex: Executor, planId: string) {
  const rows = await ex
    .selectFrom('appointment as a')
    .selectAll('a')
    .select((eb) =>
      eb
        .selectFrom('appointment_event as e')
        .select('e.id')
        .whereRef('e.appointment_id', '=', 'a.id')
        .where('e.action', '=', 'hold')
        .orderBy('e.id', 'desc')
        .limit(1)
        .as('hold_event_id'),
    )
    .where('a.plan_id', '=', planId)
    .where('a.status', '=', 'held')
    .orderBy('a.updated_at', 'desc')
    .execute();
  const holds = await holdReasons(
    ex,
    rows.flatMap((r) => (r.hold_event_id === null ? [] : [r.hold_event_id])),
  );
  return rows.map((row) => {
    const hold = row.hold_event_id === null ? undefined : holds.get(row.hold_event_id);
    const reasonCoded = hold ? codedReasonOf(hold.reason_code, hold.reason_params_json) : null;
    return { ...toAppointment(row), reason: hold?.reason ?? null, reasonCoded };
  });
}

/** The reasons of hold events by id (primary key reads: a plan has a few held doses at most). */
async function holdReasons(ex: Executor, ids: readonly number[]) {
  if (ids.length === 0) return new Map<number, never>();
  const rows = await ex
    .selectFrom('appointment_event')
    .select(['id', 'reason', 'reason_code', 'reason_params_json'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export interface NewAppointment {
  id: string;
  planId: string;
  doseNumber: number;
  patientId: string;
  chairId: string;
  nurseId: string | null;
  date: string;
  start: number;
  end: number;
  flags: AppointmentFlag[];
  at: string;
  userId: string | null;
}

export async function insertAppointment(ex: Executor, a: NewAppointment): Promise<void> {
  await guardChair(
    () =>
      ex
        .insertInto('appointment')
        .values({
          id: a.id,
          plan_id: a.planId,
          dose_number: a.doseNumber,
          patient_id: a.patientId,
          chair_id: a.chairId,
          nurse_id: a.nurseId,
          date: a.date,
          start_minute: a.start,
          end_minute: a.end,
          status: 'scheduled',
          flags_json: JSON.stringify(a.flags),
          created_at: a.at,
          created_by: a.userId,
          updated_at: a.at,
          updated_by: a.userId,
        })
        .execute(),
    a,
  );
}

export interface AppointmentChange {
  chairId?: string;
  nurseId?: string | null;
  date?: string;
  start?: number;
  end?: number;
  status?: AppointmentStatus;
}

/** Applies a change and bumps the sequence, so exported calendars replace their copy. */
export async function updateAppointment(
  ex: Executor,
  id: string,
  change: AppointmentChange,
  at: string,
  userId: string | null,
) {
  await guardChair(
    () =>
      ex
        .updateTable('appointment')
        .set((eb) => ({
          ...(change.chairId !== undefined ? { chair_id: change.chairId } : {}),
          ...(change.nurseId !== undefined ? { nurse_id: change.nurseId } : {}),
          ...(change.date !== undefined ? { date: change.date } : {}),
          ...(change.start !== undefined ? { start_minute: change.start } : {}),
          ...(change.end !== undefined ? { end_minute: change.end } : {}),
          ...(change.status !== undefined ? { status: change.status } : {}),
          sequence: eb('sequence', '+', 1),
          updated_at: at,
          updated_by: userId,
        }))
        .where('id', '=', id)
        .execute(),
    change,
  );
}

/**
 * Sets visits aside inside a transaction that is about to give each a new place: a released status, which the
 * chair and patient overlap rules ignore, so visits can swap places. The caller writes each one's place and
 * own status back before committing; nothing else sees the interim state.
 */
export async function setAsideForReshuffle(ex: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await ex
    .updateTable('appointment')
    .set({ status: 'held' })
    .where('id', 'in', [...ids])
    .execute();
}
