import { readDecimal, type DecimalLocale } from '../numbers/decimal';
import {
  analyteByName,
  analyteOf,
  isAnalyteId,
  QUALITATIVE_RESULTS,
  toFirstUnit,
  unitOf,
  type Analyte,
  type AnalyteId,
  type LabUnit,
} from './analytes';

// One lab result as the nurse types it (by hand or from a CSV row), checked and read the same way both times:
// the value kept exactly as typed, the number read from it with the app's one decimal parser, the unit one the
// analyte is reported in (creatinine in mg/dL is converted, never read as µmol/L), the reference range as the
// lab printed it. Each problem is a stable reason with what it needs to be said (what was typed, the analyte,
// its units), worded where it is shown in the reader's language (renderer/src/features/labs/messages-refusal.*.ts,
// mounted under `errors`); the English sentence beside it is main's log message.

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

/** The fields a number is read from: a problem reading one names the field (`params.field`). */
export type LabNumberField = 'value' | 'refLow' | 'refHigh';

/** The field names of main's English log message; the screen words fields from the renderer's catalogue. */
const FIELD_IN_ENGLISH: Record<LabNumberField, string> = {
  value: 'Value',
  refLow: 'Reference range, low',
  refHigh: 'Reference range, high',
};

export type LabProblemCode =
  | 'lab-test-unknown'
  | 'lab-drawn-at-format'
  | 'lab-drawn-in-future'
  | 'lab-unit-unknown'
  | 'lab-value-required'
  | 'lab-number-ambiguous'
  | 'lab-not-a-number'
  | 'lab-range-reversed'
  | 'lab-qualitative-word';

export interface LabProblem {
  field: LabField;
  /** The reason, worded under `errors.<code>` in the reader's language (the same for main's refusal). */
  code: LabProblemCode;
  /** What the words fill in: the text typed, the analyte's id, the units it is reported in, the field. */
  params: Record<string, string | number>;
  /** The problem in English, naming the field: main's log message. */
  message: string;
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

function problem(field: LabField, code: LabProblemCode, params: LabProblem['params'], message: string): LabProblem {
  return { field, code, params, message };
}

function readNumber(
  field: LabNumberField,
  text: string | undefined,
  locale: DecimalLocale,
  problems: LabProblem[],
): number | null {
  if (text === undefined || text.trim() === '') return null;
  const reading = readDecimal(text, locale);
  if (reading.kind === 'number') return reading.value;
  const name = FIELD_IN_ENGLISH[field];
  if (reading.kind === 'text' && reading.problem === 'ambiguous-grouping') {
    problems.push(
      problem(
        field,
        'lab-number-ambiguous',
        { field, text },
        `${name}: “${text}” could be read two ways: type it without a thousands separator.`,
      ),
    );
  } else {
    problems.push(problem(field, 'lab-not-a-number', { field, text }, `${name}: “${text}” is not a number.`));
  }
  return null;
}

function readValue(text: string, locale: DecimalLocale, problems: LabProblem[]) {
  const trimmed = text.trim();
  const comparator = trimmed.startsWith('<') ? '<' : trimmed.startsWith('>') ? '>' : null;
  const number = readNumber('value', comparator ? trimmed.slice(1) : trimmed, locale, problems);
  return { comparator, number } as const;
}

function drawnAtProblems(drawnAt: string, today: string): LabProblem[] {
  if (!isDrawnAt(drawnAt)) {
    const message = 'Drawn at: give the date and time drawn (YYYY-MM-DD HH:mm, 24-hour clock).';
    return [problem('drawnAt', 'lab-drawn-at-format', {}, message)];
  }
  if (drawnAt.slice(0, 10) > today) {
    return [problem('drawnAt', 'lab-drawn-in-future', {}, 'Drawn at: a result cannot be drawn in the future.')];
  }
  return [];
}

function unitProblem(analyte: Analyte, typed: string): LabProblem {
  const units = analyte.units.map((u) => u.unit).join(', ');
  const message = `Unit: “${typed}” is not a unit ${analyte.names.en} is reported in (${units}).`;
  return problem('unit', 'lab-unit-unknown', { unit: typed, analyte: analyte.id, units }, message);
}

type Checked = { ok: true; result: CheckedLabResult } | { ok: false; problems: LabProblem[] };

/** The draft checked and read, or every problem found (each naming its field). */
export function checkLabResult(input: LabResultInput, locale: DecimalLocale, today: string): Checked {
  const analyte = isAnalyteId(input.analyte) ? analyteOf(input.analyte) : analyteByName(input.analyte);
  const problems = drawnAtProblems(input.drawnAt, today);
  if (!analyte) {
    const text = input.analyte;
    const message = `Test: “${text}” is not a test Chairside knows.`;
    return { ok: false, problems: [problem('analyte', 'lab-test-unknown', { text }, message), ...problems] };
  }
  const unit = unitOf(analyte, input.unit);
  if (!unit) problems.push(unitProblem(analyte, input.unit));
  if (analyte.isQualitative) return qualitative(input, analyte.id, problems);
  return quantitative(input, analyte.id, unit, locale, problems);
}

function quantitative(
  input: LabResultInput,
  analyte: AnalyteId,
  unit: LabUnit | null,
  locale: DecimalLocale,
  problems: LabProblem[],
): Checked {
  const value = readValue(input.value, locale, problems);
  if (input.value.trim() === '') problems.push(problem('value', 'lab-value-required', {}, 'Value: type the value.'));
  const refLow = readNumber('refLow', input.refLow, locale, problems);
  const refHigh = readNumber('refHigh', input.refHigh, locale, problems);
  if (refLow !== null && refHigh !== null && refLow > refHigh) {
    const message = 'Reference range, high: the high limit is below the low limit.';
    problems.push(problem('refHigh', 'lab-range-reversed', {}, message));
  }
  if (problems.length > 0 || !unit) return { ok: false, problems };
  const first = (v: number | null) => (v === null ? null : toFirstUnit(v, unit));
  return {
    ok: true,
    result: {
      analyte,
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
    const message = 'Value: type negative, positive or indeterminate.';
    problems.push(problem('value', 'lab-qualitative-word', {}, message));
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
