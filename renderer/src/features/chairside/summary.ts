import type { TFunction } from 'i18next';
import { formatDose } from '../../../../shared/clinical/format';
import type { ChartEntry } from '../../../../shared/ipc/contract/chart';
import { formatDecimal, type DecimalLocale } from '../../../../shared/numbers/decimal';
import { tDynamic } from '../../i18n';
import { formatDay } from '../../lib/dates';

// One line per entry for the history: what a nurse scanning the record needs, in the entry's own numbers, written
// the reader's way (37,9 °C and 27 nov. 2026 in French).

type P = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' && v !== '' ? v : '—');

function vitalsLine(v: P | undefined, t: TFunction, num: (v: unknown, unit?: string) => string): string {
  if (!v) return '';
  return t('chairside.history.vitals', {
    temperature: num(v.temperatureC, ' °C'),
    heartRate: num(v.heartRate),
    bp: `${num(v.bpSystolic)}/${num(v.bpDiastolic)}`,
    respiratoryRate: num(v.respiratoryRate),
    spo2: num(v.spo2, ' %'),
    pain: num(v.pain, '/10'),
  });
}

function medsLine(meds: unknown, lang: DecimalLocale): string {
  if (!Array.isArray(meds)) return '';
  return (meds as P[])
    .map(
      (m) =>
        `${String(m.name)} ${formatDose(Number(m.dose), String(m.unit), lang)} ${String(m.route)} ${String(m.time)}`,
    )
    .join(', ');
}

export function summarize(entry: ChartEntry, t: TFunction, lang: DecimalLocale): string {
  const p = entry.payload as P;
  const num = (v: unknown, unit = ''): string => (typeof v === 'number' ? `${formatDecimal(v, lang)}${unit}` : '—');
  const day = (v: unknown): string => (typeof v === 'string' && v !== '' ? formatDay(v, lang) : '—');
  // The signed entry's own mg, written the reader's way; its recorded words when it has no mg amount.
  const dose = (e: P) => (typeof e.doseMg === 'number' ? formatDose(e.doseMg, 'mg', lang) : String(e.doseText));
  const grade = (g: unknown) => (typeof g === 'number' ? t('chairside.grade.grade', { grade: g }) : '—');
  switch (entry.kind) {
    case 'check-in':
      return (p.identifiers as string[]).map((i) => tDynamic(`chairside.checkIn.id.${i}`, i)).join(' + ');
    case 'assessment':
      return vitalsLine(p.vitals as P | undefined, t, num);
    case 'double-check':
      return `${String(p.drugName)} ${dose(p)} · ${num(p.rateMlPerHour, ' mL/h')} · ${String(p.route)}`;
    case 'administration':
      return `${String(p.drugName)} ${dose(p)} · ${str(p.startTime)}–${str(p.stopTime)} · ${num(p.rateMlPerHour, ' mL/h')} · ${num(p.volumeMl, ' mL')}`;
    case 'reaction':
      return `${String(p.drugName)} · ${str(p.onsetTime)} · CTCAE ${grade(p.grade)} · ${medsLine(p.medications, lang)}`;
    case 'irae':
      return `${String(p.term)} · CTCAE v${String(p.ctcaeVersion)} ${grade(p.grade)} · ${day(p.onsetDate)}`;
    case 'car-t-toxicity': {
      const crs = p.crs as P | null;
      const icans = p.icans as P | null;
      return `${day(p.date)} · ${num(p.temperatureC, ' °C')} · CRS ${grade(crs?.grade)} · ICANS ${grade(icans?.grade)} (${String(p.gradingSystem)})`;
    }
    default:
      return '';
  }
}
