import { z } from 'zod';
import table from '../../resources/clinical/analytes.json' with { type: 'json' };

// The analytes immunotherapy monitoring needs, with the units a lab may report them in: the data, with the
// source of its mass-to-molar factors, is resources/clinical/analytes.json; this module reads it and checks it.
// The first unit of a test is the one values are compared and plotted in; every other unit carries its factor
// to it.

export const ANALYTE_IDS = [
  'anc',
  'platelets',
  'haemoglobin',
  'ast',
  'alt',
  'bilirubin',
  'alp',
  'creatinine',
  'egfr',
  'glucose',
  'tsh',
  'free-t4',
  'cortisol',
  'acth',
  'lipase',
  'troponin',
  'hbsag',
  'anti-hbc',
  'hcv-ab',
  'hiv-ag-ab',
] as const;
export type AnalyteId = (typeof ANALYTE_IDS)[number];

export interface LabUnit {
  unit: string;
  /** Multiply a value in this unit by the factor to get the analyte's first unit. */
  factor: number;
  /** True when the factor is a molar-mass conversion (it carries SI_TABLE_SOURCE). */
  isMolarConversion: boolean;
}

export interface Analyte {
  id: AnalyteId;
  names: { en: string; fr: string };
  /** CSV headers and report names the import recognises (lower case). */
  aliases: readonly string[];
  group: (typeof GROUPS)[number];
  /** Qualitative results (serology) are typed as words, not numbers. */
  isQualitative: boolean;
  units: readonly LabUnit[];
  /** How many decimals the plot and table show in the first unit. */
  decimals: number;
}

const GROUPS = ['blood-count', 'liver', 'kidney', 'metabolic', 'endocrine', 'pancreas', 'heart', 'serology'] as const;

const tableSchema = z.object({
  siConversionSource: z.object({
    title: z.string().min(1),
    url: z.url(),
    revised: z.string().nullable(),
    checked: z.iso.date(),
  }),
  analytes: z.array(
    z.object({
      id: z.enum(ANALYTE_IDS),
      names: z.object({ en: z.string().min(1), fr: z.string().min(1) }),
      aliases: z.array(z.string().min(1)),
      group: z.enum(GROUPS),
      isQualitative: z.boolean(),
      decimals: z.number().int().min(0).max(3),
      units: z
        .array(
          z.object({ unit: z.string().min(1), factor: z.number().positive(), molarConversion: z.boolean().optional() }),
        )
        .min(1),
    }),
  ),
});

const parsedTable = tableSchema.parse(table);

/** Where the mass-to-molar factors come from (shown beside a converted value). */
export const SI_TABLE_SOURCE = parsedTable.siConversionSource;

export const ANALYTES: readonly Analyte[] = parsedTable.analytes.map((a) => ({
  ...a,
  units: a.units.map((u) => ({ unit: u.unit, factor: u.factor, isMolarConversion: u.molarConversion === true })),
}));

export const QUALITATIVE_RESULTS = ['negative', 'positive', 'indeterminate'] as const;
export type QualitativeResult = (typeof QUALITATIVE_RESULTS)[number];

const byId = new Map(ANALYTES.map((a) => [a.id, a]));
export function analyteOf(id: AnalyteId): Analyte {
  return byId.get(id)!;
}

export function isAnalyteId(value: string): value is AnalyteId {
  return byId.has(value as AnalyteId);
}

/** The analyte a CSV header or report name means, or null. */
export function analyteByName(name: string): Analyte | null {
  const key = name.trim().toLowerCase();
  return ANALYTES.find((a) => a.id === key || a.aliases.includes(key)) ?? null;
}

/** The unit as the analyte lists it (accepts "umol/L", "mcg/dL", "x10^9/L"), or null when it is not one of them. */
export function unitOf(analyte: Analyte, typed: string): LabUnit | null {
  const norm = (u: string) =>
    u
      .trim()
      .toLowerCase()
      .replace(/\s+/g, '')
      .replace(/^x/, '')
      .replace(/[uμ]/g, 'µ')
      .replace(/mcg/g, 'µg')
      .replace(/\^9/g, '⁹')
      .replace(/\^3/g, '³')
      .replace(/m2$/, 'm²');
  const key = norm(typed);
  return analyte.units.find((u) => norm(u.unit) === key) ?? null;
}

/** A value in the analyte's first unit, rounded to 4 significant decimals so 88.4 × 1.2 reads 106.08, not 106.08000000000001. */
export function toFirstUnit(value: number, unit: LabUnit): number {
  return Math.round(value * unit.factor * 10_000) / 10_000;
}
