import { unverifiedUnder, type CarTProduct, type Drug } from '../../../../shared/clinical';
import { DEFAULT_RESTART_RATE_PERCENT, IRR_CLASS_RULE } from '../../../../shared/charting/guidance';
import { CENTER_POLICY_PREFIX } from '../../../../shared/library/targets';
import type { VisitContext, VisitDrug } from '../../../../shared/ipc/contract/charting-visit';
import type { PlanDose, PlanItem, TreatmentPlan } from '../../../../shared/ipc/contract/plans';
import type { Appointment } from '../../../../shared/ipc/contract/schedule';
import type { CoreDeps } from '../../core/deps';
import { notFound } from '../../core/errors';
import { findAppointment } from '../../repositories/appointments';
import { listPlaceNames } from '../../repositories/injection-places';
import { toChartEntry } from '../../repositories/chart';
import type { Executor } from '../audit/audit';
import { effectiveLibrary, type EffectiveLibrary } from '../library/effective-library';
import { drugLabel } from '../plans/plan-builder';
import { releasedOrderFor } from '../plans/orders';
import { createPlansService } from '../plans/plans';
import { visitEventsOf } from '../../repositories/visit';
import { clinicClock, readFacts } from './visit-facts';
import { readThresholds } from './thresholds';
import { visitWeightCheck } from './weight';

// What the chairside screen needs for one visit: the appointment, its plan and dose, each drug with the
// library's administration facts (order on the day, expected time, filter wording and UNVERIFIED marks,
// the infusion-reaction rule, the center's restart percentage), the check-in and the visit's entries.

export interface Visit {
  appointment: Appointment;
  plan: TreatmentPlan;
  dose: PlanDose;
  drugs: VisitDrug[];
}

const RESTART_PATH = `${CENTER_POLICY_PREFIX}restartRatePercent`;

function restartPercent(library: EffectiveLibrary, drugId: string): { value: number; isCenter: boolean } {
  const override = library.overrides.find(
    (o) => o.isApplied && o.recordKind === 'drug' && o.recordId === drugId && o.fieldPath === RESTART_PATH,
  );
  return override
    ? { value: override.centerValue, isCenter: true }
    : { value: DEFAULT_RESTART_RATE_PERCENT, isCenter: false };
}

/** The administration order of a drug on this dose, from the regimen data; the plan's item order otherwise. */
function orderOf(
  library: EffectiveLibrary,
  plan: TreatmentPlan,
  dose: PlanDose,
  drugId: string,
  index: number,
): number {
  const regimen = library.regimens.find((r) => r.id === plan.regimenId);
  const phase = regimen?.phases.find((p) => p.id === dose.phaseId);
  return phase?.items.find((i) => i.drugId === drugId)?.order ?? index + 1;
}

function filterOf(drug: Drug | undefined, product: CarTProduct | undefined) {
  if (drug) return { filterText: drug.inLineFilter, filterUnverified: unverifiedUnder(drug, 'inLineFilter') };
  const line = product?.administration.find((text) => /filter/i.test(text));
  return { filterText: line ?? null, filterUnverified: product ? unverifiedUnder(product, 'administration') : [] };
}

function visitDrug(
  library: EffectiveLibrary,
  plan: TreatmentPlan,
  dose: PlanDose,
  item: PlanItem,
  index: number,
): VisitDrug {
  const drug = library.drugs.find((d) => d.id === item.drugId);
  const product = library.carTProducts.find((p) => p.id === item.drugId);
  const restart = restartPercent(library, item.drugId);
  return {
    ...administrationFacts(library, plan, dose, drug ?? product),
    drugId: item.drugId,
    drugName: item.drugName,
    order: orderOf(library, plan, dose, item.drugId, index),
    doseMg: item.doseMg,
    doseText: item.doseText,
    route: drug?.route ?? 'IV',
    infusionMinutes: item.infusionMinutes,
    infusionText: drug?.infusionMinutes.text ?? null,
    infusionUnverified: drug ? unverifiedUnder(drug, 'infusionMinutes') : [],
    ...filterOf(drug, product),
    reactionRule: drug?.infusionReactionRule ?? IRR_CLASS_RULE.text.en,
    reactionRuleSource: drug?.infusionReactionRule ? `${drug.brandName} label (library)` : IRR_CLASS_RULE.source,
    restartPercent: restart.value,
    restartIsCenterValue: restart.isCenter,
  };
}

