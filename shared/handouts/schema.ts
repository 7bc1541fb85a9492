import { z } from 'zod';
import { uiStringsSchema } from './ui-schema';

// Take-home education sheet content. Clinical facts (minutes, weeks, days) live once in the locale-neutral
// facts file so English and French can never disagree on a number; the locale files hold only words.

export const HANDOUT_LOCALES = ['en', 'fr'] as const;
export const localeSchema = z.enum(HANDOUT_LOCALES);
export type HandoutLocale = z.infer<typeof localeSchema>;

/** The one sheet id that is not a checkpoint drug or regimen. */
export const CAR_T_SHEET_ID = 'car-t';

const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase kebab-case id');
const textSchema = z.string().trim().min(1);

export const sourceSchema = z.strictObject({
  /** Where the text comes from: a section of ../shared/clinical/REFERENCE.md, or the patient article the tone follows. */
  ref: z
    .string()
    .regex(/^(REFERENCE §\d+(\.\d+)*|seed article)$/, 'must look like "REFERENCE §7.2" or be "seed article"'),
  citation: textSchema,
});
export type HandoutSource = z.infer<typeof sourceSchema>;

export const contentMetaSchema = z.strictObject({
  contentVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version like 1.0.0'),
  /** The day the text was last checked against its sources. */
  reviewedDate: z.iso.date(),
  status: z.enum(['draft-needs-clinical-review', 'clinically-reviewed']),
  sources: z.array(sourceSchema).min(1),
  /** What a clinician must still check before the status can change. */
  reviewNotes: z.array(textSchema),
});
export type ContentMeta = z.infer<typeof contentMetaSchema>;

// ---- Locale-neutral facts ---------------------------------------------------------------------------------

export const checkpointTargetSchema = z.enum(['PD-1', 'PD-L1', 'CTLA-4', 'LAG-3']);
export type CheckpointTarget = z.infer<typeof checkpointTargetSchema>;

const infusionSchema = z.strictObject({
  drugId: idSchema,
  /** Usual infusion time; absent when the source does not settle it (the sheet then says "ask your nurse"). */
  minutes: z.number().int().positive().optional(),
  /** Longer first infusion, when the label asks for one. */
  firstMinutes: z.number().int().positive().optional(),
});
export type InfusionFact = z.infer<typeof infusionSchema>;

const premedicationSchema = z.enum(['not-stated', 'not-required', 'required']);

export const checkpointDrugFactSchema = z.strictObject({
  id: idSchema,
  brandName: textSchema,
  targets: z.array(checkpointTargetSchema).min(1),
  infusions: z.array(infusionSchema).length(1),
  /** Usual intervals; empty when the schedule only makes sense as a sentence (the locale scheduleNote). */
  intervalWeeks: z.array(z.number().int().positive()),
  premedication: premedicationSchema,
  sources: z.array(sourceSchema).min(1),
});
export type CheckpointDrugFact = z.infer<typeof checkpointDrugFactSchema>;

export const checkpointRegimenFactSchema = z.strictObject({
  id: idSchema,
  componentIds: z.array(idSchema).min(2),
  /** In the order they are given. */
  infusions: z.array(infusionSchema).min(2),
  intervalWeeks: z.array(z.number().int().positive()),
  premedication: premedicationSchema,
  sources: z.array(sourceSchema).min(1),
});
export type CheckpointRegimenFact = z.infer<typeof checkpointRegimenFactSchema>;

export const carTProductFactSchema = z.strictObject({
  id: idSchema,
  brandName: textSchema,
  target: z.enum(['CD19', 'BCMA']),
  sources: z.array(sourceSchema).min(1),
});
export type CarTProductFact = z.infer<typeof carTProductFactSchema>;

export const carTMonitoringSchema = z.strictObject({
  dailyMonitoringDays: z.number().int().positive(),
  stayNearDays: z.number().int().positive(),
  noDrivingDays: z.number().int().positive(),
  /** Which label generation the numbers come from (the CAR T labels' post-infusion monitoring section). */
  basis: textSchema,
  sources: z.array(sourceSchema).min(1),
});
export type CarTMonitoring = z.infer<typeof carTMonitoringSchema>;

export const handoutFactsSchema = z.strictObject({
  meta: contentMetaSchema,
  checkpointDrugs: z.array(checkpointDrugFactSchema).min(1),
  checkpointRegimens: z.array(checkpointRegimenFactSchema),
  carT: z.strictObject({
    monitoring: carTMonitoringSchema,
    products: z.array(carTProductFactSchema).min(1),
  }),
});
export type HandoutFacts = z.infer<typeof handoutFactsSchema>;

/**
 * facts.json as stored: which drugs, combinations and CAR T products have a sheet, and their sources. Every
 * clinical number (minutes, intervals, order, brand, targets, premedication, CAR T days) is derived from the
 * clinical library when the content loads (derive-facts.ts), so the sheets and the scheduler share one source.
 * `scheduleWorded` keeps the interval out of the sheet when the locale text words the schedule instead.
 */
export const handoutFactsFileSchema = z.strictObject({
  meta: contentMetaSchema,
  checkpointDrugs: z
    .array(
      z.strictObject({
        id: idSchema,
        scheduleWorded: z.literal(true).optional(),
        sources: z.array(sourceSchema).min(1),
      }),
    )
    .min(1),
  checkpointRegimens: z.array(
    z.strictObject({
      id: idSchema,
      componentIds: z.array(idSchema).min(2),
      scheduleWorded: z.literal(true).optional(),
      sources: z.array(sourceSchema).min(1),
    }),
  ),
  carT: z.strictObject({
    monitoring: z.strictObject({ basis: textSchema, sources: z.array(sourceSchema).min(1) }),
    products: z.array(z.strictObject({ id: idSchema, sources: z.array(sourceSchema).min(1) })).min(1),
  }),
});
export type HandoutFactsFile = z.infer<typeof handoutFactsFileSchema>;

