import type { IpcIssue } from '../../../../shared/ipc/result';
import type { PatientFields } from '../../repositories/patients';

// Rules that need more than one field or today's date, checked after the contract's per-field schema and
// on the merged record for an update, so a partial edit cannot leave an inconsistent patient.

type Measure = { value: 'weightKg' | 'heightCm'; date: 'weightMeasuredOn' | 'heightMeasuredOn'; what: string };
const MEASURES: Measure[] = [
  { value: 'weightKg', date: 'weightMeasuredOn', what: 'weight' },
  { value: 'heightCm', date: 'heightMeasuredOn', what: 'height' },
];

export function patientIssues(p: PatientFields, today: string): IpcIssue[] {
  const issues: IpcIssue[] = [];
  // A future birth date is the one mistake to report: measurements "before birth" would only be noise.
  if (p.birthDate > today) return [{ path: 'birthDate', message: 'Cannot be in the future', code: 'date-in-future' }];
  for (const m of MEASURES) {
    const value = p[m.value];
    const date = p[m.date];
    if (value !== null && date === null) {
      issues.push({ path: m.date, message: `Enter the date the ${m.what} was measured`, code: 'measured-on-required' });
    } else if (value === null && date !== null) {
      issues.push({ path: m.value, message: `Enter the ${m.what}, or clear its date`, code: 'measure-required' });
    } else if (date !== null && date > today) {
      issues.push({ path: m.date, message: 'Cannot be in the future', code: 'date-in-future' });
    } else if (date !== null && date < p.birthDate) {
      issues.push({ path: m.date, message: 'Cannot be before the birth date', code: 'date-before-birth' });
    }
  }
  return issues;
}
