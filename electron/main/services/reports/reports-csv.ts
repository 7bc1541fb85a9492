import Papa from 'papaparse';
import { formatMinutes } from '../../../../shared/center/calendar';
import type { ExportDataset, ReportRange } from '../../../../shared/ipc/contract/reports';
import type { AnalyteId } from '../../../../shared/labs/analytes';
import { addDays } from '../../../../shared/scheduling/chooseDay';
import { zonedMinuteToUtc } from '../../../../shared/schedule/timezone';
import type { CoreDeps } from '../../core/deps';
import * as repo from '../../repositories/report-exports';
import { DATASET_COLUMNS } from './reports-csv-columns';
import { clinicTimeZone } from '../center/clinic-clock';
import { readLabLoincCodes } from '../center/lab-codes';

// CSV for spreadsheets and other systems: RFC 4180 (comma, CRLF, quotes doubled) written by Papa Parse,
// UTF-8 with a byte-order mark (so Excel reads "Hélène" right), a header row of stable snake_case names,
// ISO 8601 dates and times (clinic dates YYYY-MM-DD, wall-clock times HH:MM, instants in UTC with Z).

export type CsvRow = Record<string, string | number | boolean | null>;

export const BOM = '\uFEFF';

/** Rows as CSV text with the given columns in order; nulls are empty fields. */
export function toCsv(columns: readonly string[], rows: readonly CsvRow[]): string {
  const data = rows.map((r) => columns.map((c) => r[c] ?? ''));
  return BOM + Papa.unparse({ fields: [...columns], data }, { newline: '\r\n', quotes: false, header: true });
}

