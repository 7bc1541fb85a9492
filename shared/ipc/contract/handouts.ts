import { z } from 'zod';
import type { ChannelSpec } from '../contract';
import { entityId, isoDate, isoDateTime, locale } from '../schemas';

// Take-home education sheets: which sheets suit a patient, a preview of the personalised PDF, printing it
// through the system dialog or saving it as a file. Every print or save is recorded in the patient's chart
// as education given (sheets, language, who, when) and in the audit trail.

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export const paperSize = z.enum(PAPER_SIZES);
export type Paper = z.infer<typeof paperSize>;

/** Settings a sheet cannot be printed without (Settings → General). */
export const HANDOUT_SETTINGS = ['centerName', 'centerPhone24h'] as const;
export type HandoutSetting = (typeof HANDOUT_SETTINGS)[number];

const sheetId = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Not a sheet id');

/** A sheet's name in both languages, so the screen names it in the nurse's language. */
export const handoutSheet = z.object({
  id: z.string(),
  kind: z.enum(['checkpoint', 'car-t']),
  names: z.object({ en: z.string(), fr: z.string() }),
});
export type HandoutSheet = z.infer<typeof handoutSheet>;

export const handoutSuggestion = z.object({
  patientId: z.string(),
  /** The patient's preferred language: the sheet's default language. */
  language: locale,
  /** The active plans' regimens as the team names them; null without an active plan. */
  regimenName: z.string().nullable(),
  /** Sheet ids that match the active plans (empty when no sheet covers the regimen, e.g. an SC form). */
  suggested: z.array(z.string()),
  /** Every sheet this patient can be given (the CAR T sheet only with a CAR T plan). */
  sheets: z.array(handoutSheet),
  /** What the sheet will list under "your next appointments" (center wall-clock time). */
  nextAppointments: z.array(z.object({ date: isoDate, start: z.number().int() })).max(3),
  /** Settings still to fill in before anything can print. */
  missingSettings: z.array(z.enum(HANDOUT_SETTINGS)),
  /** The center's paper (Settings › General): the default, whatever the sheet's language. */
  paper: paperSize,
});
export type HandoutSuggestion = z.infer<typeof handoutSuggestion>;

export const handoutJob = z
  .object({
    patientId: entityId,
    sheets: z
      .array(sheetId)
      .min(1, 'Choose at least one sheet')
      .max(4, 'At most 4 sheets at a time')
      .refine((ids) => new Set(ids).size === ids.length, 'A sheet is listed twice'),
    /** The patient's preferred language when omitted. */
    language: locale.optional(),
    /** A4 for French, Letter for English when omitted. */
    paper: paperSize.optional(),
    includeWalletCard: z.boolean().default(false),
  })
  .strict();
export type HandoutJob = z.output<typeof handoutJob>;

export const handoutPreview = z.object({
  /** The PDF exactly as it would print, base64-encoded (payloads are JSON only). */
  pdfBase64: z.string(),
  pageCount: z.number().int().positive(),
  language: locale,
  paper: paperSize,
});
export type HandoutPreview = z.infer<typeof handoutPreview>;

export const EDUCATION_DELIVERIES = ['print', 'save'] as const;

/** One "education given" line of the chart. */
export const educationRecord = z.object({
  id: z.string(),
  patientId: z.string(),
  givenAt: isoDateTime,
  delivery: z.enum(EDUCATION_DELIVERIES),
  sheets: z.array(handoutSheet),
  language: locale,
  walletCard: z.boolean(),
  nurseId: z.string(),
  /** The nurse's display name (accounts are never deleted, so it is always there). */
  nurseName: z.string(),
});
export type EducationRecord = z.infer<typeof educationRecord>;

export const handoutPrinted = z.object({
  /** False when the nurse cancelled the print dialog: nothing is recorded then. */
  printed: z.boolean(),
  education: educationRecord.nullable(),
});

export const handoutSaved = z.object({
  /** False when the nurse cancelled the save dialog: nothing is recorded then. */
  saved: z.boolean(),
  /** The file's name (without its folder). */
  fileName: z.string().nullable(),
  education: educationRecord.nullable(),
});

// Patient data: the default access (signed in and unlocked once accounts exist).
export const handoutsChannels = {
  'handouts:suggest': { input: z.object({ patientId: entityId }).strict(), output: handoutSuggestion },
  'handouts:preview': { input: handoutJob, output: handoutPreview },
  'handouts:print': { input: handoutJob, output: handoutPrinted },
  'handouts:save': { input: handoutJob, output: handoutSaved },
  'handouts:education-given': {
    input: z.object({ patientId: entityId, limit: z.number().int().min(1).max(50).default(5) }).strict(),
    output: z.array(educationRecord),
  },
} satisfies Record<string, ChannelSpec>;
