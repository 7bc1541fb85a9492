import { z } from 'zod';
import { planEnd } from './plans';
import {
  carTProductSchema,
  ctcaeGradeDefinitionSchema,
  ctcaeTermSchema,
  drugSchema,
  infusionMinutesSchema,
  ldAgentSchema,
  routeSchema,
} from '../../clinical';
import { empty, isoDate } from '../schemas';
import {
  effectiveOverride,
  libraryOverrideChannels,
  libraryRegimenId,
  libraryRegimenRecord,
} from './library-overrides';

// The clinical library screen: what is shipped (version, review status), one search across every kind of
// record, and the detail of each record with its center overrides. Search answers are summaries; the full
// record comes with the detail channel.

export const LIBRARY_KINDS = ['drug', 'regimen', 'car-t', 'ctcae-term'] as const;
export const libraryKind = z.enum(LIBRARY_KINDS);
export type LibraryKind = z.infer<typeof libraryKind>;

export const libraryInfo = z.object({
  libraryVersion: z.string(),
  date: isoDate,
  title: z.string(),
  reviewStatus: z.string(),
  compiledFrom: z.string(),
  ctcaeVersion: z.string(),
  counts: z.object({
    drugs: z.number().int(),
    regimens: z.number().int(),
    centerRegimens: z.number().int(),
    carTProducts: z.number().int(),
    ctcaeTerms: z.number().int(),
    ctcaeGradeTexts: z.number().int(),
    overrides: z.number().int(),
    overridesToReview: z.number().int(),
  }),
});
export type LibraryInfo = z.infer<typeof libraryInfo>;

export const librarySearchInput = z
  .object({ query: z.string().trim().max(100), limit: z.number().int().min(1).max(60).default(40) })
  .strict();

export const librarySearchResult = z.object({
  kind: libraryKind,
  id: z.string(),
  title: z.string(),
  subtitle: z.string(),
  /** The record's verification; null where the record has none (a CTCAE term without grade text). */
  verification: z.enum(['verified', 'unverified']).nullable(),
  origin: z.enum(['shipped', 'center']),
  /** SC products are shown with their look-alike warning mark in the results too. */
  isLookAlike: z.boolean(),
});
export type LibrarySearchResult = z.infer<typeof librarySearchResult>;

export const librarySearchOutput = z.object({ query: z.string(), results: z.array(librarySearchResult) });

const recordId = z.string().min(1).max(80);

export const drugDetail = z.object({
  drug: drugSchema,
  overrides: z.array(effectiveOverride),
  regimens: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type DrugDetail = z.infer<typeof drugDetail>;

export const regimenDrug = z.object({
  id: z.string(),
  genericName: z.string(),
  brandName: z.string(),
  route: routeSchema,
  infusionMinutes: infusionMinutesSchema,
  lookAlikeWarning: z.string().optional(),
  verification: z.enum(['verified', 'unverified']),
});
export type RegimenDrug = z.infer<typeof regimenDrug>;

export const previewItem = z.object({
  drugId: z.string(),
  drugName: z.string(),
  route: routeSchema,
  doseMg: z.number(),
  doseText: z.string(),
  basis: z.string(),
  infusionMinutes: z.number().int(),
  infusionCondition: z.string().optional(),
  isFirstDoseOfDrug: z.boolean(),
});

export const previewVisit = z.object({
  doseNumber: z.number().int(),
  phaseId: z.string(),
  phaseLabel: z.string(),
  phaseDoseNumber: z.number().int(),
  date: isoDate,
  items: z.array(previewItem),
  infusionMinutesTotal: z.number().int(),
  premedication: z.array(z.string()),
  unverified: z.array(z.string()),
});
export type PreviewVisit = z.infer<typeof previewVisit>;

export const getRegimenInput = z
  .object({
    id: libraryRegimenId,
    /** The preview's first dose; the clinic's today when omitted. */
    startDate: isoDate.optional(),
    weightKg: z.number().gt(0).max(400).optional(),
    visits: z.number().int().min(1).max(40).default(8),
  })
  .strict();

export const regimenDetail = z.object({
  regimen: libraryRegimenRecord,
  origin: z.enum(['shipped', 'center']),
  drugs: z.array(regimenDrug),
  overrides: z.array(effectiveOverride),
  preview: z.object({
    startDate: isoDate,
    weightKg: z.number().nullable(),
    visits: z.array(previewVisit),
    /** Why no preview could be worked out (a weight-based dose without a weight), or null. */
    problem: z.string().nullable(),
    /** Where the regimen itself stops within the preview (dose count, maximum duration, unscheduled phase). */
    end: planEnd.nullable(),
  }),
});
export type RegimenDetail = z.infer<typeof regimenDetail>;

export const carTCalendarPreview = z.object({
  indicationId: z.string(),
  ldRegimenId: z.string().nullable(),
  day0: isoDate,
  lymphodepletion: z.array(z.object({ date: isoDate, dayOffset: z.number().int(), agents: z.array(ldAgentSchema) })),
  /** A lymphodepletion the library gives without its days, to book by hand from the prescriber's order. */
  ldText: z.string().nullable(),
  additionalInfusions: z.array(
    z.object({
      label: z.string(),
      date: isoDate,
      earliest: isoDate,
      latest: isoDate,
      postponeUntil: isoDate.nullable(),
      text: z.string(),
    }),
  ),
  dailyMonitoringEnd: isoDate,
  stayNearEnd: isoDate,
  noDrivingEnd: isoDate,
  unverified: z.array(z.string()),
});
export type CarTCalendarPreview = z.infer<typeof carTCalendarPreview>;

export const getCarTInput = z
  .object({
    id: recordId,
    day0: isoDate.optional(),
    indicationId: recordId.optional(),
    ldRegimenId: recordId.optional(),
    daysAfterLdCompletion: z.number().int().min(0).max(60).optional(),
  })
  .strict();

export const carTDetail = z.object({
  product: carTProductSchema,
  overrides: z.array(effectiveOverride),
  calendar: carTCalendarPreview.nullable(),
  calendarProblem: z.string().nullable(),
});
export type CarTDetail = z.infer<typeof carTDetail>;

export const CTCAE_TERM_STATUSES = ['verified', 'partly-verified', 'unverified', 'no-grade-text'] as const;

export const ctcaeTermDetail = z.object({
  term: ctcaeTermSchema,
  ctcaeVersion: z.string(),
  gradeText: ctcaeGradeDefinitionSchema.nullable(),
  allowedGrades: z.array(z.number().int().min(1).max(5)),
  /** Status of the grade text: V, P or U; no-grade-text when the library has none. */
  status: z.enum(CTCAE_TERM_STATUSES),
});
export type CtcaeTermDetail = z.infer<typeof ctcaeTermDetail>;

const user = 'user' as const;

export const libraryChannels = {
  'library:info': { input: empty, output: libraryInfo, access: user },
  'library:search': { input: librarySearchInput, output: librarySearchOutput, access: user },
  'library:get-drug': { input: z.object({ id: recordId }).strict(), output: drugDetail, access: user },
  'library:get-regimen': { input: getRegimenInput, output: regimenDetail, access: user },
  'library:get-car-t': { input: getCarTInput, output: carTDetail, access: user },
  'library:get-ctcae-term': {
    input: z.object({ meddraCode: z.string().regex(/^\d{8}$/, 'Expected an 8-digit MedDRA code') }).strict(),
    output: ctcaeTermDetail,
    access: user,
  },
  ...libraryOverrideChannels,
};
