import { z } from 'zod';
import type { PlanDose, TreatmentPlan } from '../../../shared/ipc/contract/plans';
import type { Appointment } from '../../../shared/ipc/contract/schedule';
import { carTDates, planEnd, planItem } from '../../../shared/ipc/contract/plans';
import type { Executor } from '../services/audit/audit';
import type { PlanDoseRow, TreatmentPlanRow } from '../store/schema-schedule';
import type { StatedReason } from '../../../shared/reasons/app-reasons';
import { heldForPlan, liveForPlan } from './appointments';
import { codedReasonOf, toReasonColumns } from './stated-reasons';

// SQL for treatment plans and their doses, and the one place where their rows become domain objects.

export type NewPlan = Omit<TreatmentPlan, 'doses' | 'warnings' | 'statusReason' | 'statusReasonCoded' | 'status'>;
export type NewDose = Omit<PlanDose, 'appointment' | 'heldAppointment'>;

/** The row a new plan is stored as (shared with the demo generator's bulk insert). */
export function toPlanRow(plan: NewPlan): TreatmentPlanRow {
  return {
    id: plan.id,
    patient_id: plan.patientId,
    kind: plan.kind,
    regimen_id: plan.regimenId,
    regimen_name: plan.regimenName,
    library_version: plan.libraryVersion,
    start_date: plan.startDate,
    weight_kg_used: plan.weightKgUsed,
    status: 'active',
    status_reason: null,
    status_reason_code: null,
    status_reason_params_json: null,
    car_t_json: plan.carT ? JSON.stringify(plan.carT) : null,
    end_json: plan.end ? JSON.stringify(plan.end) : null,
    created_at: plan.createdAt,
    created_by: plan.createdBy,
    updated_at: plan.createdAt,
  };
}

export async function insertPlan(ex: Executor, plan: NewPlan, doses: readonly NewDose[]): Promise<void> {
  await ex.insertInto('treatment_plan').values(toPlanRow(plan)).execute();
  if (doses.length === 0) return;
  await ex
    .insertInto('plan_dose')
    .values(doses.map((d) => toDoseRow(plan.id, d)))
    .execute();
}

/** Doses added to an existing plan (a CAR T plan's monitoring visits, added when it is booked). */
export async function insertDoses(ex: Executor, planId: string, doses: readonly NewDose[]): Promise<void> {
  if (doses.length === 0) return;
  await ex
    .insertInto('plan_dose')
    .values(doses.map((d) => toDoseRow(planId, d)))
    .execute();
}

export function toDoseRow(planId: string, d: NewDose): PlanDoseRow {
  return {
    plan_id: planId,
    dose_number: d.doseNumber,
    cycle: d.cycle,
    // 0960: a monitoring visit keeps the CHECK-legal stored kind, and the column says what it is.
    kind: d.kind === 'car-t-monitoring' ? 'treatment' : d.kind,
    car_t_visit: d.kind === 'car-t-monitoring' ? 'monitoring' : null,
    phase_id: d.phaseId,
    interval_days: d.intervalDays,
    target_date: d.targetDate,
    items_json: JSON.stringify(d.items),
    infusion_minutes: d.infusionMinutes,
    premedication_json: JSON.stringify(d.premedication),
    is_first_dose: d.isFirstDose ? 1 : 0,
    unverified_json: JSON.stringify(d.unverified),
  };
}

const strings = z.array(z.string());

export function toDose(row: PlanDoseRow): NewDose {
  return {
    doseNumber: row.dose_number,
    cycle: row.cycle,
    kind: row.car_t_visit === 'monitoring' ? 'car-t-monitoring' : row.kind,
    phaseId: row.phase_id,
    intervalDays: row.interval_days,
    targetDate: row.target_date,
    items: z.array(planItem).parse(JSON.parse(row.items_json)),
    infusionMinutes: row.infusion_minutes,
    premedication: strings.parse(JSON.parse(row.premedication_json)),
    isFirstDose: row.is_first_dose === 1,
    unverified: strings.parse(JSON.parse(row.unverified_json)),
  };
}

export function toPlanHeader(row: TreatmentPlanRow): Omit<TreatmentPlan, 'doses' | 'warnings'> {
  return {
    id: row.id,
    patientId: row.patient_id,
    kind: row.kind,
    regimenId: row.regimen_id,
    regimenName: row.regimen_name,
    libraryVersion: row.library_version,
    startDate: row.start_date,
    weightKgUsed: row.weight_kg_used,
    status: row.status,
    statusReason: row.status_reason,
    statusReasonCoded: codedReasonOf(row.status_reason_code, row.status_reason_params_json),
    createdAt: row.created_at,
    createdBy: row.created_by,
    carT: row.car_t_json ? carTDates.parse(JSON.parse(row.car_t_json)) : null,
    end: row.end_json ? planEnd.parse(JSON.parse(row.end_json)) : null,
  };
}