/** Preparation, sequence, labs before each dose and sources, for the administration card. */
function administrationFacts(
  library: EffectiveLibrary,
  plan: TreatmentPlan,
  dose: PlanDose,
  record: Drug | CarTProduct | undefined,
): Pick<VisitDrug, 'preparation' | 'sequence' | 'labsBeforeEachDose' | 'labsUnverified' | 'sources'> {
  const isDrug = record !== undefined && 'preparation' in record;
  return {
    preparation: isDrug ? { ...record.preparation, unverified: unverifiedUnder(record, 'preparation') } : null,
    sequence: sequenceOf(library, plan, dose),
    labsBeforeEachDose: isDrug ? record.labsBeforeEachDose : [],
    labsUnverified: isDrug ? unverifiedUnder(record, 'labsBeforeEachDose') : [],
    sources: (record?.sources ?? []).map((s) =>
      s.kind === 'center'
        ? { title: s.title, url: null, revised: null, checked: null }
        : { title: s.title, url: s.url, revised: s.revised, checked: s.checked },
    ),
  };
}

/** Several drugs on one visit: their order and the regimen's own sentence about it ("Nivolumab first, …"). */
function sequenceOf(library: EffectiveLibrary, plan: TreatmentPlan, dose: PlanDose): VisitDrug['sequence'] {
  if (dose.items.length < 2) return null;
  const regimen = library.regimens.find((r) => r.id === plan.regimenId);
  const phase = regimen?.phases.find((p) => p.id === dose.phaseId);
  const order = (drugId: string, i: number) => phase?.items.find((x) => x.drugId === drugId)?.order ?? i + 1;
  const names = dose.items
    .map((item, i) => ({ name: item.drugName, order: order(item.drugId, i) }))
    .sort((a, b) => a.order - b.order)
    .map((x) => x.name);
  const note = regimen?.notes.find((n) => /\bfirst\b/i.test(n)) ?? null;
  return { drugNames: names, note };
}

/** The visit behind an appointment, with its drugs in the day's order. */
export async function loadVisit(deps: CoreDeps, appointmentId: string, ex: Executor = deps.store.db): Promise<Visit> {
  const found = await findAppointment(ex, appointmentId);
  if (!found) throw notFound('appointment-not-found', 'The appointment');
  const plan = await createPlansService(deps).get(found.appointment.planId, ex);
  const dose = plan.doses.find((d) => d.doseNumber === found.appointment.doseNumber);
  if (!dose) throw notFound('dose-not-found', 'The planned dose');
  const library = await effectiveLibrary(deps, ex);
  const drugs = dose.items.map((item, i) => visitDrug(library, plan, dose, item, i)).sort((a, b) => a.order - b.order);
  return { appointment: found.appointment, plan, dose, drugs };
}

export async function visitContext(deps: CoreDeps, appointmentId: string): Promise<VisitContext> {
  const db = deps.store.db;
  const visit = await loadVisit(deps, appointmentId);
  const { appointment: a, plan, dose, drugs } = visit;
  const weightCheck = await visitWeightCheck(deps, db, await effectiveLibrary(deps, db), plan);
  const chairs = await listPlaceNames(db);
  const facts = await readFacts(db, visit);
  const entries = facts.entries.map(toChartEntry);
  const { thresholds, isDefault } = await readThresholds(db);
  const visitEvents = await visitEventsOf(db, a.id);
  const released = await releasedOrderFor(db, plan.id, a.doseNumber);
  const release =
    released.status === 'released'
      ? {
          status: released.status,
          message: null,
          prescriberName: released.order.prescriberName,
          verifiedBy: released.order.verifiedBy,
        }
      : { status: released.status, message: released.message, prescriberName: null, verifiedBy: null };
  const library = await effectiveLibrary(deps, db);
  const drugChoices = [...library.drugs, ...library.carTProducts]
    .map((d) => ({ id: d.id, name: drugLabel(d) }))
    .sort((x, y) => x.name.localeCompare(y.name));
  return {
    appointment: {
      id: a.id,
      date: a.date,
      start: a.start,
      end: a.end,
      status: a.status,
      flags: a.flags,
      chairName: chairs.find((c) => c.id === a.chairId)?.name ?? a.chairId,
      cycle: dose.cycle,
      doseNumber: dose.doseNumber,
    },
    patientId: a.patientId,
    plan: {
      id: plan.id,
      kind: plan.kind,
      regimenName: plan.regimenName,
      status: plan.status,
      statusReason: plan.statusReason,
      day0: plan.carT?.day0 ?? null,
    },
    drugs,
    premedication: dose.premedication,
    checkIn: entries.find((e) => e.kind === 'check-in' && e.status === 'signed') ?? null,
    entries,
    phase: facts.phase.phase,
    observationEnds: facts.phase.observationEnds,
    release,
    clinicNow: clinicClock(deps),
    drugChoices,
    infusions: drugs.map((d) => ({
      drugId: d.drugId,
      summary: facts.infusions.get(d.drugId)!,
      events: facts.events.filter((e) => e.drugId === d.drugId).map(({ administrationEntryId: _a, ...e }) => e),
    })),
    visitEvents: visitEvents.map((e) => ({
      action: e.action as 'hold' | 'discharge',
      time: e.clock_time,
      reason: e.reason,
      userId: e.user_id,
    })),
    thresholds,
    thresholdsAreDefault: isDefault,
    weightCheck,
  };
}
