import type { DecimalLocale } from '../numbers/decimal';
import { checkLabResult, type CheckedLabResult, type LabProblem, type LabResultInput } from './entry';

// A lab system's CSV export, pasted or opened: one result per row. Headers are matched by name in English or
// French (test/analyte, value/result, unit, drawn/date + time, low/high or a "range" column like "7-56").
// Comma or semicolon separated (French exports use semicolons), quoted fields allowed. Every row is checked
// like a typed result; the preview shows each row's problems and nothing is written while any row has one.
// Problems are reasons with their parameters, worded by the screen in the reader's language.

export interface CsvRow {
  line: number;
  input: LabResultInput;
  result: CheckedLabResult | null;
  problems: LabProblem[];
}

/** The columns a file must name in its first line. */
export const CSV_NEEDED_COLUMNS = ['analyte', 'value', 'unit', 'date'] as const;
export type CsvNeededColumn = (typeof CSV_NEEDED_COLUMNS)[number];

/** A problem with the file itself: columns its first line does not name, or no row of results. */
export type CsvFileProblem = { code: 'columnsMissing'; columns: CsvNeededColumn[] } | { code: 'noRows' };

export interface CsvPreview {
  rows: CsvRow[];
  fileProblems: CsvFileProblem[];
  isClean: boolean;
}

const COLUMNS: Record<string, readonly string[]> = {
  analyte: ['test', 'analyte', 'analyse', 'name', 'examen'],
  value: ['value', 'result', 'valeur', 'résultat', 'resultat'],
  unit: ['unit', 'units', 'unité', 'unite'],
  date: ['drawn', 'drawn at', 'date', 'collected', 'prélevé', 'preleve', 'date prélèvement'],
  time: ['time', 'heure'],
  refLow: ['low', 'ref low', 'reference low', 'min', 'borne basse'],
  refHigh: ['high', 'ref high', 'reference high', 'max', 'borne haute'],
  range: ['range', 'reference range', 'reference', 'normes', 'valeurs de référence'],
};

/** Splits CSV text into rows of fields (RFC 4180 quoting). */
export function splitCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

function columnIndex(header: string[], names: readonly string[]): number {
  return header.findIndex((h) => names.includes(h.trim().toLowerCase()));
}

function splitRange(text: string | undefined): [string | undefined, string | undefined] {
  if (!text) return [undefined, undefined];
  const m = /^\s*([\d.,]+)\s*[-–]\s*([\d.,]+)\s*$/.exec(text);
  return m ? [m[1], m[2]] : [undefined, undefined];
}

function drawnAtOf(date: string, time: string | undefined): string {
  const d = date.trim();
  if (time !== undefined && time.trim() !== '') return `${d} ${time.trim()}`;
  return d;
}

export function previewCsv(text: string, locale: DecimalLocale, today: string): CsvPreview {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const [header, ...body] = splitCsv(text, delimiter);
  const at = (name: keyof typeof COLUMNS) => (header ? columnIndex(header, COLUMNS[name]!) : -1);
  const index = {
    analyte: at('analyte'),
    value: at('value'),
    unit: at('unit'),
    date: at('date'),
    time: at('time'),
    refLow: at('refLow'),
    refHigh: at('refHigh'),
    range: at('range'),
  };
  // Without a first line every column is missing.
  const missing = CSV_NEEDED_COLUMNS.filter((k) => index[k] < 0);
  if (missing.length > 0)
    return { rows: [], fileProblems: [{ code: 'columnsMissing', columns: missing }], isClean: false };
  const rows = body.map((fields, i) => {
    const cell = (k: number) => (k >= 0 ? (fields[k] ?? '') : undefined);
    const [rangeLow, rangeHigh] = splitRange(cell(index.range));
    const input: LabResultInput = {
      analyte: cell(index.analyte) ?? '',
      drawnAt: drawnAtOf(cell(index.date) ?? '', cell(index.time)),
      value: cell(index.value) ?? '',
      unit: cell(index.unit) ?? '',
      refLow: cell(index.refLow) || rangeLow,
      refHigh: cell(index.refHigh) || rangeHigh,
    };
    const checked = checkLabResult(input, locale, today);
    return {
      line: i + 2,
      input,
      result: checked.ok ? checked.result : null,
      problems: checked.ok ? [] : checked.problems,
    };
  });
  const fileProblems: CsvFileProblem[] = rows.length === 0 ? [{ code: 'noRows' }] : [];
  return { rows, fileProblems, isClean: fileProblems.length === 0 && rows.every((r) => r.problems.length === 0) };
}
