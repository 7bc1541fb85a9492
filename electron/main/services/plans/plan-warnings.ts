import type { PlanWarning, TreatmentPlan } from '../../../../shared/ipc/contract/plans';

/** What the nurse should double-check on a plan; shown above its doses, in her language. No patient data. */
export function planWarnings(plan: Omit<TreatmentPlan, 'warnings'>, today: string): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  if (plan.startDate < today) warnings.push({ code: 'started-before-today' });
  const unverified = [...new Set(plan.doses.flatMap((d) => d.unverified))];
  if (unverified.length > 0) warnings.push({ code: 'unverified-facts', facts: unverified });
  if (plan.kind === 'car-t' && !plan.doses.some((d) => d.kind === 'lymphodepletion')) {
    warnings.push({ code: 'no-lymphodepletion' });
  }
  const unbookable = plan.doses.filter((d) => d.infusionMinutes === null).length;
  if (unbookable > 0) warnings.push({ code: 'unbookable-visits', count: unbookable });
  return warnings;
}
