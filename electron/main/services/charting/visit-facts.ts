import { numeric } from '../../../../shared/charting/common';
import { summarizeInfusion, type InfusionEvent, type InfusionSummary } from '../../../../shared/charting/infusion';
import type { AdministrationDraft } from '../../../../shared/charting/kinds-visit';
import { APPOINTMENT_STATUS_OF, visitPhase, type PhaseReading } from '../../../../shared/charting/visit-phase';
import { minuteInZone } from '../../../../shared/schedule/timezone';
import type { CoreDeps } from '../../core/deps';
import { conflict } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import type { UnitOfWork } from '../../core/unit-of-work';
import { updateAppointment } from '../../repositories/appointments';
import { readLimits } from '../../repositories/center';
import { listOverrides } from '../../repositories/library-overrides';
import { CENTER_POLICY_PREFIX } from '../../../../shared/library/targets';
import type { ChartEntryRecord } from '../../repositories/chart';
import { findVisitState, infusionEventsOf, saveVisitState, visitEventsOf } from '../../repositories/visit';
import { recordChange } from '../schedule/appointment-log';
import type { Executor } from '../audit/audit';
import { clinicTimeZone, clinicToday } from '../center/clinic-clock';
import { payloadOf, visitEntries } from './queries';
import type { Visit } from './visit';

// What is charted for one visit, read in one place: the infusion events of each drug and their summary,
// the nurse's visit decisions, the current chart entries, and the phase they add up to. Every write that can
// change the phase calls syncPhase in its own transaction, so the stored phase and the appointment's status
// always say what the chart says.

export type VisitInfusionEvent = InfusionEvent & { administrationEntryId: string };

export interface VisitFacts {
  events: VisitInfusionEvent[];
  infusions: Map<string, InfusionSummary>;
  entries: ChartEntryRecord[];
  held: boolean;
  discharged: boolean;
  phase: PhaseReading;
}

const pad = (n: number) => String(n).padStart(2, '0');
const FIRST_DOSE_OBSERVATION = `${CENTER_POLICY_PREFIX}firstDoseObservationMinutes`;

/** The clinic's wall-clock time now, HH:MM, in the center's time zone. */
export function clinicClock(deps: Pick<CoreDeps, 'now'>): string {
  const minute = minuteInZone(deps.now(), clinicTimeZone());
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** An instant as the clinic's wall-clock time, HH:MM. */
export function clinicClockOf(iso: string): string {
  const minute = minuteInZone(new Date(iso), clinicTimeZone());
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** Infusions, reactions and discharges are charted on the visit's own day, never ahead of it or after it. */
export function requireVisitToday(deps: Pick<CoreDeps, 'now'>, visit: Visit): void {
  if (visit.appointment.date !== clinicToday(deps)) {
    throw conflict('visit-not-today', 'This visit is not today: infusion times are charted on the day of the visit.');
  }
}

export function currentAdministration(entries: readonly ChartEntryRecord[], drugId: string) {
  return entries.find((e) => e.kind === 'administration' && payloadOf<AdministrationDraft>(e).drugId === drugId);
}

/**
 * The observation the visit was booked with (chair-time.ts): after a first dose, the center's per-drug value
 * when one of the visit's drugs has one (the longest), else the center-wide minutes.
 */
async function observationMinutes(ex: Executor, visit: Visit): Promise<number> {
  const limits = await readLimits(ex);
  const firstDose = visit.appointment.flags.includes('first-dose');
  if (!firstDose) return limits.postInfusionObservationMinutes;
  const drugIds = new Set(visit.dose.items.map((i) => i.drugId));
  const perDrug = (await listOverrides(ex))
    .filter((o) => o.recordKind === 'drug' && drugIds.has(o.recordId) && o.fieldPath === FIRST_DOSE_OBSERVATION)
    .map((o) => o.value);
  if (perDrug.length > 0) return Math.max(...perDrug);
  return limits.postInfusionObservationMinutes + limits.firstDoseExtraObservationMinutes;
}

export async function readFacts(ex: Executor, visit: Visit): Promise<VisitFacts> {
  const { id: appointmentId, patientId } = visit.appointment;
  const events = await infusionEventsOf(ex, appointmentId);
  const entries = await visitEntries(ex, patientId, appointmentId);
  const visitEvents = await visitEventsOf(ex, appointmentId);
  const infusions = new Map<string, InfusionSummary>();
  for (const drug of visit.drugs) {
    const admin = currentAdministration(entries, drug.drugId);
    const volume = admin ? numeric(payloadOf<AdministrationDraft>(admin).bag?.volumeMl) : null;
    const own = events.filter((e) => e.drugId === drug.drugId);
    infusions.set(drug.drugId, summarizeInfusion(own, { volumeMl: volume, plannedMinutes: drug.infusionMinutes }));
  }
  const signed = (kind: string) => entries.some((e) => e.kind === kind && e.status === 'signed');
  const held = visitEvents.some((e) => e.action === 'hold');
  const discharged = visitEvents.some((e) => e.action === 'discharge');
  const phase = visitPhase({
    checkedIn: signed('check-in'),
    assessmentSigned: signed('assessment'),
    infusions: visit.drugs.map((d) => infusions.get(d.drugId)!),
    held,
    discharged,
    observationMinutes: await observationMinutes(ex, visit),
  });
  return { events, infusions, entries, held, discharged, phase };
}

/**
 * Stores the phase the facts add up to and moves the appointment's status with it (recorded in the
 * appointment's history and the audit trail). A held visit's status is set by the hold itself.
 */
export async function syncPhase(
  ex: Executor,
  visit: Visit,
  unit: UnitOfWork,
  ctx: RequestContext,
): Promise<PhaseReading> {
  const { at } = unit;
  const { phase } = await readFacts(ex, visit);
  const stored = await findVisitState(ex, visit.appointment.id);
  if (!stored || stored.phase !== phase.phase || stored.observation_ends !== phase.observationEnds) {
    await saveVisitState(ex, visit.appointment.id, phase, at);
  }
  const status = APPOINTMENT_STATUS_OF[phase.phase];
  const from = visit.appointment.status;
  if (phase.phase !== 'scheduled' && phase.phase !== 'held' && from !== status) {
    await updateAppointment(ex, visit.appointment.id, { status }, at, ctx.userId);
    await recordChange(ex, {
      appointment: visit.appointment,
      action: 'status',
      detail: { from, to: status, phase: phase.phase },
      unit,
      ctx,
    });
    visit.appointment = { ...visit.appointment, status };
  }
  return phase;
}