// ---- Locale text -------------------------------------------------------------------------------------------

export const bulletGroupSchema = z.strictObject({
  id: idSchema,
  heading: textSchema,
  items: z.array(textSchema).min(1),
});
export type BulletGroup = z.infer<typeof bulletGroupSchema>;

const textBody = {
  id: idSchema,
  heading: textSchema,
  paragraphs: z.array(textSchema),
  bullets: z.array(textSchema),
};

/** Plain reading: what it is, tests, self-care. */
const infoSectionSchema = z.strictObject({ kind: z.literal('info'), ...textBody });
/** Needs attention (icon + heading + border): side effects after the last dose, caregiver rules. */
const warningSectionSchema = z.strictObject({ kind: z.literal('warning'), ...textBody });
/** The "call right away" list: one per sheet, organ by organ. */
const urgentSectionSchema = z.strictObject({
  kind: z.literal('urgent'),
  ...textBody,
  groups: z.array(bulletGroupSchema).min(1),
  /** Printed after the list (e.g. "tell them you received CAR T"). */
  closing: z.array(textSchema),
});
/** Places where the renderer inserts computed content (appointments, how it is given, CAR T dates). */
const slotSectionSchema = z.strictObject({
  kind: z.enum(['appointments', 'drug-details', 'car-t-dates']),
  id: idSchema,
  heading: textSchema,
  paragraphs: z.array(textSchema),
});

export const sectionSchema = z.discriminatedUnion('kind', [
  infoSectionSchema,
  warningSectionSchema,
  urgentSectionSchema,
  slotSectionSchema,
]);
export type HandoutSection = z.infer<typeof sectionSchema>;
export type UrgentSection = z.infer<typeof urgentSectionSchema>;

export const walletCardTextSchema = z.strictObject({
  keySigns: z.array(textSchema).min(1).max(8),
  clinicianNote: textSchema,
});
export type WalletCardText = z.infer<typeof walletCardTextSchema>;

const baseSheetSchema = z.strictObject({
  meta: contentMetaSchema,
  title: textSchema,
  sections: z.array(sectionSchema).min(1),
  walletCard: walletCardTextSchema,
});

/** Each sheet needs exactly one "call right away" list and one of each slot the renderer fills. */
function requireSections(requiredSlots: readonly HandoutSection['kind'][]) {
  return (sheet: { sections: HandoutSection[] }, ctx: z.RefinementCtx): void => {
    const kinds = sheet.sections.map((s) => s.kind);
    for (const kind of ['urgent', ...requiredSlots]) {
      const count = kinds.filter((k) => k === kind).length;
      if (count !== 1)
        ctx.addIssue({
          code: 'custom',
          path: ['sections'],
          message: `needs exactly one "${kind}" section, found ${count}`,
        });
    }
    const ids = sheet.sections.map((s) => s.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i)
        ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `duplicate section id "${id}"` });
    });
  };
}

export const checkpointClassSheetSchema = baseSheetSchema.superRefine(
  requireSections(['appointments', 'drug-details']),
);
export type CheckpointClassSheet = z.infer<typeof checkpointClassSheetSchema>;

export const carTProductTextSchema = z.strictObject({
  /** Generic name in this language (French spellings carry accents: idécabtagène). */
  name: textSchema,
  /** A product-specific sentence, e.g. a split dose. */
  note: textSchema.optional(),
});

export const carTSheetSchema = baseSheetSchema
  .extend({
    /** One entry per CAR T product id in the facts. */
    products: z.record(idSchema, carTProductTextSchema),
  })
  .superRefine(requireSections(['appointments', 'car-t-dates']));
export type CarTSheet = z.infer<typeof carTSheetSchema>;

export const checkpointEntryTextSchema = z.strictObject({
  /** Generic name in this language; required for single drugs, regimens are named from their components. */
  name: textSchema.optional(),
  /** Replaces the generic interval sentence when the schedule needs words (e.g. dose 1–4 then every 6 weeks). */
  scheduleNote: textSchema.optional(),
  /** Required when the facts say premedication is required or explicitly not required. */
  premedication: textSchema.optional(),
  /** For regimens: the order the medicines are given in. */
  orderNote: textSchema.optional(),
});
export type CheckpointEntryText = z.infer<typeof checkpointEntryTextSchema>;

export const checkpointEntriesSchema = z.strictObject({
  meta: contentMetaSchema,
  /** One entry per drug and regimen sheet id. */
  entries: z.record(idSchema, checkpointEntryTextSchema),
});
export type CheckpointEntries = z.infer<typeof checkpointEntriesSchema>;

export { uiStringsSchema };
export type { UiStrings } from './ui-schema';

export const localeContentSchema = z.strictObject({
  ui: uiStringsSchema,
  checkpointClass: checkpointClassSheetSchema,
  checkpointEntries: checkpointEntriesSchema,
  carT: carTSheetSchema,
});
export type LocaleHandoutContent = z.infer<typeof localeContentSchema>;

export const handoutLibrarySchema = z.strictObject({
  facts: handoutFactsSchema,
  locales: z.strictObject({ en: localeContentSchema, fr: localeContentSchema }),
});
export type HandoutLibrary = z.infer<typeof handoutLibrarySchema>;
