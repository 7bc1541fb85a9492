import type { CarTProduct } from '../../../../shared/clinical';
import { addDays } from '../../../../shared/clinical/dates';
import type { CarTSetting } from '../../../../shared/ipc/contract/car-t-protocol';
import type { PlanDose, TreatmentPlan } from '../../../../shared/ipc/contract/plans';
import { AppError } from '../../core/errors';
import { findCarTProtocol, type CarTProtocolValues } from '../../repositories/car-t-protocol';
import type { NewDose } from '../../repositories/plans';
import type { Executor } from '../audit/audit';
import type { EffectiveLibrary } from '../library/effective-library';
import { missingSettings } from '../center/car-t-protocol';
import { drugLabel } from '../plans/plan-builder';

// Booking a CAR T plan books all of it: the lymphodepletion days and the day-0 cell infusion (their dates
// from the label regimen in the library, stored on the plan) and the daily monitoring visits after the cells.
// The labels give no chair minutes for lymphodepletion or day 0, so those come from the center's own protocol
// (car_t_protocol, 0960) and booking is refused, naming each missing setting, until the center sets them.

type Plan = Omit<TreatmentPlan, 'warnings'>;

/** What the setting is, in words, for the English message (the screen words it from the code). */
const SETTING_WORDS: Record<CarTSetting, string> = {
  ldChairMinutes: 'the chair minutes of a lymphodepletion day',
  infusionChairMinutes: 'the chair minutes of the cell-infusion visit',
  monitoringVisitMinutes: 'the length of a monitoring visit',
};

export interface CarTBooking {
  /** The plan with its monitoring visits, the new ones not written yet (see `newDoses`). */
  plan: Plan;
  /** Monitoring visits the plan did not have: written only once every visit has found its place. */
  newDoses: NewDose[];
  /** The center's chair minutes for this visit. */
  minutesFor(dose: PlanDose): number;
}

export function settingFor(dose: Pick<PlanDose, 'kind'>): CarTSetting {
  if (dose.kind === 'lymphodepletion') return 'ldChairMinutes';
  if (dose.kind === 'car-t-monitoring') return 'monitoringVisitMinutes';
  return 'infusionChairMinutes';
}

/** The center's minutes for one CAR T visit booked by hand, or null when unset (or not a CAR T plan). */
export async function carTMinutes(trx: Executor, plan: Plan, dose: PlanDose): Promise<number | null> {
  if (plan.kind !== 'car-t' || !plan.carT) return null;
  return (await findCarTProtocol(trx, plan.carT.productId))[settingFor(dose)];
}

function refuseMissing(product: CarTProduct, needed: readonly CarTSetting[]): never {
  const productName = drugLabel(product);
  const issues = needed.map((setting) => ({
    path: '',
    message: `The center has not set ${SETTING_WORDS[setting]} for ${productName} (Settings › CAR T protocol).`,
    code: 'car-t-setting-missing',
    params: { setting, product: productName },
  }));
  throw new AppError('conflict', `Nothing was booked: ${issues[0]!.message}`, issues);
}

/**
 * Daily monitoring visits from day 1 through the last monitoring day: the center's number of days, or the
 * label's from the library, counted from day 0 or (split doses) from the last infusion. Days that already
 * have a visit of the plan get no second one.
 */
export function monitoringDates(plan: Plan, product: CarTProduct, days: number | null): string[] {
  const day0 = plan.carT?.day0;
  if (!day0) return [];
  const { current } = product.monitoring;
  const infusions = plan.doses.filter((d) => d.kind === 'car-t-additional').map((d) => d.targetDate);
  const anchor = current.countsFrom === 'last-infusion' ? (infusions.toSorted().at(-1) ?? day0) : day0;
  const end = addDays(anchor, days ?? current.dailyMonitoringDays);
  const taken = new Set(plan.doses.map((d) => d.targetDate));
  const dates: string[] = [];
  for (let date = addDays(day0, 1); date <= end; date = addDays(date, 1)) if (!taken.has(date)) dates.push(date);
  return dates;
}

function monitoringDose(doseNumber: number, targetDate: string): NewDose {
  return {
    doseNumber,
    cycle: 1,
    kind: 'car-t-monitoring',
    phaseId: null,
    intervalDays: null,
    targetDate,
    items: [],
    infusionMinutes: null,
    premedication: [],
    isFirstDose: false,
    unverified: [],
  };
}

function neededSettings(plan: Plan, protocol: CarTProtocolValues, monitoring: readonly string[]): CarTSetting[] {
  const open = plan.doses.filter((d) => !d.appointment && !d.heldAppointment);
  const needed = new Set([...open.map(settingFor), ...(monitoring.length > 0 ? ['monitoringVisitMinutes'] : [])]);
  return missingSettings(protocol).filter((s) => needed.has(s));
}

/**
 * For a CAR T plan: refuses when a center setting the plan needs is missing, else returns the plan with the
 * monitoring visits it does not have yet (in memory: the caller writes them with the appointments, so a
 * refusal writes nothing) and how long each visit takes. Null for a regimen plan.
 */
export async function prepareCarT(trx: Executor, plan: Plan, library: EffectiveLibrary): Promise<CarTBooking | null> {
  if (plan.kind !== 'car-t' || !plan.carT) return null;
  const productId = plan.carT.productId;
  const product = library.carTProducts.find((p) => p.id === productId);
  if (!product) return null;
  const protocol = await findCarTProtocol(trx, productId);
  const dates = monitoringDates(plan, product, protocol.monitoringDays);
  const needed = neededSettings(plan, protocol, dates);
  if (needed.length > 0) refuseMissing(product, needed);
  const next = Math.max(0, ...plan.doses.map((d) => d.doseNumber)) + 1;
  const newDoses = dates.map((date, i) => monitoringDose(next + i, date));
  const added = newDoses.map((d) => ({ ...d, appointment: null, heldAppointment: null }));
  return {
    plan: { ...plan, doses: [...plan.doses, ...added] },
    newDoses,
    minutesFor: (dose) => protocol[settingFor(dose)] ?? 0,
  };
}
