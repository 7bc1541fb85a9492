import {
  allMatch,
  compareReadings,
  EMPTY_BAG,
  type BagReadingDraft,
  type OrderedDrug,
} from '../../../../shared/charting/bag';
import { numeric, VISIT_KINDS, type ChartingKind } from '../../../../shared/charting/common';
import type { AdministrationDraft, DoubleCheckPayload } from '../../../../shared/charting/kinds-visit';
import { flagVitals, type VitalFlagThresholds, type Vitals } from '../../../../shared/charting/vitals';
import type { ChartPayload } from '../../../../shared/ipc/contract/chart';
import type { VisitDrug } from '../../../../shared/ipc/contract/charting-visit';
import { AppError, conflict, forbidden, invalid } from '../../core/errors';
import type { ChartEntryRecord } from '../../repositories/chart';
import type { Executor } from '../audit/audit';
import { releasedOrderFor, type OrderLine } from '../plans/orders';
import { payloadOf, signedCheckIn, visitEntries } from './queries';
import type { Visit } from './visit';

// The chairside's clinical rules, checked in main before the charting infrastructure writes anything:
// check-in first; the drug, dose and route come from the plan, never from the form; a drug starts only
// after a second nurse's independent double check found both readings of the bag matching the order (the
// start itself and its other rules are in infusion-actions.ts).

export async function requireCheckIn(
  ex: Executor,
  kind: ChartingKind,
  patientId: string,
  appointmentId: string | null,
) {
  if (!VISIT_KINDS.includes(kind)) return;
  if (appointmentId === null)
    throw invalid('appointmentId', 'entry-needs-visit', 'This entry belongs to a visit: open it from the visit');
  if (!(await signedCheckIn(ex, patientId, appointmentId))) {
    throw new AppError('forbidden', 'Check the patient in with two identifiers first: nothing is given before.', [
      { path: 'appointmentId', message: 'Not checked in', code: 'check-in-first' },
    ]);
  }
}

export function drugOf(visit: Visit, drugId: unknown): VisitDrug {
  const drug = visit.drugs.find((d) => d.drugId === drugId);
  if (!drug) throw invalid('payload.drugId', 'drug-not-in-visit', 'This drug is not in the plan for this visit');
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

/** One administration record per drug and visit: a second "new" one is a double submission. */
export async function refuseSecondAdministration(ex: Executor, visit: Visit, drugId: unknown) {
  const rows = await visitEntries(ex, visit.appointment.patientId, visit.appointment.id, 'administration');
  if (rows.some((r) => payloadOf<AdministrationDraft>(r).drugId === drugId)) {
    throw conflict(
      'administration-exists',
      'This drug already has an administration record for this visit: open it instead.',
    );
  }
}

/** The signed double checks of one administration record, newest first. */
async function signedChecksFor(ex: Executor, visit: Visit, administrationId: string): Promise<ChartEntryRecord[]> {
  const rows = await visitEntries(ex, visit.appointment.patientId, visit.appointment.id, 'double-check');
  return rows
    .filter((r) => r.status === 'signed' && payloadOf<DoubleCheckPayload>(r).administrationEntryId === administrationId)
    .sort((a, b) => (b.signed_at ?? '').localeCompare(a.signed_at ?? ''));
}

const sameReading = (a: BagReadingDraft | null | undefined, b: BagReadingDraft | null | undefined): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Before a start: the newest signed double check of this record found every field of both nurses' readings
 * matching the order, and the first nurse's reading has not changed since. Answers the checked rate.
 */
export async function requireMatchedCheck(ex: Executor, visit: Visit, admin: ChartEntryRecord): Promise<number> {
  const [latest] = await signedChecksFor(ex, visit, admin.entry_id);
  if (!latest)
    throw forbidden(
      'double-check-required',
      'A second nurse must independently double-check this drug before it is started.',
    );
  const check = payloadOf<DoubleCheckPayload>(latest);
  const differences = (check.checks ?? []).filter((c) => c.result !== 'match').map((c) => c.field);
  if (!allMatch(check.checks ?? []) || differences.length > 0) {
    throw forbidden(
      'double-check-difference',
      `The double check found a difference (${differences.join(', ')}): resolve it and double-check again before starting.`,
      { differences: differences.join(', ') },
    );
  }
  const bag = payloadOf<AdministrationDraft>(admin).bag;
  if (!sameReading(check.firstReading, bag)) {
    throw forbidden(
      'double-check-stale',
      'The administration record changed after the double check: double-check again before starting.',
    );
  }
  const rate = numeric(bag?.rateMlPerHour);
  if (rate === null)
    throw forbidden('rate-not-number', 'The rate on the administration record is not a number: correct it first.');
  return rate;
}

/** Without a released order, the readings can only be compared with the plan's drug, dose and route. */
export function orderedFromPlan(drug: VisitDrug): OrderedDrug {
  return { drugId: drug.drugId, doseMg: drug.doseMg, volumeMl: null, rateMlPerHour: null, route: drug.route };
}

/** The verified order's line for one drug: the rate as ordered, or worked out from volume and time (0.1 mL/h). */
export function orderedFromLine(line: OrderLine): OrderedDrug {
  const derived =
    line.volumeMl !== null && line.infusionMinutes
      ? Math.round((line.volumeMl * 600) / line.infusionMinutes) / 10
      : null;
  return {
    drugId: line.drugId,
    doseMg: line.doseMg,
    volumeMl: line.volumeMl,
    rateMlPerHour: line.rateMlPerHour ?? derived,
    route: line.route,
  };
}

/** Before a start: the dose is released (plan active, covered by a pharmacist-verified order). */
export async function requireReleased(ex: Executor, visit: Visit): Promise<void> {
  const release = await releasedOrderFor(ex, visit.plan.id, visit.appointment.doseNumber);
  if (release.status !== 'released')
    throw forbidden('order-not-released', `${release.message} Nothing is started before the order is verified.`);
}

/** The double check's comparison, worked out in main from both readings (never taken from the form). */
export async function withComparedReadings(
  ex: Executor,
  visit: Visit,
  payload: ChartPayload,
  today: string,
): Promise<ChartPayload> {
  const rows = await visitEntries(ex, visit.appointment.patientId, visit.appointment.id, 'administration');
  const admin = rows.find((r) => r.entry_id === payload.administrationEntryId);
  if (!admin)
    throw invalid(
      'payload.administrationEntryId',
      'administration-not-open',
      'Open the administration record of this drug first',
    );
  if (admin.status === 'signed')
    throw conflict(
      'administration-signed-no-check',
      'This drug’s administration record is signed: no double check now.',
    );
  const first = payloadOf<AdministrationDraft>(admin);
  const drug = drugOf(visit, first.drugId);
  const reading = (payload.reading ?? EMPTY_BAG) as BagReadingDraft;
  const firstReading = first.bag ?? EMPTY_BAG;
  // The verified order when the dose is released; otherwise the plan (and the start is refused anyway).
  const release = await releasedOrderFor(ex, visit.plan.id, visit.appointment.doseNumber);
  const line = release.status === 'released' ? release.order.lines.find((l) => l.drugId === drug.drugId) : undefined;
  const ordered = line ? orderedFromLine(line) : orderedFromPlan(drug);
  const checks = compareReadings(ordered, firstReading, reading, today);
  return { ...payload, reading, firstReading, checks, against: line ? 'verified-order' : 'plan' };
}
