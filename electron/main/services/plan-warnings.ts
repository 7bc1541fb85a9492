import type { TreatmentPlan } from '../../../shared/ipc/contract/plans';

/** What the nurse should double-check on a plan; shown above its doses. No patient data in the text. */
export function planWarnings(plan: Omit<TreatmentPlan, 'warnings'>, today: string): string[] {
  const warnings: string[] = [];
  if (plan.startDate < today)
    warnings.push('This plan started before today: check that the earlier doses were recorded.');
  const unverified = new Set(plan.doses.flatMap((d) => d.unverified));
  if (unverified.size > 0) {
    warnings.push(`${unverified.size} library fact(s) behind this plan are UNVERIFIED: check them with pharmacy.`);
  }
  const unbookable = plan.doses.filter((d) => d.infusionMinutes === null).length;
  if (unbookable > 0)
    warnings.push(`${unbookable} visit(s) have no chair time in the library and must be booked by hand.`);
  return warnings;
}
