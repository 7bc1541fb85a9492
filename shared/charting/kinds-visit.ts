import { z } from 'zod';
import { SCREEN_KEYS } from './symptom-screen';
import { REQUIRED_VITALS, VITAL_FIELDS, vitalsSchema } from './vitals';
import { clockTime, freeText, minutesOf, rateMlPerHour, requireFilled, shortLabel, volumeMl } from './common';

// Payloads of the visit's own entries: check-in, pre-infusion assessment, the independent double check and
// the administration record of one drug. Each has a draft form (anything may still be empty) and a signed
// form (complete); the signed form is checked again in main whatever the renderer sent.

// --- Check-in: written by main only, after it compared the identifiers with the patient record. ---
export const IDENTIFIERS = ['name', 'dateOfBirth', 'mrn'] as const;
export const MRN_SOURCES = ['scanned', 'typed'] as const;

export const checkInPayload = z
  .object({
    /** Which identifiers matched: always the name plus the date of birth and/or the MRN. */
    identifiers: z.array(z.enum(IDENTIFIERS)).min(2).max(3),
    mrnSource: z.enum(MRN_SOURCES).nullable(),
  })
  .strict();
export type CheckInPayload = z.infer<typeof checkInPayload>;

// --- Pre-infusion assessment ---
const yesNo = z.enum(['yes', 'no']);
export const PREMEDICATION_STATES = ['given', 'not-required'] as const;

const flagShape = z
  .object({
    field: z.enum(VITAL_FIELDS),
    direction: z.enum(['low', 'high']),
    value: z.number(),
    threshold: z.number(),
  })
  .strict();

export const readyChecklist = z
  .object({
    labsReviewed: z.boolean(),
    consentOnFile: z.boolean(),
    educationGiven: z.boolean(),
    premedication: z.enum(PREMEDICATION_STATES).nullable(),
    premedicationTime: clockTime.nullable(),
    premedicationText: shortLabel(200),
  })
  .strict();
export type ReadyChecklist = z.infer<typeof readyChecklist>;

const assessmentShape = z
  .object({
    vitals: vitalsSchema,
    /** Worked out in main with the center's thresholds when the draft is saved; never taken from the form. */
    flags: z.array(flagShape),
    /** One answer per symptom-screen item, keyed "organ.item". */
    screen: z.record(z.string().regex(/^[a-z]+\.[a-z-]+$/), yesNo),
    screenNotes: freeText(1000),
    ready: readyChecklist,
  })
  .strict();

export const assessmentDraft = assessmentShape.partial();
// Signed: every part present and complete. Built on the draft shape so one answer lists every gap.
export const assessmentPayload = assessmentDraft.superRefine((a, ctx) => {
  for (const field of REQUIRED_VITALS) requireFilled(ctx, a.vitals?.[field], ['vitals', field], field);
  const screen = a.screen ?? {};
  for (const key of SCREEN_KEYS) requireFilled(ctx, screen[key], ['screen', key], 'Answer yes or no');
  for (const key of Object.keys(screen)) {
    if (!SCREEN_KEYS.includes(key)) ctx.addIssue({ code: 'custom', path: ['screen', key], message: 'Unknown item' });
  }
  requireFilled(ctx, a.ready, ['ready'], 'Ready-to-treat checklist');
  requireFilled(ctx, a.ready?.premedication, ['ready', 'premedication'], 'Premedication');
  if (a.ready?.premedication === 'given') {
    requireFilled(ctx, a.ready.premedicationTime, ['ready', 'premedicationTime'], 'Premedication time');
  }
});
export type AssessmentPayload = z.infer<typeof assessmentShape>;

// --- Independent double check (ASCO-ONS, REFERENCE §6): a second nurse verifies before the start. ---
export const ROUTES = ['IV', 'SC'] as const;

const doubleCheckShape = z
  .object({
    administrationEntryId: z.string().min(1).max(64),
    drugId: z.string().min(1).max(80),
    drugName: shortLabel(120),
    doseText: shortLabel(80),
    route: z.enum(ROUTES),
    rateMlPerHour: rateMlPerHour,
    /** What the second nurse confirmed against the order, one box each. */
    confirmed: z
      .object({ patient: z.boolean(), drug: z.boolean(), dose: z.boolean(), rate: z.boolean(), route: z.boolean() })
      .strict(),
  })
  .strict();

export const doubleCheckDraft = doubleCheckShape.partial();
export const doubleCheckPayload = doubleCheckShape.superRefine((d, ctx) => {
  for (const [what, ok] of Object.entries(d.confirmed)) {
    if (!ok) ctx.addIssue({ code: 'custom', path: ['confirmed', what], message: 'The second nurse must confirm this' });
  }
});
export type DoubleCheckPayload = z.infer<typeof doubleCheckShape>;

// --- Administration record of one drug ---
export const LINES = ['peripheral', 'port', 'picc', 'other'] as const;

const administrationShape = z
  .object({
    drugId: z.string().min(1).max(80),
    drugName: shortLabel(120),
    /** Order on the day from the regimen (1 first); the second drug starts only after the first stopped. */
    order: z.number().int().positive(),
    doseMg: z.number().positive().nullable(),
    doseText: shortLabel(80),
    route: z.enum(ROUTES),
    startTime: clockTime.nullable(),
    stopTime: clockTime.nullable(),
    rateMlPerHour: rateMlPerHour.nullable(),
    volumeMl: volumeMl.nullable(),
    line: z.enum(LINES).nullable(),
    site: shortLabel(80),
    lot: shortLabel(40),
    filterUsed: z.enum(['yes', 'no']).nullable(),
    premedication: shortLabel(200),
    notes: freeText(1000),
  })
  .strict();

export const administrationDraft = administrationShape.partial().extend({
  drugId: administrationShape.shape.drugId,
  order: administrationShape.shape.order,
});
export const administrationPayload = administrationShape.superRefine((a, ctx) => {
  const required = ['startTime', 'stopTime', 'rateMlPerHour', 'volumeMl', 'line', 'lot', 'filterUsed'] as const;
  for (const field of required) requireFilled(ctx, a[field], [field], field);
  if (a.startTime && a.stopTime && minutesOf(a.stopTime) < minutesOf(a.startTime)) {
    ctx.addIssue({ code: 'custom', path: ['stopTime'], message: 'The stop time is before the start time' });
  }
});
export type AdministrationPayload = z.infer<typeof administrationShape>;
export type AdministrationDraft = z.infer<typeof administrationDraft>;
