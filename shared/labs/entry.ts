import { readDecimal, type DecimalLocale } from '../numbers/decimal';
import {
  analyteByName,
  analyteOf,
  isAnalyteId,
  QUALITATIVE_RESULTS,
  toFirstUnit,
  unitOf,
  type AnalyteId,
} from './analytes';

// One lab result as the nurse types it (by hand or from a CSV row), checked and read the same way both times:
// the value kept exactly as typed, the number read from it with the app's one decimal parser, the unit one the
// analyte is reported in (creatinine in mg/dL is converted, never read as µmol/L), the reference range as the
// lab printed it. Problems name the field in words, in English and French.

export interface LabResultInput {
  analyte: string;
  /** Clinic-local date and time drawn, "YYYY-MM-DDTHH:mm" (24-hour). */
  drawnAt: string;
  value: string;
  unit: string;
  refLow?: string | undefined;
  refHigh?: string | undefined;
}

export const LAB_FIELDS = ['analyte', 'drawnAt', 'value', 'unit', 'refLow', 'refHigh'] as const;
export type LabField = (typeof LAB_FIELDS)[number];

export const LAB_FIELD_WORDS: Record<LabField, { en: string; fr: string }> = {
  analyte: { en: 'Test', fr: 'Analyse' },
  drawnAt: { en: 'Drawn at', fr: 'Prélevé le' },
  value: { en: 'Value', fr: 'Valeur' },
  unit: { en: 'Unit', fr: 'Unité' },
  refLow: { en: 'Reference range, low', fr: 'Valeur de référence basse' },
  refHigh: { en: 'Reference range, high', fr: 'Valeur de référence haute' },
};

export interface LabProblem {
  field: LabField;
  en: string;
  fr: string;
}

export interface CheckedLabResult {
  analyte: AnalyteId;
  drawnAt: string;
  valueText: string;
  /** The number typed, in the unit typed; null for a qualitative result. */
  valueNumber: number | null;
  /** "<" or ">" when the lab reported a bound ("<0.01"). */
  comparator: '<' | '>' | null;
  unit: string;
  refLow: number | null;
  refHigh: number | null;
  /** Value and range in the analyte's first unit (what is compared and plotted). */
  firstUnitValue: number | null;
  firstUnitRefLow: number | null;
  firstUnitRefHigh: number | null;
}

const DRAWN_AT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;

export function isDrawnAt(text: string): boolean {
  const m = DRAWN_AT.exec(text);
  if (!m) return false;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCMonth() === mo - 1 && day.getUTCDate() === d && h < 24 && mi < 60;
}

function problem(field: LabField, en: string, fr: string): LabProblem {
  return { field, en: `${LAB_FIELD_WORDS[field].en}: ${en}`, fr: `${LAB_FIELD_WORDS[field].fr} : ${fr}` };
}

function readNumber(
  field: LabField,
  text: string | undefined,
  locale: DecimalLocale,
  problems: LabProblem[],
): number | null {
  if (text === undefined || text.trim() === '') return null;
  const reading = readDecimal(text, locale);
  if (reading.kind === 'number') return reading.value;
  if (reading.kind === 'text' && reading.problem === 'ambiguous-grouping') {
    problems.push(
      problem(
        field,
        `“${text}” could be read two ways: type it without a thousands separator.`,
        `« ${text} » peut se lire de deux façons : tapez-le sans séparateur de milliers.`,
      ),
    );
  } else {
    problems.push(problem(field, `“${text}” is not a number.`, `« ${text} » n’est pas un nombre.`));
  }
  return null;
}

function readValue(text: string, locale: DecimalLocale, problems: LabProblem[]) {
  const trimmed = text.trim();
  const comparator = trimmed.startsWith('<') ? '<' : trimmed.startsWith('>') ? '>' : null;
  const number = readNumber('value', comparator ? trimmed.slice(1) : trimmed, locale, problems);
  return { comparator, number } as const;
}