export async function findPlanRow(ex: Executor, planId: string) {
  return ex.selectFrom('treatment_plan').selectAll().where('id', '=', planId).executeTakeFirst();
}

export async function doseRows(ex: Executor, planId: string) {
  return ex.selectFrom('plan_dose').selectAll().where('plan_id', '=', planId).orderBy('dose_number').execute();
}

/** The plan with each dose's live appointment, or undefined. */
export async function loadPlan(ex: Executor, planId: string): Promise<Omit<TreatmentPlan, 'warnings'> | undefined> {
  const row = await findPlanRow(ex, planId);
  if (!row) return undefined;
  const [doses, live, held] = [
    await doseRows(ex, planId),
    await liveForPlan(ex, planId),
    await heldForPlan(ex, planId),
  ];
  const byDose = new Map(live.map((a) => [a.doseNumber, a]));
  const heldByDose = new Map<number, (typeof held)[number]>();
  for (const h of held) if (!heldByDose.has(h.doseNumber)) heldByDose.set(h.doseNumber, h);
  const slot = (a: Appointment) => ({
    id: a.id,
    date: a.date,
    start: a.start,
    end: a.end,
    chairId: a.chairId,
    status: a.status,
  });
  return {
    ...toPlanHeader(row),
    doses: doses.map((d) => {
      const a = byDose.get(d.dose_number);
      const h = a ? undefined : heldByDose.get(d.dose_number);
      return {
        ...toDose(d),
        appointment: a ? slot(a) : null,
        heldAppointment: h ? { ...slot(h), reason: h.reason, reasonCoded: h.reasonCoded } : null,
      };
    }),
  };
}

export async function planRowsForPatient(ex: Executor, patientId: string) {
  return ex
    .selectFrom('treatment_plan')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('start_date', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function setPlanStatus(
  ex: Executor,
  planId: string,
  status: TreatmentPlanRow['status'],
  reason: StatedReason,
  at: string,
) {
  const { text, code, paramsJson } = toReasonColumns(reason);
  await ex
    .updateTable('treatment_plan')
    .set({
      status,
      status_reason: text,
      status_reason_code: code,
      status_reason_params_json: paramsJson,
      updated_at: at,
    })
    .where('id', '=', planId)
    .execute();
}

/** What one dose gives (its items), or none when there is no such dose. */
export async function doseItems(ex: Executor, planId: string, doseNumber: number): Promise<PlanDose['items']> {
  const row = await ex
    .selectFrom('plan_dose')
    .select('items_json')
    .where('plan_id', '=', planId)
    .where('dose_number', '=', doseNumber)
    .executeTakeFirst();
  return row ? z.array(planItem).parse(JSON.parse(row.items_json)) : [];
}

export async function setDoseTarget(ex: Executor, planId: string, doseNumber: number, targetDate: string) {
  await ex
    .updateTable('plan_dose')
    .set({ target_date: targetDate })
    .where('plan_id', '=', planId)
    .where('dose_number', '=', doseNumber)
    .execute();
}

/** Who a plan belongs to and its kind, to check links before writing. */
export async function findPlanOwner(ex: Executor, planId: string) {
  return ex
    .selectFrom('treatment_plan')
    .select(['id', 'patient_id', 'kind'])
    .where('id', '=', planId)
    .executeTakeFirst();
}

export async function planKindsOf(ex: Executor, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return ex.selectFrom('treatment_plan').select(['id', 'kind']).where('id', 'in', planIds).execute();
}

/** The patient's active and on-hold plans, newest first. */
export async function currentPlansOfPatient(ex: Executor, patientId: string) {
  return ex
    .selectFrom('treatment_plan')
    .select(['kind', 'regimen_id', 'regimen_name', 'car_t_json'])
    .where('patient_id', '=', patientId)
    .where('status', 'in', ['active', 'on-hold'])
    .orderBy('start_date', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

/** Active CAR T plans, for the monitoring list (day 0 is read from car_t_json by the caller). */
export async function carTPlanRows(ex: Executor) {
  return ex
    .selectFrom('treatment_plan as t')
    .innerJoin('patient as p', 'p.id', 't.patient_id')
    .select([
      't.id',
      't.patient_id',
      't.regimen_name',
      't.car_t_json',
      't.status',
      'p.family_name',
      'p.given_name',
      'p.mrn',
    ])
    .where('t.kind', '=', 'car-t')
    .where('t.status', 'in', ['active', 'on-hold'])
    .execute();
}
