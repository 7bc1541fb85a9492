import type { IpcInput } from '../../../../shared/ipc/contract';
import { PATIENT_LIMITS, type Patient, type PreferredWindow, type Sex } from '../../../../shared/ipc/contract/patients';
import { formatDecimal } from '../../../../shared/numbers/decimal';
import type { Locale } from '../../../../shared/ipc/schemas';
import { localeOf, typedNumber } from '../../components/NumberField';

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

export function formFromPatient(p: Patient, language: string): PatientFormState {
  const text = (n: number | null) => (n === null ? '' : formatDecimal(n, localeOf(language)));
  return {
    ...p,
    weightKg: text(p.weightKg),
    weightMeasuredOn: p.weightMeasuredOn ?? '',
    heightCm: text(p.heightCm),
    heightMeasuredOn: p.heightMeasuredOn ?? '',
    allergies: p.allergies ?? '',
  };
}

/** The measures' typing rules (the record's limits); the field says a problem beside it as it is typed. */
export const MEASURE_RULES = {
  weightKg: { ...PATIENT_LIMITS.weightKg, decimals: 1 },
  heightCm: { ...PATIENT_LIMITS.heightCm, decimals: 1 },
} as const;

/**
 * The measures as numbers, read by the app's one number parser ("68,5" and "68.5" alike, never a guess), or
 * the fields that still hold something that is not a usable number.
 */
export function measuresOf(f: PatientFormState, language: string) {
  const weightKg = typedNumber(f.weightKg, language, MEASURE_RULES.weightKg);
  const heightCm = typedNumber(f.heightCm, language, MEASURE_RULES.heightCm);
  const invalid = [...(weightKg === 'invalid' ? ['weightKg'] : []), ...(heightCm === 'invalid' ? ['heightCm'] : [])];
  return {
    weightKg: weightKg === 'invalid' ? null : weightKg,
    heightCm: heightCm === 'invalid' ? null : heightCm,
    invalid,
  };
}

const dateOrNull = (value: string) => (value === '' ? null : value);

export function inputFromForm(f: PatientFormState, language: string): IpcInput<'patients:create'> {
  const measures = measuresOf(f, language);
  return {
    mrn: f.mrn,
    familyName: f.familyName,
    givenName: f.givenName,
    birthDate: f.birthDate,
    // An unchosen sex is sent as '' so the core names the field, as it does for every other gap.
    sex: f.sex as Sex,
    weightKg: measures.weightKg,
    weightMeasuredOn: dateOrNull(f.weightMeasuredOn),
    heightCm: measures.heightCm,
    heightMeasuredOn: dateOrNull(f.heightMeasuredOn),
    allergies: f.allergies.trim() === '' ? null : f.allergies,
    preferredLanguage: f.preferredLanguage,
    phone: f.phone,
    notes: f.notes,
    preferredWindow: f.preferredWindow,
  };
}
