import { ageInYears } from '../../../../shared/patients/age';
import type { ChartPayload } from '../../../../shared/ipc/contract/chart';
import type { Executor } from '../audit/audit';
import { patientNameRow } from '../../repositories/patients';

// ICANS is graded with the ICE score from 12 years and with the CAPD below (Lee 2019), so the CAR T payload
// carries the patient's age at the assessment date. Main sets it from the date of birth whenever it parses the
// payload; whatever the form sent is replaced. A payload without a valid date gets null, which leaves ICANS
// "not gradable yet" rather than graded with the wrong tool.
export async function withAge(ex: Executor, patientId: string, payload: ChartPayload): Promise<ChartPayload> {
  const patient = await patientNameRow(ex, patientId);
  const date = typeof payload.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(payload.date) ? payload.date : null;
  const ageYears = patient && date && date >= patient.birth_date ? ageInYears(patient.birth_date, date) : null;
  return { ...payload, ageYears };
}
