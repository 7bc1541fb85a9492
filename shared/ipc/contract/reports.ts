import { z } from 'zod';
import type { ChannelSpec } from '../contract';
import { isoDate, locale } from '../schemas';

// The center's reports (issue 17): what the chairs, the nurses and the waiting room looked like over a date
// range, reactions and side effects, CAR T toxicity and first-dose education. For charge nurses and
// administrators; every view is audited. The figures are computed in main from indexed queries; the renderer
// only draws them. A figure whose facts Chairside does not record yet is null ("not recorded yet"), never
// an estimate.

/** The longest range one report covers: a year and a day (a leap year plus the day the range is typed on). */
export const MAX_REPORT_DAYS = 367;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Refuses a range that ends before it starts or covers more than a year. */
function checkRange(r: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (r.to < r.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end date is before the start date' });
  else if (daysBetween(r.from, r.to) > MAX_REPORT_DAYS) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'A report covers at most one year' });
  }
}

/** A date range (both days included) plus the channel's own fields, checked in one place. */
function ranged<T extends z.ZodRawShape>(extra: T) {
  return z
    .object({ from: isoDate, to: isoDate, ...extra })
    .strict()
    .superRefine((r, ctx) => checkRange(r as unknown as { from: string; to: string }, ctx));
}

export const reportRange = ranged({});
export type ReportRange = z.infer<typeof reportRange>;

const count = z.number().int().min(0);
const hours = z.number().min(0);

/** One hour of one weekday, summed over the range: chair-hours open, booked and actually occupied. */
export const utilisationCell = z.object({
  weekday: z.number().int().min(0).max(6),
  hour: z.number().int().min(0).max(23),
  openChairHours: hours,
  bookedChairHours: hours,
  /** Check-in to chair release, where both were charted; null when no visit of this hour has both. */
  occupiedChairHours: hours.nullable(),
});

export const utilisationReport = z.object({
  activeChairs: count,
  openDays: count,
  cells: z.array(utilisationCell),
  /** Visits with both a check-in and a chair release charted (the occupied figures cover these only). */
  occupiedVisits: count,
  bookedVisits: count,
});

/** Patients in a chair per nurse in one hour of the day, averaged over the days the hour was staffed. */
export const staffingHour = z.object({
  hour: z.number().int().min(0).max(23),
  meanPatientsPerNurse: z.number().min(0),
  maxPatientsPerNurse: count,
});

export const staffingReport = z.object({
  maxPatientsPerNurse: count,
  maxStartsPerNursePerSlot: count,
  slotMinutes: count,
  hours: z.array(staffingHour),
  /** Nurse-slots over the ratio: a nurse with more patients than the limit during one slot. */
  ratioBreaches: count,
  /** Nurse-slots with more starts than the stagger limit. */
  staggerBreaches: count,
  /** Booked visits with no nurse assigned (not counted in the ratio). */
  unassignedVisits: count,
});

export const waitBucket = z.object({ fromMinute: count, toMinute: count.nullable(), visits: count });

export const waitingReport = z.object({
  /** Visits with a check-in and an infusion start charted. */
  measuredVisits: count,
  medianMinutes: z.number().nullable(),
  p90Minutes: z.number().nullable(),
  buckets: z.array(waitBucket),
  /** Drug readiness is not recorded by Chairside yet: always null until it is. */
  drugWaitMedianMinutes: z.number().nullable(),
  bookedVisits: count,
  noShows: count,
  sameDayCancellations: count,
});

export const reactionRow = z.object({
  drugId: z.string(),
  doseNumber: z.number().int().min(1),
  grade: z.number().int().min(1).max(5).nullable(),
  firstDose: z.boolean(),
  reactions: count,
});

export const iraeRow = z.object({
  soc: z.string(),
  term: z.string(),
  meddraCode: z.string(),
  grade: z.number().int().min(1).max(5).nullable(),
  /** The regimen of the plan the event is attributed to; null when none was named. */
  regimen: z.string().nullable(),
  firstDose: z.boolean(),
  events: count,
});

