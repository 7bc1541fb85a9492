import type { IpcInput } from '../../shared/ipc/contract';

let counter = 0;

/** A valid new patient (fictional), with a fresh MRN each call unless one is given. */
export function makePatient(overrides: Partial<IpcInput<'patients:create'>> = {}): IpcInput<'patients:create'> {
  counter += 1;
  return {
    mrn: `TEST-${String(counter).padStart(6, '0')}`,
    familyName: 'Quillfeather',
    givenName: 'Hélène',
    birthDate: '1961-03-12',
    sex: 'female',
    weightKg: 68.5,
    weightMeasuredOn: '2026-11-20',
    heightCm: 164,
    heightMeasuredOn: '2026-11-20',
    allergies: 'Penicillin (rash)',
    preferredLanguage: 'fr',
    phone: '+1 514 555 0142',
    notes: '',
    preferredWindow: 'morning',
    ...overrides,
  };
}
