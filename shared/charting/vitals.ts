import { z } from 'zod';
import { numberIn, type NumberIn, type SchemaMode } from './common';

// Vital signs at the chairside. Two kinds of numbers live here and they must never be confused:
// - VITAL_LIMITS are INPUT-SANITY limits, not clinical ranges: they refuse values no living patient can have
//   (a temperature of 60 °C, an SpO2 of 120 %), which are typing slips (°F in a °C field, a missing decimal
//   point). A value inside them is stored, however alarming.
// - DEFAULT_VITAL_FLAGS are the CENTER'S DEFAULTS for "look at this before treating": they are not clinical
//   facts, not from any label or guideline, and a charge nurse changes them (charting:save-thresholds).

export const VITAL_FIELDS = [
  'temperatureC',
  'heartRate',
  'bpSystolic',
  'bpDiastolic',
  'respiratoryRate',
  'spo2',
  'weightKg',
  'pain',
] as const;
export type VitalField = (typeof VITAL_FIELDS)[number];

export const VITAL_UNITS: Record<VitalField, string> = {
  temperatureC: '°C',
  heartRate: '/min',
  bpSystolic: 'mmHg',
  bpDiastolic: 'mmHg',
  respiratoryRate: '/min',
  spo2: '%',
  weightKg: 'kg',
  pain: '/10',
};

/** English field names used in refusal messages (the renderer shows its own translated labels). */
export const VITAL_NAMES: Record<VitalField, string> = {
  temperatureC: 'Temperature',
  heartRate: 'Heart rate',
  bpSystolic: 'Systolic blood pressure',
  bpDiastolic: 'Diastolic blood pressure',
  respiratoryRate: 'Respiratory rate',
  spo2: 'SpO2',
  weightKg: 'Weight',
  pain: 'Pain score',
};

/** Input-sanity limits (see above): outside them the value is refused, naming the field. */
export const VITAL_LIMITS: Record<VitalField, { min: number; max: number; integer: boolean }> = {
  temperatureC: { min: 25, max: 45, integer: false },
  heartRate: { min: 20, max: 250, integer: true },
  bpSystolic: { min: 40, max: 300, integer: true },
  bpDiastolic: { min: 20, max: 200, integer: true },
  respiratoryRate: { min: 4, max: 80, integer: true },
  spo2: { min: 50, max: 100, integer: true },
  weightKg: { min: 1, max: 400, integer: false },
  pain: { min: 0, max: 10, integer: true },
};

/**
 * A vital's number within its limits. The range is worded by the zod error map (shared/ipc/validation-words.ts),
 * not here: only the map knows both bounds of a refused value and says them in the reader's language
 * ("Température : valeur attendue entre 25 et 45 °C"); a message of the schema's own would stay English.
 */
export function vitalNumber(field: VitalField) {
  const { min, max, integer } = VITAL_LIMITS[field];
  // Only a value that is not a number is worded here; zod asks the map for every other issue of the schema.
  const notANumber = `${VITAL_NAMES[field]}: enter a number`;
  const base = z
    .number({ error: (issue) => (issue.code === 'invalid_type' ? notANumber : undefined) })
    .min(min)
    .max(max);
  return integer ? base.int(`${VITAL_NAMES[field]}: enter a whole number`) : base;
}

/** The rules a vital's number field applies as it is typed (the same limits main checks at signing). */
export function vitalRules(field: VitalField): { min: number; max: number; integer: boolean; decimals?: number } {
  const { min, max, integer } = VITAL_LIMITS[field];
  return integer ? { min, max, integer } : { min, max, integer, decimals: 1 };
}

/** One set of vitals; every field may be left empty. In a draft a field may hold the text as typed. */
export function vitalsSchemaFor<M extends SchemaMode>(mode: M) {
  return z
    .object(
      Object.fromEntries(VITAL_FIELDS.map((f) => [f, numberIn(mode, vitalNumber(f)).nullable()])) as {
        [F in VitalField]: z.ZodNullable<NumberIn<M, ReturnType<typeof vitalNumber>>>;
      },
    )
    .strict();
}
export const vitalsSchema = vitalsSchemaFor('signed');
export const vitalsDraftSchema = vitalsSchemaFor('draft');
export type Vitals = { [F in VitalField]: number | null };
/** Vitals as a form holds them: a number, the text as typed, or nothing. */
export type VitalsDraft = { [F in VitalField]: number | string | null };

export const EMPTY_VITALS: Vitals = Object.fromEntries(VITAL_FIELDS.map((f) => [f, null])) as Vitals;

/** The vitals that must be filled before an assessment is signed (weight and pain stay optional). */
export const REQUIRED_VITALS: readonly VitalField[] = [
  'temperatureC',
  'heartRate',
  'bpSystolic',
  'bpDiastolic',
  'respiratoryRate',
  'spo2',
  'pain',
];

/** A flag threshold: below `low` or above `high` (either may be absent). Center policy, not a clinical fact. */
export const flagRange = z
  .object({ low: z.number().nullable(), high: z.number().nullable() })
  .strict()
  .refine((r) => r.low === null || r.high === null || r.low < r.high, 'The low value must be below the high value');

export const vitalFlagThresholds = z
  .object(Object.fromEntries(VITAL_FIELDS.map((f) => [f, flagRange])) as { [F in VitalField]: typeof flagRange })
  .strict();
export type VitalFlagThresholds = z.infer<typeof vitalFlagThresholds>;

/**
 * The center's defaults. NOT clinical facts and not taken from any source: a starting point that makes a
 * value stand out for the nurse's judgement; the center sets its own (and the ASCO-ONS 2024 administration standards leave the treatment
 * parameters to the center's protocols).
 */
export const DEFAULT_VITAL_FLAGS: VitalFlagThresholds = {
  temperatureC: { low: 35, high: 38 },
  heartRate: { low: 50, high: 120 },
  bpSystolic: { low: 90, high: 180 },
  bpDiastolic: { low: 50, high: 110 },
  respiratoryRate: { low: 10, high: 24 },
  spo2: { low: 92, high: null },
  weightKg: { low: null, high: null },
  pain: { low: null, high: 6 },
};

export interface VitalFlag {
  field: VitalField;
  direction: 'low' | 'high';
  value: number;
  threshold: number;
}

/**
 * Which filled vitals fall outside the center's flag thresholds (a flag, never a refusal). Text that is not
 * a number yet, and numbers outside the input-sanity limits (typing slips refused at signing), flag nothing.
 */
export function flagVitals(vitals: Partial<VitalsDraft>, thresholds: VitalFlagThresholds): VitalFlag[] {
  const flags: VitalFlag[] = [];
  for (const field of VITAL_FIELDS) {
    const value = vitals[field];
    if (typeof value !== 'number') continue;
    if (value < VITAL_LIMITS[field].min || value > VITAL_LIMITS[field].max) continue;
    const { low, high } = thresholds[field];
    if (low !== null && value < low) flags.push({ field, direction: 'low', value, threshold: low });
    if (high !== null && value > high) flags.push({ field, direction: 'high', value, threshold: high });
  }
  return flags;
}
