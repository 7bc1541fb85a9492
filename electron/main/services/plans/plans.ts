import { randomUUID } from 'node:crypto';
import type { ClinicalLibrary } from '../../../../shared/clinical';
import {
  CarTCalendarError,
  carTCalendar,
  DoseCalculationError,
  isWeightDependent,
  RegimenExpansionError,
} from '../../../../shared/clinical';
import type { CreatePlanInput, PlanSummary, TreatmentPlan } from '../../../../shared/ipc/contract/plans';
import { invalid, notFound } from '../../core/errors';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import { patientWeightRow } from '../../repositories/patients';
import { insertPlan, loadPlan, planRowsForPatient, type NewDose, type NewPlan } from '../../repositories/plans';
import type { Executor } from '../audit/audit';
import { clinicToday } from '../center/clinic-clock';
import { effectiveLibrary } from '../library/effective-library';
import { carTDoses, drugLabel, regimenPlan } from './plan-builder';
import { planWarnings } from './plan-warnings';

type RegimenInput = Extract<CreatePlanInput, { kind: 'regimen' }>;
type CarTInput = Extract<CreatePlanInput, { kind: 'car-t' }>;

interface Built {
  header: Omit<NewPlan, 'id' | 'patientId' | 'createdAt' | 'createdBy'>;
  doses: NewDose[];
}

function buildRegimenPlan(library: ClinicalLibrary, input: RegimenInput, weightKg: number | null): Built {
  const regimen = library.regimens.find((r) => r.id === input.regimenId);
  if (!regimen) throw invalid('regimenId', 'regimen-not-in-library', 'This regimen is not in the clinical library.');
  try {
    const { doses, end } = regimenPlan(library, regimen, {
      startDate: input.startDate,
      ...(weightKg !== null ? { weightKg } : {}),
      ...(input.maxDoses !== undefined ? { maxDoses: input.maxDoses } : {}),
    });
    // The weight is recorded only when a dose depends on it, so a flat-dose plan never suggests otherwise.
    const weightBased = regimen.phases.some((p) => p.items.some((i) => isWeightDependent(i.dose)));
    const header = { kind: 'regimen' as const, regimenId: regimen.id, regimenName: regimen.name, carT: null, end };
    const facts = {
      libraryVersion: library.manifest.libraryVersion,
      startDate: input.startDate,
      weightKgUsed: weightBased ? weightKg : null,
    };
    return { header: { ...header, ...facts }, doses };
  } catch (error) {
    if (error instanceof DoseCalculationError) throw invalid('weightKg', 'dose-not-computable', error.message);
    if (error instanceof RegimenExpansionError && error.code === 'unbounded') {
      throw invalid(
        'maxDoses',
        'max-doses-required',
        'This regimen runs until progression: give the number of doses to plan.',
      );
    }
    throw error;
  }
}

function buildCarTPlan(library: ClinicalLibrary, input: CarTInput): Built {
  const product = library.carTProducts.find((p) => p.id === input.productId);
  if (!product)
    throw invalid('productId', 'product-not-in-library', 'This CAR T product is not in the clinical library.');
  try {
    const calendar = carTCalendar(product, input.indicationId, input.day0, {
      ...(input.ldRegimenId ? { ldRegimenId: input.ldRegimenId } : {}),
      ...(input.daysAfterLdCompletion !== undefined ? { daysAfterLdCompletion: input.daysAfterLdCompletion } : {}),
    });
    const doses = carTDoses(product, calendar);
    const { productId, indicationId, ldRegimenId, day0, dailyMonitoringEnd, stayNearEnd, noDrivingEnd } = calendar;
    return {
      header: {
        kind: 'car-t',
        regimenId: product.id,
        regimenName: drugLabel(product),
        libraryVersion: library.manifest.libraryVersion,
        startDate: doses[0]?.targetDate ?? day0,
        weightKgUsed: null,
        carT: { productId, indicationId, ldRegimenId, day0, dailyMonitoringEnd, stayNearEnd, noDrivingEnd },
        end: null,
      },
      doses,
    };
  } catch (error) {
    if (error instanceof CarTCalendarError) throw invalid('indicationId', 'car-t-calendar-refused', error.message);
    throw error;
  }
}

function checkStart(startDate: string, today: string, confirmed: boolean): void {
  if (startDate < today && !confirmed) {
    throw invalid(
      'startDate',
      'start-in-past',
      'The start date is in the past. Check it, or confirm that this plan is already under way.',
    );
  }
}

export function createPlansService(deps: CoreDeps) {
  const db = deps.store.db;

  async function get(planId: string, ex: Executor = db): Promise<TreatmentPlan> {
    const plan = await loadPlan(ex, planId);
    if (!plan) throw notFound('plan-not-found', 'Treatment plan');
    return { ...plan, warnings: planWarnings(plan, clinicToday(deps)) };
  }

  async function create(input: CreatePlanInput, ctx: RequestContext): Promise<TreatmentPlan> {
    // The effective library: shipped data plus the center's overrides and center regimens.
    const library = await effectiveLibrary(deps);
    const patient = await patientWeightRow(db, input.patientId);
    if (!patient) throw notFound('patient-not-found', 'Patient');
    const built =
      input.kind === 'regimen'
        ? buildRegimenPlan(library, input, input.weightKg ?? patient.weight_kg)
        : buildCarTPlan(library, input);
    checkStart(built.header.startDate, clinicToday(deps), input.confirmPastStart);
    const planId = await deps.write(ctx, async (tx, { at, audit }) => {
      const plan: NewPlan = {
        ...built.header,
        id: randomUUID(),
        patientId: patient.id,
        createdAt: at,
        createdBy: ctx.userId,
      };
      await insertPlan(tx, plan, built.doses);
      await audit({
        patientId: patient.id,
        action: 'plan.create',
        objectType: 'treatment_plan',
        objectId: plan.id,
        detail: {
          regimenId: plan.regimenId,
          libraryVersion: plan.libraryVersion,
          startDate: plan.startDate,
          doses: built.doses.length,
          weightKgUsed: plan.weightKgUsed,
          end: plan.end?.reason ?? null,
        },
      });
      return plan.id;
    });
    return get(planId);
  }

  async function listForPatient(patientId: string): Promise<PlanSummary[]> {
    const today = clinicToday(deps);
    const plans = [];
    for (const row of await planRowsForPatient(db, patientId)) {
      const plan = await get(row.id);
      const { doses, ...header } = plan;
      const next = doses.find((d) => (d.appointment?.date ?? d.targetDate) >= today);
      plans.push({
        ...header,
        doseCount: doses.length,
        bookedCount: doses.filter((d) => d.appointment !== null).length,
        nextDate: next ? (next.appointment?.date ?? next.targetDate) : null,
      });
    }
    return plans;
  }

  return { get, create, listForPatient };
}
