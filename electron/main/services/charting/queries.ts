import { listCurrentEntries, type ChartEntryRecord } from '../../repositories/chart';
import type { Executor } from '../audit/audit';

// Which chart entries a visit has, read through repositories/chart.ts.

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

/** Current entries of one kind for a patient, every visit. */
export async function patientEntries(ex: Executor, patientId: string, kind: string) {
  return listCurrentEntries(ex, { patientId, kind });
}
