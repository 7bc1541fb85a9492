import { z } from 'zod';
import { entityId, isoDateTime, locale } from '../schemas';

/**
 * Input sanity limits, not clinical ranges: they catch typing slips (0 kg, 700 kg, a height typed in metres)
 * while accepting every real adult and paediatric patient. Whether a value is clinically plausible for this
 * patient stays the prescriber's and the nurse's judgement. The migration repeats them as CHECK constraints.
 */
export const PATIENT_LIMITS = {
  weightKg: { min: 1, max: 400 },
  heightCm: { min: 30, max: 250 },
  nameMax: 100,
  mrnMax: 32,
  allergiesMax: 1000,
  notesMax: 2000,
  phoneMax: 40,
  earliestBirthDate: '1900-01-01',
} as const;

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const PREFERRED_WINDOWS = ['any', 'morning', 'afternoon'] as const;

// Control characters (other than tab and line breaks in free text) have no business in a record and can
// hide text from the reader.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const noControl = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
// eslint-disable-next-line no-control-regex -- as above
const singleLine = /^[^\u0000-\u001f\u007f]*$/;

const personName = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(PATIENT_LIMITS.nameMax, `At most ${PATIENT_LIMITS.nameMax} characters`)
  .regex(singleLine, 'Remove the control characters');

const mrn = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(PATIENT_LIMITS.mrnMax, `At most ${PATIENT_LIMITS.mrnMax} characters`)
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'Use letters, digits and hyphens only')
  .transform((s) => s.toUpperCase());

const { weightKg: W, heightCm: H } = PATIENT_LIMITS;
const weightKg = z
  .number('Enter a number')
  .min(W.min, `Must be between ${W.min} and ${W.max} kg`)
  .max(W.max, `Must be between ${W.min} and ${W.max} kg`);
const heightCm = z
  .number('Enter a number')
  .min(H.min, `Must be between ${H.min} and ${H.max} cm`)
  .max(H.max, `Must be between ${H.min} and ${H.max} cm`);

const day = z.iso.date('Enter a valid date').refine((d) => d >= PATIENT_LIMITS.earliestBirthDate, 'Check the year');

/** Every editable field, without defaults: the update schema must leave omitted fields untouched. */
const fields = {
  mrn,
  familyName: personName,
  givenName: personName,
  birthDate: day,
  sex: z.enum(SEXES, 'Choose one'),
  weightKg: weightKg.nullable(),
  weightMeasuredOn: day.nullable(),
  heightCm: heightCm.nullable(),
  heightMeasuredOn: day.nullable(),
  allergies: z
    .string()
    .trim()
    .max(PATIENT_LIMITS.allergiesMax, `At most ${PATIENT_LIMITS.allergiesMax} characters`)
    .regex(noControl, 'Remove the control characters')
    .nullable(),
  preferredLanguage: z.enum(locale.options, 'Choose one'),
  phone: z
    .string()
    .trim()
    .max(PATIENT_LIMITS.phoneMax, `At most ${PATIENT_LIMITS.phoneMax} characters`)
    .regex(/^[+0-9 ().-]*$/, 'Use digits, spaces, +, -, (, ) and . only'),
  notes: z
    .string()
    .max(PATIENT_LIMITS.notesMax, `At most ${PATIENT_LIMITS.notesMax} characters`)
    .regex(noControl, 'Remove the control characters'),
  preferredWindow: z.enum(PREFERRED_WINDOWS, 'Choose one'),
};

export const patientCreateInput = z
  .object({
    ...fields,
    weightKg: fields.weightKg.default(null),
    weightMeasuredOn: fields.weightMeasuredOn.default(null),
    heightCm: fields.heightCm.default(null),
    heightMeasuredOn: fields.heightMeasuredOn.default(null),
    allergies: fields.allergies.default(null),
    preferredLanguage: fields.preferredLanguage.default('en'),
    phone: fields.phone.default(''),
    notes: fields.notes.default(''),
    preferredWindow: fields.preferredWindow.default('any'),
  })
  .strict();
export type PatientDraft = z.output<typeof patientCreateInput>;

export const patientUpdateInput = z
  .object(fields)
  .partial()
  .extend({
    id: entityId,
    /** The updatedAt the form was loaded with: a save over someone else's newer change is refused. */
    expectedUpdatedAt: isoDateTime.optional(),
  })
  .strict();
export type PatientChanges = Omit<z.output<typeof patientUpdateInput>, 'id' | 'expectedUpdatedAt'>;

export const patient = z.object({
  id: z.string(),
  mrn: z.string(),
  familyName: z.string(),
  givenName: z.string(),
  birthDate: z.string(),
  sex: z.enum(SEXES),
  weightKg: z.number().nullable(),
  weightMeasuredOn: z.string().nullable(),
  heightCm: z.number().nullable(),
  heightMeasuredOn: z.string().nullable(),
  allergies: z.string().nullable(),
  preferredLanguage: locale,
  phone: z.string(),
  notes: z.string(),
  preferredWindow: z.enum(PREFERRED_WINDOWS),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Patient = z.infer<typeof patient>;
export type Sex = Patient['sex'];
export type PreferredWindow = Patient['preferredWindow'];

export const patientSummary = patient.pick({
  id: true,
  mrn: true,
  familyName: true,
  givenName: true,
  birthDate: true,
  sex: true,
});
export type PatientSummary = z.infer<typeof patientSummary>;

export const patientSearchInput = z
  .object({
    query: z.string().trim().min(1, 'Type at least 1 character').max(100),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .strict();

export const patientsChannels = {
  'patients:create': { input: patientCreateInput, output: patient },
  'patients:update': { input: patientUpdateInput, output: patient },
  'patients:get': { input: z.object({ id: entityId }).strict(), output: patient },
  'patients:search': { input: patientSearchInput, output: z.array(patientSummary) },
};