export const carTRow = z.object({
  patientMrn: z.string(),
  planId: z.string(),
  infusionDate: z.string().nullable(),
  maxCrsGrade: z.number().int().min(0).max(5).nullable(),
  /** Days after the CAR T infusion (day 0) of the first CRS of grade 1 or more. */
  crsOnsetDay: z.number().int().nullable(),
  maxIcansGrade: z.number().int().min(0).max(5).nullable(),
  icansOnsetDay: z.number().int().nullable(),
  assessments: count,
});

export const educationReport = z.object({
  firstDoses: count,
  withEducation: count,
  withWalletCard: count,
  withoutEducation: count,
});

export const reportSummary = z.object({
  range: z.object({ from: z.string(), to: z.string() }),
  utilisation: utilisationReport,
  staffing: staffingReport,
  waiting: waitingReport,
  reactions: z.array(reactionRow),
  iraes: z.array(iraeRow),
  carT: z.array(carTRow),
  education: educationReport,
});
export type ReportSummary = z.infer<typeof reportSummary>;
export type UtilisationCell = z.infer<typeof utilisationCell>;
export type StaffingHour = z.infer<typeof staffingHour>;
export type ReactionRow = z.infer<typeof reactionRow>;
export type IraeRow = z.infer<typeof iraeRow>;
export type CarTRow = z.infer<typeof carTRow>;

/** The sections of the report: each has its own CSV export and its own part of the printed report. */
export const REPORT_SECTIONS = [
  'utilisation',
  'staffing',
  'waiting',
  'reactions',
  'iraes',
  'car-t',
  'education',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** Record-level CSV exports for other systems (one row per appointment, administration, event…). */
export const EXPORT_DATASETS = ['appointments', 'administrations', 'reactions', 'iraes', 'labs', 'education'] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];

/**
 * FHIR R4 exports: a Bulk Data-style set (a manifest naming one NDJSON file per resource type) or one Bundle of
 * type `collection`; for the whole center over the range, or for one patient's records in it.
 */
export const FHIR_FORMATS = ['ndjson', 'bundle'] as const;
export type FhirFormat = (typeof FHIR_FORMATS)[number];

/**
 * A FHIR export: the range's records, for the center or one patient; or one patient's whole history, every
 * record whatever its date (the range is then not read, so the one-year limit does not apply).
 */
export const fhirExportInput = z
  .object({
    from: isoDate,
    to: isoDate,
    format: z.enum(FHIR_FORMATS),
    patientId: z.string().min(1).max(64).nullable(),
    wholeHistory: z.boolean().default(false),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.wholeHistory && r.patientId === null) {
      ctx.addIssue({ code: 'custom', path: ['patientId'], message: 'A whole history is exported for one patient' });
    } else if (!r.wholeHistory) checkRange(r, ctx);
  });
export type FhirExportInput = z.infer<typeof fhirExportInput>;

export const exportResult = z.object({
  done: z.boolean(),
  rows: count,
  fileName: z.string().nullable(),
});
export type ExportResult = z.infer<typeof exportResult>;

export const reportsChannels = {
  'reports:summary': { input: reportRange, output: reportSummary, access: 'manage' },
  'reports:save-pdf': {
    input: ranged({ language: locale }),
    output: exportResult,
    access: 'manage',
  },
  'reports:export-section': {
    input: ranged({ section: z.enum(REPORT_SECTIONS) }),
    output: exportResult,
    access: 'manage',
  },
  'reports:export-csv': {
    input: ranged({ dataset: z.enum(EXPORT_DATASETS) }),
    output: exportResult,
    access: 'manage',
  },
  'reports:export-fhir': {
    input: fhirExportInput,
    output: exportResult,
    access: 'manage',
  },
} satisfies Record<string, ChannelSpec>;
