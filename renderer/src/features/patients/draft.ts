import type { IpcInput } from '../../../../shared/ipc/contract';
import type { Patient, PreferredWindow, Sex } from '../../../../shared/ipc/contract/patients';
import type { Locale } from '../../../../shared/ipc/schemas';

/** What the form holds: text as typed, so a half-typed number is never lost or silently rounded. */
export interface PatientFormState {
  mrn: string;
  familyName: string;
  givenName: string;
  birthDate: string;
  sex: Sex | '';
  weightKg: string;
  weightMeasuredOn: string;
  heightCm: string;
  heightMeasuredOn: string;
  allergies: string;
  preferredLanguage: Locale;
  phone: string;
  notes: string;
  preferredWindow: PreferredWindow;
}

export const EMPTY_FORM: PatientFormState = {
  mrn: '',
  familyName: '',
  givenName: '',
  birthDate: '',
  sex: '',
  weightKg: '',
  weightMeasuredOn: '',
  heightCm: '',
  heightMeasuredOn: '',
  allergies: '',
  preferredLanguage: 'en',
  phone: '',
  notes: '',
  preferredWindow: 'any',
};

const text = (n: number | null) => (n === null ? '' : String(n));

export function formFromPatient(p: Patient): PatientFormState {
  return {
    ...p,
    weightKg: text(p.weightKg),
    weightMeasuredOn: p.weightMeasuredOn ?? '',
    heightCm: text(p.heightCm),
    heightMeasuredOn: p.heightMeasuredOn ?? '',
    allergies: p.allergies ?? '',
  };
}

/** '' is "not recorded"; "68,5" is read as 68.5 for French keyboards; anything else goes to the core to refuse. */
function number(value: string): number | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : Number(trimmed.replace(',', '.'));
}

const dateOrNull = (value: string) => (value === '' ? null : value);

export function inputFromForm(f: PatientFormState): IpcInput<'patients:create'> {
  return {
    mrn: f.mrn,
    familyName: f.familyName,
    givenName: f.givenName,
    birthDate: f.birthDate,
    // An unchosen sex is sent as '' so the core names the field, as it does for every other gap.
    sex: f.sex as Sex,
    weightKg: number(f.weightKg),
    weightMeasuredOn: dateOrNull(f.weightMeasuredOn),
    heightCm: number(f.heightCm),
    heightMeasuredOn: dateOrNull(f.heightMeasuredOn),
    allergies: f.allergies.trim() === '' ? null : f.allergies,
    preferredLanguage: f.preferredLanguage,
    phone: f.phone,
    notes: f.notes,
    preferredWindow: f.preferredWindow,
  };
}
