import { parseFlags, RELEASED_STATUSES, type AppointmentFlag } from '../../../shared/schedule/status';
import type { Executor } from '../store/executor';
import { IS_LIVE } from './appointments';

// SQL for one patient's appointments as other modules read them (labs, handouts, calendar export, charting),
// and the one appointment column charting writes: the flags the day view shows.

/** The patient's appointments that hold a chair, by date (the doses lab results are shown against). */
export async function liveDosesOfPatient(ex: Executor, patientId: string) {
  return ex
    .selectFrom('appointment')
    .select(['date', 'dose_number'])
    .where('patient_id', '=', patientId)
    .where(IS_LIVE)
    .orderBy('date')
    .execute();
}

/** Appointments not released nor completed from `fromDate` on, soonest first (after `afterMinute` that day). */
export async function upcomingOfPatient(
  ex: Executor,
  patientId: string,
  from: { date: string; afterMinute?: number },
  limit?: number,
) {
  let query = ex
    .selectFrom('appointment')
    .select(['id', 'date', 'start_minute', 'end_minute', 'sequence'])
    .where('patient_id', '=', patientId)
    .where('status', 'not in', [...RELEASED_STATUSES, 'completed']);
  const { date, afterMinute } = from;
  query =
    afterMinute === undefined
      ? query.where('date', '>=', date)
      : query.where((eb) =>
          eb.or([eb('date', '>', date), eb.and([eb('date', '=', date), eb('start_minute', '>', afterMinute)])]),
        );
  query = query.orderBy('date').orderBy('start_minute');
  return (limit === undefined ? query : query.limit(limit)).execute();
}

/** Live, booked or checked-in doses in [from, to), with the patient's name, by date and time. */
export async function bookedDosesBetween(ex: Executor, from: string, to: string) {
  return ex
    .selectFrom('appointment as a')
    .innerJoin('patient as p', 'p.id', 'a.patient_id')
    .select([
      'a.id',
      'a.patient_id',
      'a.date',
      'a.start_minute',
      'a.dose_number',
      'p.family_name',
      'p.given_name',
      'p.mrn',
    ])
    .where('a.date', '>=', from)
    .where('a.date', '<', to)
    .where(IS_LIVE)
    .where('a.status', 'in', ['scheduled', 'checked-in'])
    .orderBy('a.date')
    .orderBy('a.start_minute')
    .execute();
}

/** Whose appointment this is (undefined when there is none). */
export async function appointmentPatientId(ex: Executor, appointmentId: string): Promise<string | undefined> {
  const row = await ex
    .selectFrom('appointment')
    .select('patient_id')
    .where('id', '=', appointmentId)
    .executeTakeFirst();
  return row?.patient_id;
}

/** Appointment ids of the patient from `date` on that still hold a chair (today's and later visits). */
export async function liveAppointmentsFrom(ex: Executor, patientId: string, date: string) {
  return ex
    .selectFrom('appointment')
    .select(['id', 'patient_id', 'flags_json'])
    .where('patient_id', '=', patientId)
    .where('date', '>=', date)
    .where(IS_LIVE)
    .execute();
}

/** Adds a flag to one appointment; answers whether it was missing (so the change is recorded once). */
export async function addAppointmentFlag(
  ex: Executor,
  row: { id: string; flags_json: string },
  flag: AppointmentFlag,
  at: string,
  userId: string | null,
): Promise<boolean> {
  const flags = parseFlags(row.flags_json);
  if (flags.includes(flag)) return false;
  // Unknown flags a later version wrote are kept: parseFlags drops them, so merge into the raw list.
  const raw = JSON.parse(row.flags_json) as unknown;
  const next: unknown[] = [...(Array.isArray(raw) ? (raw as unknown[]) : []), flag];
  await ex
    .updateTable('appointment')
    .set({ flags_json: JSON.stringify(next), updated_at: at, updated_by: userId })
    .where('id', '=', row.id)
    .execute();
  return true;
}
