import { z } from 'zod';
import { readiness } from '../ready/result';
import { SCREEN_KEYS } from './symptom-screen';
import { REQUIRED_VITALS, VITAL_FIELDS, vitalsSchemaFor } from './vitals';
import { freeText, requireFilled, shortLabel, timeIn, type SchemaMode } from './common';
import { BAG_FIELDS, ROUTES, bagReadingFor, fieldCheck, type BagReadingDraft } from './bag';
import { infusionSummary } from './infusion';

// Payloads of the visit's own entries: check-in, pre-infusion assessment, the independent double check and
// the administration record of one drug. Each has a draft form (anything may still be empty) and a signed
// form (complete); the signed form is checked again in main whatever the renderer sent. Drafts keep number
// fields as typed (common.ts typedNumber); the limits apply when the entry is signed.

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

function readyChecklistFor<M extends SchemaMode>(mode: M) {
  return z
    .object({
      labsReviewed: z.boolean(),
      consentOnFile: z.boolean(),
      educationGiven: z.boolean(),
      premedication: z.enum(PREMEDICATION_STATES).nullable(),
      premedicationTime: timeIn(mode).nullable(),
      premedicationText: shortLabel(200),
      /** Corticosteroids the patient takes now, prednisone-equivalent mg/day (0: none); Ready to treat line (d). */
      steroidMgPerDay: z.number().min(0).max(2000).nullable().optional(),
    })
    .strict();
}
export const readyChecklist = readyChecklistFor('signed');
export type ReadyChecklist = z.infer<ReturnType<typeof readyChecklistFor<'draft'>>>;

function assessmentShapeFor<M extends SchemaMode>(mode: M) {
  return z
    .object({
      vitals: vitalsSchemaFor(mode),
      /** Worked out in main with the center's thresholds when the draft is saved; never taken from the form. */
      flags: z.array(flagShape),
      /** One answer per symptom-screen item, keyed "organ.item". */
      screen: z.record(z.string().regex(/^[a-z]+\.[a-z-]+$/), yesNo),
      screenNotes: freeText(1000),
      ready: readyChecklistFor(mode),
      /** Ready to treat as main worked it out when the assessment was signed; never taken from the form. */
      readiness: readiness.optional(),
    })
    .strict();
}

export const assessmentDraft = assessmentShapeFor('draft').partial();
// Signed: every part present and complete; one answer lists every gap.
export const assessmentPayload = assessmentShapeFor('signed')
  .partial()
  .superRefine((a, ctx) => {
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
export type AssessmentPayload = z.infer<ReturnType<typeof assessmentShapeFor<'signed'>>>;
export type AssessmentDraft = z.infer<ReturnType<typeof assessmentShapeFor<'draft'>>>;

/** Every field of a reading filled, for signing (a number field holding text is refused by its schema). */
function requireReading(ctx: z.RefinementCtx, reading: Partial<BagReadingDraft> | undefined, at: string): void {
  const r = reading ?? {};
  const values: Record<(typeof BAG_FIELDS)[number], unknown> = {
    drug: r.drugId,
    dose: r.doseMg,
    volume: r.volumeMl,
    rate: r.rateMlPerHour,
    route: r.route,
    lot: r.lot,
    expiry: r.expiry,
  };
  const keys = {
    drug: 'drugId',
    dose: 'doseMg',
    volume: 'volumeMl',
    rate: 'rateMlPerHour',
    route: 'route',
    lot: 'lot',
    expiry: 'expiry',
  } as const;
  for (const field of BAG_FIELDS) requireFilled(ctx, values[field], [at, keys[field]], `Bag reading: ${field}`);
}

// --- Independent double check: the second nurse's own reading of the bag, compared in main. ---
function doubleCheckShapeFor<M extends SchemaMode>(mode: M) {
  return z
    .object({
      administrationEntryId: z.string().min(1).max(64),
      /** What the second nurse read off the bag, typed without seeing the first nurse's reading. */
      reading: bagReadingFor(mode),
      /** Worked out in main: each field of both readings against each other and the order. */
      checks: z.array(fieldCheck),
      /** Main's copy of the first nurse's reading that was compared (a later change needs a new check). */
      firstReading: bagReadingFor('draft').nullable(),
      /** What the readings were compared with: the pharmacist-verified order, or the plan when there is none. */
      against: z.enum(['verified-order', 'plan']),
    })
    .strict();
}

export const doubleCheckDraft = doubleCheckShapeFor('draft')
  .partial()
  .extend({
    administrationEntryId: z.string().min(1).max(64),
  });
export const doubleCheckPayload = doubleCheckShapeFor('signed').superRefine((d, ctx) =>
  requireReading(ctx, d.reading, 'reading'),
);
export type DoubleCheckPayload = z.infer<ReturnType<typeof doubleCheckShapeFor<'signed'>>>;
export type DoubleCheckDraft = z.infer<typeof doubleCheckDraft>;

// --- Administration record of one drug ---
export const LINES = ['peripheral', 'port', 'picc', 'other'] as const;
export { ROUTES };

function administrationShapeFor<M extends SchemaMode>(mode: M) {
  return z
    .object({
      drugId: z.string().min(1).max(80),
      drugName: shortLabel(120),
      /** Order on the day from the regimen (1 first); the second drug starts only after the first stopped. */
      order: z.number().int().positive(),
      doseMg: z.number().positive().nullable(),
      doseText: shortLabel(80),
      route: z.enum(ROUTES),
      /** The first nurse's reading of the bag (the second nurse's is on the double check). */
      bag: bagReadingFor(mode),
      line: z.enum(LINES).nullable(),
      site: shortLabel(80),
      filterUsed: z.enum(['yes', 'no']).nullable(),
      premedication: shortLabel(200),
      notes: freeText(1000),
      /** Worked out in main from the drug's infusion events: start, stop, rates, interruptions. */
      infusion: infusionSummary,
    })
    .strict();
}

export const administrationDraft = administrationShapeFor('draft')
  .partial()
  .extend({
    drugId: z.string().min(1).max(80),
    order: z.number().int().positive(),
  });
export const administrationPayload = administrationShapeFor('signed').superRefine((a, ctx) => {
  const state = a.infusion.state;
  if (state !== 'stopped' && state !== 'not-given') {
    ctx.addIssue({ code: 'custom', path: ['infusion'], message: 'Stop the infusion before signing its record' });
  }
  if (state === 'not-given') return;
  requireReading(ctx, a.bag, 'bag');
  requireFilled(ctx, a.line, ['line'], 'Line');
  requireFilled(ctx, a.filterUsed, ['filterUsed'], 'In-line filter');
});
export type AdministrationPayload = z.infer<ReturnType<typeof administrationShapeFor<'signed'>>>;
export type AdministrationDraft = z.infer<typeof administrationDraft>;
