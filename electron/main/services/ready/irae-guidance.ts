import { iraeGuidanceFor, type OrganGuidance } from '../../../../shared/ready/irae-guidance';
import { loadMonitoring } from '../../clinical/load-monitoring';
import type { CoreDeps } from '../../core/deps';
import { createPlansService } from '../plans/plans';

// Hold / resume / discontinue guidance for a charted side effect: the term's organ class from the shipped
// CTCAE list, the plan's drugs (every drug of a combination), the rules from monitoring.json.

export async function iraeGuidance(
  deps: CoreDeps,
  input: { meddraCode: string; grade: number; planId: string | null },
): Promise<OrganGuidance | null> {
  const term = deps.library.ctcaeTerms.find((t) => t.meddraCode === input.meddraCode);
  if (!term) return null;
  const drugs = new Map<string, string>();
  if (input.planId) {
    const plan = await createPlansService(deps).get(input.planId);
    for (const dose of plan.doses) for (const item of dose.items) drugs.set(item.drugId, item.drugName);
  }
  const list = [...drugs].map(([drugId, drugName]) => ({ drugId, drugName }));
  return iraeGuidanceFor(
    loadMonitoring(deps.resourcesDir),
    { soc: term.soc, meddraCode: term.meddraCode, grade: input.grade },
    list,
  );
}
