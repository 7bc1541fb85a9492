import type { ClinicalLibrary, DoseRule } from '../../../../shared/clinical';
import { formatDose } from '../../../../shared/clinical';
import type { OrderLineInput, OrderRoute } from '../../../../shared/ipc/contract/orders';
import type { PlanItem, TreatmentPlan } from '../../../../shared/ipc/contract/plans';
import type { OrderCheckContext } from '../../../../shared/orders/check-order';
import type { NewOrderLine } from '../../repositories/orders';

// Turns the lines typed on the order form into the rows an order stores, with what the library adds: the
// drug's name as the plan gives it, the mg/kg a weight-based dose was worked out from, and the dose in
// words ("216 mg (3 mg/kg)") as the double check and the pharmacist read it.

type Plan = Omit<TreatmentPlan, 'warnings'>;

/** The mg/kg a rule gives at this weight: its per-kg amount, or the per-kg amount of the weight's band. */
export function mgPerKgAt(rule: DoseRule, weightKg: number | null): number | null {
  if (rule.kind === 'perKg') return rule.mgPerKg;
  if (rule.kind !== 'weightBand' || weightKg === null) return null;
  const band = rule.bands.find(
    (b) => (b.minKg === undefined || weightKg >= b.minKg) && (b.belowKg === undefined || weightKg < b.belowKg),
  );
  return band?.dose?.kind === 'perKg' ? band.dose.mgPerKg : null;
}

/** The library's dose rule for a drug on one of the plan's doses (regimen plans only). */
function ruleFor(library: ClinicalLibrary, plan: Plan, doseNumber: number, drugId: string): DoseRule | null {
  if (plan.kind !== 'regimen') return null;
  const phaseId = plan.doses.find((d) => d.doseNumber === doseNumber)?.phaseId;
  const regimen = library.regimens.find((r) => r.id === plan.regimenId);
  const phase = regimen?.phases.find((p) => p.id === phaseId);
  return phase?.items.find((i) => i.drugId === drugId)?.dose ?? null;
}

export function checkContext(library: ClinicalLibrary, plan: Plan): OrderCheckContext {
  const routes = new Map<string, OrderRoute>(library.drugs.map((d) => [d.id, d.route]));
  return { doses: plan.doses, routeOf: (drugId) => routes.get(drugId) ?? null };
}

export function buildOrderLines(
  library: ClinicalLibrary,
  plan: Plan,
  firstDose: number,
  lines: readonly OrderLineInput[],
): NewOrderLine[] {
  const items = new Map<string, PlanItem>(
    (plan.doses.find((d) => d.doseNumber === firstDose)?.items ?? []).map((i) => [i.drugId, i]),
  );
  return lines.map((line) => {
    const item = items.get(line.drugId);
    const rule = ruleFor(library, plan, firstDose, line.drugId);
    const perKg = rule && line.doseMg !== null ? mgPerKgAt(rule, plan.weightKgUsed) : null;
    const doseText =
      line.doseMg === null
        ? (item?.doseText ?? '')
        : `${formatDose(line.doseMg, 'mg')}${perKg === null ? '' : ` (${formatDose(perKg, 'mg/kg')})`}`;
    return {
      drug_id: line.drugId,
      drug_name: item?.drugName ?? line.drugId,
      dose_mg: line.doseMg,
      dose_mg_per_kg: perKg,
      dose_text: doseText,
      route: line.route,
      diluent: line.diluent === null || line.diluent.trim() === '' ? null : line.diluent.trim(),
      volume_ml: line.volumeMl,
      infusion_minutes: line.infusionMinutes,
      rate_ml_per_hour: line.rateMlPerHour,
    };
  });
}