/** The draft checked and read, or every problem found (each naming its field). */
export function checkLabResult(
  input: LabResultInput,
  locale: DecimalLocale,
  today: string,
): { ok: true; result: CheckedLabResult } | { ok: false; problems: LabProblem[] } {
  const problems: LabProblem[] = [];
  const analyte = isAnalyteId(input.analyte) ? analyteOf(input.analyte) : analyteByName(input.analyte);
  if (!analyte)
    problems.push(
      problem(
        'analyte',
        `“${input.analyte}” is not a test Chairside knows.`,
        `« ${input.analyte} » n’est pas une analyse connue de Chairside.`,
      ),
    );
  if (!isDrawnAt(input.drawnAt)) {
    problems.push(
      problem(
        'drawnAt',
        'give the date and time drawn (YYYY-MM-DD HH:mm, 24-hour clock).',
        'indiquez la date et l’heure du prélèvement (AAAA-MM-JJ HH:mm, sur 24 heures).',
      ),
    );
  } else if (input.drawnAt.slice(0, 10) > today) {
    problems.push(
      problem('drawnAt', 'a result cannot be drawn in the future.', 'un prélèvement ne peut pas être dans le futur.'),
    );
  }
  if (!analyte) return { ok: false, problems };
  const unit = unitOf(analyte, input.unit);
  if (!unit) {
    const units = analyte.units.map((u) => u.unit).join(', ');
    problems.push(
      problem(
        'unit',
        `“${input.unit}” is not a unit ${analyte.names.en} is reported in (${units}).`,
        `« ${input.unit} » n’est pas une unité de ${analyte.names.fr} (${units}).`,
      ),
    );
  }
  if (analyte.isQualitative) return qualitative(input, analyte.id, problems);
  const value = readValue(input.value, locale, problems);
  if (input.value.trim() === '') problems.push(problem('value', 'type the value.', 'saisissez la valeur.'));
  const refLow = readNumber('refLow', input.refLow, locale, problems);
  const refHigh = readNumber('refHigh', input.refHigh, locale, problems);
  if (refLow !== null && refHigh !== null && refLow > refHigh) {
    problems.push(
      problem('refHigh', 'the high limit is below the low limit.', 'la limite haute est inférieure à la limite basse.'),
    );
  }
  if (problems.length > 0 || !unit) return { ok: false, problems };
  const first = (v: number | null) => (v === null ? null : toFirstUnit(v, unit));
  return {
    ok: true,
    result: {
      analyte: analyte.id,
      drawnAt: input.drawnAt.replace(' ', 'T'),
      valueText: input.value.trim(),
      valueNumber: value.number,
      comparator: value.comparator,
      unit: unit.unit,
      refLow,
      refHigh,
      firstUnitValue: first(value.number),
      firstUnitRefLow: first(refLow),
      firstUnitRefHigh: first(refHigh),
    },
  };
}

function qualitative(input: LabResultInput, analyte: AnalyteId, problems: LabProblem[]) {
  const word = input.value.trim().toLowerCase();
  const french: Record<string, string> = {
    négatif: 'negative',
    negatif: 'negative',
    positif: 'positive',
    indéterminé: 'indeterminate',
  };
  const result = french[word] ?? word;
  if (!(QUALITATIVE_RESULTS as readonly string[]).includes(result)) {
    problems.push(
      problem('value', 'type negative, positive or indeterminate.', 'saisissez négatif, positif ou indéterminé.'),
    );
  }
  if (problems.length > 0) return { ok: false as const, problems };
  return {
    ok: true as const,
    result: {
      analyte,
      drawnAt: input.drawnAt.replace(' ', 'T'),
      valueText: result,
      valueNumber: null,
      comparator: null,
      unit: 'result',
      refLow: null,
      refHigh: null,
      firstUnitValue: null,
      firstUnitRefLow: null,
      firstUnitRefHigh: null,
    },
  };
}
