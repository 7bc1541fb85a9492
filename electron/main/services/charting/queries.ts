import { parseFlags, type AppointmentFlag } from '../../../../shared/schedule/status';
import { IS_LIVE } from '../../repositories/appointments';
import { listCurrentEntries, type ChartEntryRecord } from '../../repositories/chart';
import type { Executor } from '../audit/audit';

// The charting module's SQL (its repository): which entries a visit has, and the one appointment column
// charting writes, the flags the day view shows.

/** The signed check-in of an appointment, if any. */
export async function signedCheckIn(ex: Executor, patientId: string, appointmentId: string) {
  const rows = await listCurrentEntries(ex, { patientId, appointmentId, kind: 'check-in' });
  return rows.find((r) => r.status === 'signed');
}

export async function visitEntries(ex: Executor, patientId: string, appointmentId: string, kind?: string) {
  return listCurrentEntries(ex, { patientId, appointmentId, ...(kind ? { kind } : {}) });
}

export function payloadOf<T>(row: ChartEntryRecord): Partial<T> {
  return JSON.parse(row.payload) as Partial<T>;
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

/** Current entries of one kind for a patient, every visit. */
export async function patientEntries(ex: Executor, patientId: string, kind: string) {
  return listCurrentEntries(ex, { patientId, kind });
}

export async function patientNameRow(ex: Executor, patientId: string) {
  return ex
    .selectFrom('patient')
    .select(['id', 'family_name', 'given_name', 'birth_date', 'mrn'])
    .where('id', '=', patientId)
    .executeTakeFirst();
}

/** Active CAR T plans, for the monitoring list (day 0 is read from car_t_json by the caller). */
export async function carTPlanRows(ex: Executor) {
  return ex
    .selectFrom('treatment_plan as t')
    .innerJoin('patient as p', 'p.id', 't.patient_id')
    .select([
      't.id',
      't.patient_id',
      't.regimen_name',
      't.car_t_json',
      't.status',
      'p.family_name',
      'p.given_name',
      'p.mrn',
    ])
    .where('t.kind', '=', 'car-t')
    .where('t.status', 'in', ['active', 'on-hold'])
    .execute();
}
