import type { IsoDate } from './dates';
import { computeDose, DoseCalculationError, type BasisStep } from './dose';
import { unverifiedUnder } from './schema-common';
import type { Drug, Route } from './schema-drug';
import type { Regimen, RegimenItem, RegimenPhase } from './schema-regimen';

// One visit of a regimen being expanded (regimen.ts walks the phases): which items are given that day, each
// drug's dose and infusion time (first dose of the drug in this plan or a later one), premedication and the
// UNVERIFIED facts behind the visit.

export interface PlannedItem {
  drugId: string;
  doseMg: number;
  basis: string;
  basisSteps: BasisStep[];
  route: Route;
  infusionMinutes: number;
  /** Set on later doses when the shorter time depends on tolerance ("if no infusion-related reaction"). */
  infusionCondition?: string;
  order: number;
  isFirstDoseOfDrug: boolean;
}

export interface PlannedDose {
  doseNumber: number;
  /** Each visit of these regimens starts a new cycle, so the cycle number is the visit number. */
  cycle: number;
  phaseId: string;
  phaseDoseNumber: number;
  date: IsoDate;
  isFirstDose: boolean;
  items: PlannedItem[];
  /** Items are given one after the other (separate bags, nivolumab first), so minutes add up. */
  infusionMinutesTotal: number;
  premedication: string[];
  /** UNVERIFIED facts behind this visit, as "<record id>/<field path>: <sentence>". */
  unverified: string[];
}

export type RegimenExpansionErrorCode = 'unknown-drug' | 'unbounded' | 'invalid-option';

export class RegimenExpansionError extends Error {
  constructor(
    readonly code: RegimenExpansionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RegimenExpansionError';
  }
}

export interface ExpansionState {
  planned: PlannedDose[];
  dosesOfDrug: Map<string, number>;
  /** Date of the next visit to plan. */
  date: IsoDate;
}

export interface VisitPlanContext {
  regimen: Regimen;
  phase: RegimenPhase;
  phaseIndex: number;
  phaseDoseNumber: number;
  drugsById: Readonly<Record<string, Drug>>;
  /** For weight-based doses. */
  weightKg: number | undefined;
  state: ExpansionState;
}

export function planVisit(context: VisitPlanContext): PlannedDose {
  const { regimen, phase, phaseIndex, phaseDoseNumber, state } = context;
  const doseNumber = state.planned.length + 1;
  const premedication: string[] = [];
  const unverified = unverifiedUnder(regimen, `phases.${phaseIndex}`).map((entry) => `${regimen.id}/${entry}`);
  const items = phase.items
    .filter((item) => isGivenOn(item, phaseDoseNumber))
    .toSorted((a, b) => a.order - b.order)
    .map((item) => planItem(item, doseNumber, context, { premedication, unverified }));
  return {
    doseNumber,
    cycle: doseNumber,
    phaseId: phase.id,
    phaseDoseNumber,
    date: state.date,
    isFirstDose: doseNumber === 1,
    items,
    infusionMinutesTotal: items.reduce((sum, item) => sum + item.infusionMinutes, 0),
    premedication,
    unverified: [...new Set(unverified)],
  };
}

/** onPhaseDoses lists the doses; everyNthPhaseDose gives dose 1 and every Nth after it (1, 1 + N, …). */
function isGivenOn(item: RegimenItem, phaseDoseNumber: number): boolean {
  if (item.onPhaseDoses !== undefined && !item.onPhaseDoses.includes(phaseDoseNumber)) return false;
  return item.everyNthPhaseDose === undefined || (phaseDoseNumber - 1) % item.everyNthPhaseDose === 0;
}

function planItem(
  item: RegimenItem,
  doseNumber: number,
  context: VisitPlanContext,
  collect: { premedication: string[]; unverified: string[] },
): PlannedItem {
  const drug = context.drugsById[item.drugId];
  if (drug === undefined) {
    throw new RegimenExpansionError(
      'unknown-drug',
      `Regimen "${context.regimen.id}" uses unknown drug "${item.drugId}"`,
    );
  }
  const drugDoseNumber = (context.state.dosesOfDrug.get(drug.id) ?? 0) + 1;
  context.state.dosesOfDrug.set(drug.id, drugDoseNumber);
  const computed = computeItemDose(item, doseNumber, drug, context.weightKg);
  const minutes = item.infusionMinutes ?? drug.infusionMinutes;
  const isFirstDoseOfDrug = drugDoseNumber === 1;
  const premeds = drug.premedication.rules.filter(
    (rule) => rule.appliesToDoses?.first === undefined || drugDoseNumber <= rule.appliesToDoses.first,
  );
  collect.premedication.push(...premeds.map((rule) => `${drug.brandName} (${drug.genericName}): ${rule.text}`));
  const drugFacts = [
    'inLineFilter',
    ...(item.infusionMinutes ? [] : ['infusionMinutes']),
    ...(premeds.length ? ['premedication'] : []),
  ];
  collect.unverified.push(
    ...drugFacts.flatMap((path) => unverifiedUnder(drug, path)).map((entry) => `${drug.id}/${entry}`),
  );
  const hasCondition = !isFirstDoseOfDrug && minutes.subsequentCondition !== undefined;
  return {
    drugId: drug.id,
    doseMg: computed.mg,
    basis: computed.basis,
    basisSteps: computed.steps,
    route: drug.route,
    infusionMinutes: isFirstDoseOfDrug ? minutes.first : minutes.subsequent,
    ...(hasCondition ? { infusionCondition: minutes.subsequentCondition } : {}),
    order: item.order,
    isFirstDoseOfDrug,
  };
}

function computeItemDose(item: RegimenItem, doseNumber: number, drug: Drug, weightKg: number | undefined) {
  try {
    return computeDose(item.dose, weightKg);
  } catch (error) {
    if (!(error instanceof DoseCalculationError)) throw error;
    throw new DoseCalculationError(error.code, `Dose ${doseNumber}, ${drug.genericName}: ${error.message}`);
  }
}
