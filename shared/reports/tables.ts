import { formatMinutes } from '../center/calendar';
import { clinicalTextIn } from '../clinical/french';
import type { ReportSection, ReportSummary } from '../ipc/contract/reports';
import { weekdayName, type ReportText } from './text';

// Each report section as one table: the screen shows it beside the plot, the PDF prints it and the CSV
// export writes it. `key` is the stable CSV column name; `label` the reader's words. A null cell is a figure
// Chairside does not record yet, shown as such, never as 0.

export type Cell = string | number | null;

/** A cell as read on screen and paper: numbers in the reader's locale, null as "not recorded yet". */
export function formatCell(value: Cell, w: ReportText): string {
  if (value === null) return w.t('notRecorded');
  if (typeof value === 'string') return value;
  return new Intl.NumberFormat(w.language, { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

export interface ReportTable {
  columns: { key: string; label: string }[];
  rows: Record<string, Cell>[];
}

const pct = (part: number | null, whole: number): number | null =>
  part === null || whole === 0 ? null : Math.round((part / whole) * 1000) / 10;

function utilisation(s: ReportSummary, w: ReportText): ReportTable {
  return {
    columns: [
      { key: 'weekday', label: w.t('utilisation.weekday') },
      { key: 'hour', label: w.t('utilisation.hour') },
      { key: 'open_chair_hours', label: w.t('utilisation.open') },
      { key: 'booked_chair_hours', label: w.t('utilisation.booked') },
      { key: 'occupied_chair_hours', label: w.t('utilisation.occupied') },
      { key: 'booked_percent', label: w.t('utilisation.bookedPct') },
      { key: 'occupied_percent', label: w.t('utilisation.occupiedPct') },
    ],
    rows: s.utilisation.cells.map((c) => ({
      weekday: weekdayName(w, c.weekday),
      hour: formatMinutes(c.hour * 60),
      open_chair_hours: c.openChairHours,
      booked_chair_hours: c.bookedChairHours,
      occupied_chair_hours: c.occupiedChairHours,
      booked_percent: pct(c.bookedChairHours, c.openChairHours),
      occupied_percent: pct(c.occupiedChairHours, c.openChairHours),
    })),
  };
}

function staffing(s: ReportSummary, w: ReportText): ReportTable {
  return {
    columns: [
      { key: 'hour', label: w.t('staffing.hour') },
      { key: 'mean_patients_per_nurse', label: w.t('staffing.mean') },
      { key: 'max_patients_per_nurse', label: w.t('staffing.max') },
      { key: 'limit', label: w.t('staffing.limit') },
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

function waiting(s: ReportSummary, w: ReportText): ReportTable {
  return {
    columns: [
      { key: 'minutes', label: w.t('waiting.minutes') },
      { key: 'visits', label: w.t('waiting.visits') },
    ],
    rows: s.waiting.buckets.map((b) => ({ minutes: bucketLabel(b), visits: b.visits })),
  };
}

function reactions(s: ReportSummary, w: ReportText): ReportTable {
  return {
    columns: [
      { key: 'drug', label: w.t('reactions.drug') },
      { key: 'dose_number', label: w.t('reactions.dose') },
      { key: 'first_dose', label: w.t('reactions.firstDose') },
      { key: 'ctcae_grade', label: w.t('reactions.grade') },
      { key: 'reactions', label: w.t('reactions.count') },
    ],
    rows: s.reactions.map((x) => ({
      drug: x.drugId,
      dose_number: x.doseNumber,
      first_dose: x.firstDose ? w.t('iraes.yes') : w.t('iraes.no'),
      ctcae_grade: x.grade ?? w.t('reactions.ungraded'),
      reactions: x.reactions,
    })),
  };
}

function iraes(s: ReportSummary, w: ReportText): ReportTable {
  return {
    columns: [
      { key: 'soc', label: w.t('iraes.soc') },
      { key: 'ctcae_term', label: w.t('iraes.term') },
      { key: 'meddra_code', label: 'MedDRA' },
      { key: 'ctcae_grade', label: w.t('iraes.grade') },
      { key: 'regimen', label: w.t('iraes.regimen') },
      { key: 'first_dose_only', label: w.t('iraes.firstDose') },
      { key: 'events', label: w.t('iraes.count') },
    ],
    rows: s.iraes.map((x) => ({
      soc: x.soc,
      ctcae_term: x.term,
      meddra_code: x.meddraCode,
      ctcae_grade: x.grade,
      // The plan's stored regimen name (the library's English, or a center's own name) in the reader's language.
      regimen: x.regimen === null ? null : clinicalTextIn(w.language, x.regimen),
      first_dose_only: x.firstDose ? w.t('iraes.yes') : w.t('iraes.no'),
      events: x.events,
    })),
  };
}

function carT(s: ReportSummary, w: ReportText): ReportTable {
  return {
    columns: [
      { key: 'mrn', label: w.t('carT.patient') },
      { key: 'infusion_date', label: w.t('carT.infusion') },
      { key: 'max_crs_grade', label: w.t('carT.crs') },
      { key: 'crs_onset_day', label: w.t('carT.crsDay') },
      { key: 'max_icans_grade', label: w.t('carT.icans') },
      { key: 'icans_onset_day', label: w.t('carT.icansDay') },
      { key: 'assessments', label: w.t('carT.assessments') },
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
export function educationGroups(s: ReportSummary, w: ReportText) {
  const e = s.education;
  return [
    { key: 'education_and_wallet_card', group: w.t('education.withCard'), count: e.withWalletCard },
    { key: 'education_no_wallet_card', group: w.t('education.withoutCard'), count: e.withEducation - e.withWalletCard },
    { key: 'no_education', group: w.t('education.without'), count: e.withoutEducation },
  ];
}

function education(s: ReportSummary, w: ReportText): ReportTable {
  return {
    columns: [
      { key: 'group', label: w.t('education.group') },
      { key: 'first_doses', label: w.t('education.count') },
    ],
    rows: educationGroups(s, w).map((g) => ({ group: g.group, first_doses: g.count })),
  };
}

export const SECTION_TABLES: Record<ReportSection, (s: ReportSummary, w: ReportText) => ReportTable> = {
  utilisation,
  staffing,
  waiting,
  reactions,
  iraes,
  'car-t': carT,
  education,
};
