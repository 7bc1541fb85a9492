import { VISIT_KINDS, type ChartingKind } from '../../../../shared/charting/common';
import type { AdministrationDraft, DoubleCheckPayload } from '../../../../shared/charting/kinds-visit';
import type { ReactionPayload } from '../../../../shared/charting/kinds-reaction';
import { flagVitals, type VitalFlagThresholds, type Vitals } from '../../../../shared/charting/vitals';
import type { ChartPayload } from '../../../../shared/ipc/contract/chart';
import type { VisitDrug } from '../../../../shared/ipc/contract/charting';
import { AppError, conflict, forbidden, invalid } from '../../core/errors';
import type { ChartEntryRecord } from '../../repositories/chart';
import type { Executor } from '../audit';
import { payloadOf, signedCheckIn, visitEntries } from './queries';
import type { Visit } from './visit';

// The chairside's clinical rules, checked in main before the charting infrastructure writes anything:
// check-in first; the drug, dose and route come from the plan, never from the form; a drug starts only
// after a second nurse's independent double check of what is being started and after the drugs the regimen
// gives before it have stopped.

export async function requireCheckIn(
  ex: Executor,
  kind: ChartingKind,
  patientId: string,
  appointmentId: string | null,
) {
  if (!VISIT_KINDS.includes(kind)) return;
  if (appointmentId === null) throw invalid('appointmentId', 'This entry belongs to a visit: open it from the visit');
  if (!(await signedCheckIn(ex, patientId, appointmentId))) {
    throw new AppError('forbidden', 'Check the patient in with two identifiers first: nothing is given before.', [
      { path: 'appointmentId', message: 'Not checked in' },
    ]);
  }
}

export function drugOf(visit: Visit, drugId: unknown): VisitDrug {
  const drug = visit.drugs.find((d) => d.drugId === drugId);
  if (!drug) throw invalid('payload.drugId', 'This drug is not in the plan for this visit');
  return drug;
}

/** Drug, order, dose and route as planned: the form may not change what is given. */
export function withPlannedDrug(visit: Visit, payload: ChartPayload): ChartPayload {
  const drug = drugOf(visit, payload.drugId);
  const { drugId, drugName, order, doseMg, doseText, route } = drug;
  return { ...payload, drugId, drugName, order, doseMg, doseText, route };
}

export function withAssessmentFlags(payload: ChartPayload, thresholds: VitalFlagThresholds): ChartPayload {
  const vitals = (payload.vitals ?? {}) as Partial<Vitals>;
  // Only numbers reach flagVitals; a wrong value is refused by the schema afterwards, naming the field.
  const numbers = Object.fromEntries(Object.entries(vitals).filter(([, v]) => typeof v === 'number'));
  return { ...payload, flags: flagVitals(numbers, thresholds).map((f) => ({ ...f })) };
}

export function withRestartPercent(visit: Visit, payload: ChartPayload): ChartPayload {
  const drug = drugOf(visit, payload.drugId);
  const r = payload as Partial<ReactionPayload>;
  const rechallenge = r.rechallenge ? { ...r.rechallenge, percent: drug.restartPercent } : r.rechallenge;
  return { ...payload, drugName: drug.drugName, ...(rechallenge === undefined ? {} : { rechallenge }) };
}

/** One administration record per drug and visit: a second "new" one is a double submission. */
export async function refuseSecondAdministration(ex: Executor, visit: Visit, drugId: unknown) {
  const rows = await visitEntries(ex, visit.appointment.patientId, visit.appointment.id, 'administration');
  if (rows.some((r) => payloadOf<AdministrationDraft>(r).drugId === drugId)) {
    throw conflict('This drug already has an administration record for this visit: open it instead.');
  }
}

function matchesCheck(check: Partial<DoubleCheckPayload>, admin: Partial<AdministrationDraft>): boolean {
  return (
    check.drugId === admin.drugId &&
    check.route === admin.route &&
    check.doseText === admin.doseText &&
    check.rateMlPerHour === admin.rateMlPerHour
  );
}

async function signedChecksFor(ex: Executor, visit: Visit, administrationId: string): Promise<ChartEntryRecord[]> {
  const rows = await visitEntries(ex, visit.appointment.patientId, visit.appointment.id, 'double-check');
  return rows.filter(
    (r) => r.status === 'signed' && payloadOf<DoubleCheckPayload>(r).administrationEntryId === administrationId,
  );
}

/** Before a start: a signed double check of exactly this drug, dose, route and rate. */
export async function requireDoubleCheck(
  ex: Executor,
  visit: Visit,
  administrationId: string | undefined,
  admin: ChartPayload,
) {
  const checks = administrationId ? await signedChecksFor(ex, visit, administrationId) : [];
  if (checks.length === 0) {
    throw forbidden('A second nurse must independently double-check this drug before it is started.');
  }
  const draft = admin as Partial<AdministrationDraft>;
  if (!checks.some((c) => matchesCheck(payloadOf<DoubleCheckPayload>(c), draft))) {
    throw forbidden('The rate or dose differs from what the second nurse checked: double-check again before starting.');
  }
}

/** Combination days: a drug starts only when every drug the regimen gives before it has stopped. */
export async function requireEarlierStopped(ex: Executor, visit: Visit, drug: VisitDrug) {
  const rows = await visitEntries(ex, visit.appointment.patientId, visit.appointment.id, 'administration');
  for (const earlier of visit.drugs.filter((d) => d.order < drug.order)) {
    const record = rows.map((r) => payloadOf<AdministrationDraft>(r)).find((p) => p.drugId === earlier.drugId);
    if (!record?.stopTime) {
      throw conflict(
        `${earlier.drugName} is given first on this day (regimen order): stop it before starting ${drug.drugName}.`,
      );
    }
  }
}

/** The double check copies what it checks from the administration draft it belongs to. */
export async function withCheckedAdministration(
  ex: Executor,
  visit: Visit,
  payload: ChartPayload,
): Promise<ChartPayload> {
  const rows = await visitEntries(ex, visit.appointment.patientId, visit.appointment.id, 'administration');
  const admin = rows.find((r) => r.entry_id === payload.administrationEntryId);
  if (!admin) throw invalid('payload.administrationEntryId', 'Open the administration record of this drug first');
  const p = payloadOf<AdministrationDraft>(admin);
  const drug = drugOf(visit, p.drugId);
  const rate = p.rateMlPerHour ?? payload.rateMlPerHour ?? null;
  return {
    ...payload,
    drugId: drug.drugId,
    drugName: drug.drugName,
    doseText: drug.doseText,
    route: drug.route,
    rateMlPerHour: rate,
  };
}
