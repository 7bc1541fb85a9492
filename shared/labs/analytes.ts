// The analytes immunotherapy monitoring needs, with the units a lab may report them in. The first unit is the
// one values are compared and plotted in; every other unit carries its factor to it. Factors between mass and
// molar units come from the SI conversion table below; the others are the same quantity written two ways
// (10⁹/L = 10³/µL, g/dL = 10 g/L, mIU/L = µIU/mL, U/L = IU/L, ng/mL = 1,000 ng/L) and need no clinical source.

export const SI_TABLE_SOURCE = {
  title: 'SI conversion factors (JAMA / AMA Manual of Style table, reproduced by Chung Shan Medical University)',
  url: 'http://w3.csmu.edu.tw/~chr/Int_unit_conversion.htm',
  revised: null,
  checked: '2026-12-03',
} as const;

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
  group: 'blood-count' | 'liver' | 'kidney' | 'metabolic' | 'endocrine' | 'pancreas' | 'heart' | 'serology';
  /** Qualitative results (serology) are typed as words, not numbers. */
  isQualitative: boolean;
  units: readonly LabUnit[];
  /** How many decimals the plot and table show in the first unit. */
  decimals: number;
}

const same = (unit: string, factor = 1): LabUnit => ({ unit, factor, isMolarConversion: false });
const molar = (unit: string, factor: number): LabUnit => ({ unit, factor, isMolarConversion: true });
const cells = [same('10⁹/L'), same('10³/µL'), same('G/L')];
const enzyme = [same('U/L'), same('IU/L')];

export const ANALYTES: readonly Analyte[] = [
  {
    id: 'anc',
    names: { en: 'Neutrophils (ANC)', fr: 'Neutrophiles (PNN)' },
    aliases: ['anc', 'neutrophils', 'neut', 'pnn'],
    group: 'blood-count',
    isQualitative: false,
    units: cells,
    decimals: 1,
  },
  {
    id: 'platelets',
    names: { en: 'Platelets', fr: 'Plaquettes' },
    aliases: ['platelets', 'plt', 'plaquettes'],
    group: 'blood-count',
    isQualitative: false,
    units: cells,
    decimals: 0,
  },
  {
    id: 'haemoglobin',
    names: { en: 'Haemoglobin', fr: 'Hémoglobine' },
    aliases: ['haemoglobin', 'hemoglobin', 'hb', 'hgb', 'hémoglobine'],
    group: 'blood-count',
    isQualitative: false,
    units: [same('g/L'), same('g/dL', 10)],
    decimals: 0,
  },
  {
    id: 'ast',
    names: { en: 'AST', fr: 'ASAT' },
    aliases: ['ast', 'asat', 'sgot'],
    group: 'liver',
    isQualitative: false,
    units: enzyme,
    decimals: 0,
  },
  {
    id: 'alt',
    names: { en: 'ALT', fr: 'ALAT' },
    aliases: ['alt', 'alat', 'sgpt'],
    group: 'liver',
    isQualitative: false,
    units: enzyme,
    decimals: 0,
  },
  {
    id: 'bilirubin',
    names: { en: 'Total bilirubin', fr: 'Bilirubine totale' },
    aliases: ['bilirubin', 'total bilirubin', 'tbili', 'bilirubine'],
    group: 'liver',
    isQualitative: false,
    units: [same('µmol/L'), molar('mg/dL', 17.1)],
    decimals: 0,
  },
  {
    id: 'alp',
    names: { en: 'Alkaline phosphatase', fr: 'Phosphatases alcalines' },
    aliases: ['alp', 'alkaline phosphatase', 'pal'],
    group: 'liver',
    isQualitative: false,
    units: enzyme,
    decimals: 0,
  },
  {
    id: 'creatinine',
    names: { en: 'Creatinine', fr: 'Créatinine' },
    aliases: ['creatinine', 'creat', 'créatinine'],
    group: 'kidney',
    isQualitative: false,
    units: [same('µmol/L'), molar('mg/dL', 88.4)],
    decimals: 0,
  },
  {
    id: 'egfr',
    names: { en: 'eGFR', fr: 'DFGe' },
    aliases: ['egfr', 'dfge', 'dfg'],
    group: 'kidney',
    isQualitative: false,
    units: [same('mL/min/1.73 m²')],
    decimals: 0,
  },
  {
    id: 'glucose',
    names: { en: 'Glucose', fr: 'Glucose' },
    aliases: ['glucose', 'glu', 'glycémie'],
    group: 'metabolic',
    isQualitative: false,
    units: [same('mmol/L'), molar('mg/dL', 0.0555)],
    decimals: 1,
  },
  {
    id: 'tsh',
    names: { en: 'TSH', fr: 'TSH' },
    aliases: ['tsh'],
    group: 'endocrine',
    isQualitative: false,
    units: [same('mIU/L'), same('µIU/mL')],
    decimals: 2,
  },
  {
    id: 'free-t4',
    names: { en: 'Free T4', fr: 'T4 libre' },
    aliases: ['free t4', 'ft4', 't4l', 't4 libre'],
    group: 'endocrine',
    isQualitative: false,
    units: [same('pmol/L'), molar('ng/dL', 12.87)],
    decimals: 1,
  },
  {
    id: 'cortisol',
    names: { en: 'Cortisol', fr: 'Cortisol' },
    aliases: ['cortisol'],
    group: 'endocrine',
    isQualitative: false,
    units: [same('nmol/L'), molar('µg/dL', 27.59)],
    decimals: 0,
  },
  {
    id: 'acth',
    names: { en: 'ACTH', fr: 'ACTH' },
    aliases: ['acth', 'corticotropin'],
    group: 'endocrine',
    isQualitative: false,
    units: [same('pmol/L'), molar('pg/mL', 0.22)],
    decimals: 1,
  },
  {
    id: 'lipase',
    names: { en: 'Lipase', fr: 'Lipase' },
    aliases: ['lipase'],
    group: 'pancreas',
    isQualitative: false,
    units: enzyme,
    decimals: 0,
  },
  {
    id: 'troponin',
    names: { en: 'Troponin', fr: 'Troponine' },
    aliases: ['troponin', 'troponine', 'tn'],
    group: 'heart',
    isQualitative: false,
    units: [same('ng/L'), same('ng/mL', 1000)],
    decimals: 0,
  },
  {
    id: 'hbsag',
    names: { en: 'Hepatitis B surface antigen', fr: 'Antigène HBs' },
    aliases: ['hbsag', 'ag hbs'],
    group: 'serology',
    isQualitative: true,
    units: [same('result')],
    decimals: 0,
  },
  {
    id: 'anti-hbc',
    names: { en: 'Hepatitis B core antibody', fr: 'Anticorps anti-HBc' },
    aliases: ['anti-hbc', 'hbcab', 'ac anti-hbc'],
    group: 'serology',
    isQualitative: true,
    units: [same('result')],
    decimals: 0,
  },
  {
    id: 'hcv-ab',
    names: { en: 'Hepatitis C antibody', fr: 'Anticorps anti-VHC' },
    aliases: ['hcv', 'hcv ab', 'anti-hcv', 'vhc'],
    group: 'serology',
    isQualitative: true,
    units: [same('result')],
    decimals: 0,
  },
  {
    id: 'hiv-ag-ab',
    names: { en: 'HIV antigen/antibody', fr: 'Antigène/anticorps VIH' },
    aliases: ['hiv', 'hiv ag/ab', 'vih'],
    group: 'serology',
    isQualitative: true,
    units: [same('result')],
    decimals: 0,
  },
];

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