function parse(payload: string): Record<string, unknown> {
  try {
    return JSON.parse(payload) as Record<string, unknown>;
  } catch {
    return {};
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

async function appointments(deps: CoreDeps, range: ReportRange): Promise<CsvRow[]> {
  const rows = await repo.appointmentRecords(deps.store.db, range.from, range.to);
  return rows.map((r) => ({
    appointment_id: r.id,
    mrn: r.mrn,
    date: r.date,
    start: formatMinutes(r.start_minute),
    end: formatMinutes(r.end_minute),
    status: r.status,
    chair: r.chair,
    nurse: r.nurse,
    regimen: r.regimen_name,
    cycle: r.cycle,
    dose_number: r.dose_number,
    first_dose: r.is_first_dose === 1,
  }));
}

/** The independent second nurse of each administration's double check (the `double-check` entry's verifier). */
async function doubleCheckers(deps: CoreDeps, range: ReportRange): Promise<Map<string, string | null>> {
  const checks = await repo.visitEntryRecords(deps.store.db, 'double-check', range.from, range.to);
  return new Map(checks.map((c) => [str(parse(c.payload).administrationEntryId) ?? '', c.verified_by]));
}

async function administrations(deps: CoreDeps, range: ReportRange): Promise<CsvRow[]> {
  const rows = await repo.visitEntryRecords(deps.store.db, 'administration', range.from, range.to);
  const checkedBy = await doubleCheckers(deps, range);
  return rows.map((r) => {
    const p = parse(r.payload);
    const bag = (p.bag ?? {}) as Record<string, unknown>;
    const infusion = (p.infusion ?? {}) as Record<string, unknown>;
    return {
      entry_id: r.entry_id,
      appointment_id: r.appointment_id,
      mrn: r.mrn,
      date: r.date,
      dose_number: r.dose_number,
      drug_id: str(p.drugId),
      dose_mg: num(p.doseMg),
      route: str(p.route),
      volume_ml: num(bag.volumeMl),
      lot: str(bag.lot),
      expiry: str(bag.expiry),
      start: str(infusion.startTime),
      stop: str(infusion.stopTime),
      complete: typeof infusion.complete === 'boolean' ? infusion.complete : null,
      signed_at: r.signed_at,
      signed_by: r.signed_by,
      double_checked_by: checkedBy.get(r.entry_id) ?? null,
    };
  });
}

async function reactions(deps: CoreDeps, range: ReportRange): Promise<CsvRow[]> {
  const rows = await repo.visitEntryRecords(deps.store.db, 'reaction', range.from, range.to);
  return rows.map((r) => {
    const p = parse(r.payload);
    return {
      entry_id: r.entry_id,
      appointment_id: r.appointment_id,
      mrn: r.mrn,
      date: r.date,
      dose_number: r.dose_number,
      drug_id: str(p.drugId),
      onset: str(p.onsetTime),
      ctcae_term: 'Infusion related reaction',
      meddra_code: str(p.meddraCode),
      ctcae_version: str(p.ctcaeVersion),
      grade: num(p.grade),
      outcome: str(p.outcome),
      signed_at: r.signed_at,
      signed_by: r.signed_by,
    };
  });
}

/** [from, to] in clinic days as UTC instants [start of from, start of the day after to). */
function utcBounds(range: ReportRange): [string, string] {
  const zone = clinicTimeZone();
  return [
    zonedMinuteToUtc(range.from, 0, zone).toISOString(),
    zonedMinuteToUtc(addDays(range.to, 1), 0, zone).toISOString(),
  ];
}

async function iraes(deps: CoreDeps, range: ReportRange): Promise<CsvRow[]> {
  // Dated by onset like the report; an onset is never after its signature, so the read starts at `from`.
  const [fromUtc] = utcBounds(range);
  const rows = await repo.signedEntryRecords(deps.store.db, 'irae', fromUtc, '9999-12-31T00:00:00.000Z');
  const socOf = new Map(deps.library.ctcaeTerms.map((t) => [t.meddraCode, t.soc]));
  return rows.flatMap((r) => {
    const p = parse(r.payload);
    const onset = str(p.onsetDate);
    if (onset === null || onset < range.from || onset > range.to) return [];
    const code = str(p.meddraCode);
    return [
      {
        entry_id: r.entry_id,
        mrn: r.mrn,
        meddra_code: code,
        ctcae_term: str(p.term),
        soc: code ? (socOf.get(code) ?? null) : null,
        ctcae_version: str(p.ctcaeVersion),
        grade: num(p.grade),
        onset_date: onset,
        resolution_date: str(p.resolutionDate),
        attribution: str(p.attribution),
        actions: Array.isArray(p.actions) ? p.actions.join(';') : null,
        plan_id: str(p.planId),
        signed_at: r.signed_at,
        signed_by: r.signed_by,
      },
    ];
  });
}

/**
 * Lab results by the day drawn, as typed (the value's own text, its comparator and unit), with the center's LOINC
 * code for the test when it set one (empty otherwise: only the center's laboratory knows which code it reports).
 */
async function labs(deps: CoreDeps, range: ReportRange): Promise<CsvRow[]> {
  const rows = await repo.labRecords(deps.store.db, range.from, addDays(range.to, 1));
  const loinc = await readLabLoincCodes(deps.store.db);
  return rows.map((r) => {
    const [date, time] = r.drawn_at.split('T');
    return {
      result_id: r.id,
      mrn: r.mrn,
      analyte: r.analyte,
      loinc: loinc[r.analyte as AnalyteId] ?? null,
      drawn_date: date ?? null,
      drawn_time: time ?? null,
      comparator: r.comparator,
      value: r.value_text,
      unit: r.unit,
      ref_low: r.ref_low,
      ref_high: r.ref_high,
      entry_method: r.entry_method,
      entered_at: r.entered_at,
      entered_by: r.entered_by,
    };
  });
}

async function education(deps: CoreDeps, range: ReportRange): Promise<CsvRow[]> {
  const [fromUtc, toUtc] = utcBounds(range);
  const rows = await repo.signedEntryRecords(deps.store.db, 'education', fromUtc, toUtc);
  return rows.map((r) => {
    const p = parse(r.payload);
    return {
      entry_id: r.entry_id,
      mrn: r.mrn,
      given_at: r.signed_at,
      delivery: str(p.delivery),
      sheets: Array.isArray(p.sheets) ? p.sheets.join(';') : null,
      language: str(p.language),
      wallet_card: typeof p.walletCard === 'boolean' ? p.walletCard : null,
      sheet_version: str(p.sheetVersion),
      given_by: r.signed_by,
    };
  });
}

const DATASETS: Record<ExportDataset, (deps: CoreDeps, range: ReportRange) => Promise<CsvRow[]>> = {
  appointments,
  administrations,
  reactions,
  iraes,
  labs,
  education,
};

export async function datasetCsv(deps: CoreDeps, dataset: ExportDataset, range: ReportRange) {
  const rows = await DATASETS[dataset](deps, range);
  return { text: toCsv(DATASET_COLUMNS[dataset], rows), rows: rows.length };
}
