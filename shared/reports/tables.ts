import { formatMinutes } from '../center/calendar';
import type { ReportSection, ReportSummary } from '../ipc/contract/reports';
import type { ReportWords } from './words';

// Each report section as one table: the screen shows it beside the plot, the PDF prints it and the CSV
// export writes it. `key` is the stable CSV column name; `label` the reader's words. A null cell is a figure
// Chairside does not record yet, shown as such, never as 0.

export type Cell = string | number | null;

/** A cell as read on screen and paper: numbers in the reader's locale, null as "not recorded yet". */
export function formatCell(value: Cell, w: ReportWords): string {
  if (value === null) return w.notRecorded;
  if (typeof value === 'string') return value;
  return new Intl.NumberFormat(w.intlLocale, { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

export interface ReportTable {
  columns: { key: string; label: string }[];
  rows: Record<string, Cell>[];
}

const pct = (part: number | null, whole: number): number | null =>
  part === null || whole === 0 ? null : Math.round((part / whole) * 1000) / 10;

function utilisation(s: ReportSummary, w: ReportWords): ReportTable {
  const u = w.utilisation;
  return {
    columns: [
      { key: 'weekday', label: u.weekday },
      { key: 'hour', label: u.hour },
      { key: 'open_chair_hours', label: u.open },
      { key: 'booked_chair_hours', label: u.booked },
      { key: 'occupied_chair_hours', label: u.occupied },
      { key: 'booked_percent', label: u.bookedPct },
      { key: 'occupied_percent', label: u.occupiedPct },
    ],
    rows: s.utilisation.cells.map((c) => ({
      weekday: w.weekdays[c.weekday]!,
      hour: formatMinutes(c.hour * 60),
      open_chair_hours: c.openChairHours,
      booked_chair_hours: c.bookedChairHours,
      occupied_chair_hours: c.occupiedChairHours,
      booked_percent: pct(c.bookedChairHours, c.openChairHours),
      occupied_percent: pct(c.occupiedChairHours, c.openChairHours),
    })),
  };
}

function staffing(s: ReportSummary, w: ReportWords): ReportTable {
  const t = w.staffing;
  return {
    columns: [
      { key: 'hour', label: t.hour },
      { key: 'mean_patients_per_nurse', label: t.mean },
      { key: 'max_patients_per_nurse', label: t.max },
      { key: 'limit', label: t.limit },
    ],
    rows: s.staffing.hours.map((h) => ({
      hour: formatMinutes(h.hour * 60),
      mean_patients_per_nurse: h.meanPatientsPerNurse,
      max_patients_per_nurse: h.maxPatientsPerNurse,
      limit: s.staffing.maxPatientsPerNurse,
    })),
  };
}

export function bucketLabel(b: { fromMinute: number; toMinute: number | null }): string {
  return b.toMinute === null ? `≥ ${b.fromMinute}` : `${b.fromMinute}–${b.toMinute}`;
}

function waiting(s: ReportSummary, w: ReportWords): ReportTable {
  return {
    columns: [
      { key: 'minutes', label: w.waiting.minutes },
      { key: 'visits', label: w.waiting.visits },
    ],
    rows: s.waiting.buckets.map((b) => ({ minutes: bucketLabel(b), visits: b.visits })),
  };
}

function reactions(s: ReportSummary, w: ReportWords): ReportTable {
  const r = w.reactions;
  return {
    columns: [
      { key: 'drug', label: r.drug },
      { key: 'dose_number', label: r.dose },
      { key: 'first_dose', label: r.firstDose },
      { key: 'ctcae_grade', label: r.grade },
      { key: 'reactions', label: r.count },
    ],
    rows: s.reactions.map((x) => ({
      drug: x.drugId,
      dose_number: x.doseNumber,
      first_dose: x.firstDose ? w.iraes.yes : w.iraes.no,
      ctcae_grade: x.grade ?? r.ungraded,
      reactions: x.reactions,
    })),
  };
}

function iraes(s: ReportSummary, w: ReportWords): ReportTable {
  const r = w.iraes;
  return {
    columns: [
      { key: 'soc', label: r.soc },
      { key: 'ctcae_term', label: r.term },
      { key: 'meddra_code', label: 'MedDRA' },
      { key: 'ctcae_grade', label: r.grade },
      { key: 'regimen', label: r.regimen },
      { key: 'first_dose_only', label: r.firstDose },
      { key: 'events', label: r.count },
    ],
    rows: s.iraes.map((x) => ({
      soc: x.soc,
      ctcae_term: x.term,
      meddra_code: x.meddraCode,
      ctcae_grade: x.grade,
      regimen: x.regimen,
      first_dose_only: x.firstDose ? r.yes : r.no,
      events: x.events,
    })),
  };
}

function carT(s: ReportSummary, w: ReportWords): ReportTable {
  const c = w.carT;
  return {
    columns: [
      { key: 'mrn', label: c.patient },
      { key: 'infusion_date', label: c.infusion },
      { key: 'max_crs_grade', label: c.crs },
      { key: 'crs_onset_day', label: c.crsDay },
      { key: 'max_icans_grade', label: c.icans },
      { key: 'icans_onset_day', label: c.icansDay },
      { key: 'assessments', label: c.assessments },
    ],
    rows: s.carT.map((x) => ({
      mrn: x.patientMrn,
      infusion_date: x.infusionDate,
      max_crs_grade: x.maxCrsGrade,
      crs_onset_day: x.crsOnsetDay,
      max_icans_grade: x.maxIcansGrade,
      icans_onset_day: x.icansOnsetDay,
      assessments: x.assessments,
    })),
  };
}

/** The education figure split three ways (they add up to the first doses). */
export function educationGroups(s: ReportSummary, w: ReportWords) {
  const e = s.education;
  return [
    { key: 'education_and_wallet_card', group: w.education.withCard, count: e.withWalletCard },
    { key: 'education_no_wallet_card', group: w.education.withoutCard, count: e.withEducation - e.withWalletCard },
    { key: 'no_education', group: w.education.without, count: e.withoutEducation },
  ];
}

function education(s: ReportSummary, w: ReportWords): ReportTable {
  return {
    columns: [
      { key: 'group', label: w.education.group },
      { key: 'first_doses', label: w.education.count },
    ],
    rows: educationGroups(s, w).map((g) => ({ group: g.group, first_doses: g.count })),
  };
}

export const SECTION_TABLES: Record<ReportSection, (s: ReportSummary, w: ReportWords) => ReportTable> = {
  utilisation,
  staffing,
  waiting,
  reactions,
  iraes,
  'car-t': carT,
  education,
};
