import type { IraePayload } from '../../../../shared/charting/kinds-irae';
import type { LabResult } from '../../../../shared/ipc/contract/labs';
import type { DoseDrug, LabPoint } from '../../../../shared/ready/due-labs';
import type { OpenIrae, ReadyFacts } from '../../../../shared/ready/evaluate';
import type { CoreDeps } from '../../core/deps';
import type { ChartEntryRecord } from '../../repositories/chart';
import { currentLabsOf } from '../../repositories/labs';
import { consentsOf } from '../../repositories/readiness';
import type { Executor } from '../audit/audit';
import { payloadOf, patientEntries, visitEntries } from '../charting/queries';
import { clinicClock } from '../charting/visit-facts';
import type { Visit } from '../charting/visit';
import { clinicToday } from '../center/clinic-clock';

// Reads what Ready to treat is worked out from, for one visit: the dose's drugs, the patient's current labs
// and baselines, open immune-related side effects, the assessment's answers, consent and education.

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

export const labPointOf = (r: LabResult): LabPoint => ({
  analyte: r.analyte,
  drawnAt: r.drawnAt,
  valueText: r.valueText,
  valueNumber: r.valueNumber,
  unit: r.unit,
  firstUnitValue: r.firstUnitValue,
  comparator: r.comparator,
  firstUnitRefHigh: r.firstUnitRefHigh,
});

/** When the dose is given: now on the visit's day, the booked start before it. */
export function doseTime(deps: CoreDeps, date: string, start: number): string {
  return date === clinicToday(deps) ? `${date}T${clinicClock(deps)}` : `${date}T${hhmm(start)}`;
}

/** The earliest result of each analyte drawn on or before the plan's first day. */
export function baselinesOf(labs: readonly LabPoint[], startDate: string): Partial<Record<string, number>> {
  const out: Partial<Record<string, number>> = {};
  for (const lab of [...labs].sort((a, b) => a.drawnAt.localeCompare(b.drawnAt))) {
    if (lab.drawnAt.slice(0, 10) > startDate || lab.firstUnitValue === null) continue;
    out[lab.analyte] ??= lab.firstUnitValue;
  }
  return out;
}

export function doseDrugs(deps: CoreDeps, drugIds: readonly string[]): DoseDrug[] {
  return drugIds.map((drugId) => ({ drugId, isCheckpoint: deps.library.drugs.some((d) => d.id === drugId) }));
}

export function openIraesOf(deps: CoreDeps, rows: readonly ChartEntryRecord[]): OpenIrae[] {
  return rows
    .map((r) => payloadOf<IraePayload>(r))
    .filter((p) => !p.resolutionDate && p.term)
    .map((p) => ({
      term: p.term!,
      grade: p.grade ?? null,
      soc: deps.library.ctcaeTerms.find((t) => t.meddraCode === p.meddraCode)?.soc ?? null,
    }));
}

export interface AssessmentAnswers {
  ready?: { steroidMgPerDay?: number | null };
  vitals?: Record<string, unknown>;
  flags?: { field: string; direction: 'low' | 'high'; value: number }[];
}

function fromAssessment(rows: readonly ChartEntryRecord[]) {
  const row = rows.find((r) => r.status === 'signed') ?? rows[0];
  if (!row) return { steroidMgPerDay: undefined, vitalFlags: null };
  return answersOf(payloadOf<AssessmentAnswers>(row));
}

/** Line (d) and (g) answers from an assessment payload (stored, or the one being signed). */
export function answersOf(payload: AssessmentAnswers): Pick<ReadyFacts, 'steroidMgPerDay' | 'vitalFlags'> {
  const hasVitals = Object.values(payload.vitals ?? {}).some((v) => typeof v === 'number');
  return { steroidMgPerDay: payload.ready?.steroidMgPerDay, vitalFlags: hasVitals ? (payload.flags ?? []) : null };
}

export async function readyFactsOf(deps: CoreDeps, ex: Executor, visit: Visit): Promise<ReadyFacts> {
  const { appointment, plan } = visit;
  const labs = (await currentLabsOf(ex, [appointment.patientId])).map(labPointOf);
  const consents = await consentsOf(ex, [plan.id]);
  const consent = consents[consents.length - 1] ?? null;
  const education = (await patientEntries(ex, appointment.patientId, 'education')).filter((r) => r.status === 'signed');
  const assessment = await visitEntries(ex, appointment.patientId, appointment.id, 'assessment');
  return {
    drugs: doseDrugs(
      deps,
      visit.drugs.map((d) => d.drugId),
    ),
    doseNumber: appointment.doseNumber,
    at: doseTime(deps, appointment.date, appointment.start),
    labs,
    baselines: baselinesOf(labs, plan.startDate),
    openIraes: openIraesOf(deps, await patientEntries(ex, appointment.patientId, 'irae')),
    consent: consent && {
      date: consent.date,
      expiresOn: consent.expiresOn,
      type: consent.type,
      obtainedBy: consent.obtainedBy,
    },
    educationDates: education.map((r) => r.signed_at ?? r.created_at),
    ...fromAssessment(assessment),
  };
}
