import type { PlanDose, TreatmentPlan } from '../../../../shared/ipc/contract/plans';
import { AppError } from '../../core/errors';

/** The kinds of visit a CAR T plan's booking cannot time from the library, each named once. */
const CAR_T_VISIT_WORDS: Partial<Record<PlanDose['kind'], string>> = {
  lymphodepletion: 'the lymphodepletion days',
  'car-t-infusion': 'the day-0 cell infusion and its observation',
  'car-t-additional': 'the later infusion of a split dose',
};

/**
 * A CAR T plan is booked as one: lymphodepletion, day 0 and any later infusion together, or nothing. The
 * library gives their chair times only as label text (no minutes for the lymphodepletion agents, no observation
 * time after the cells), and a guessed time is worse than none, so the whole plan is refused naming each visit
 * whose time is missing; the nurse books those by hand with the time the center uses.
 */
export function refuseUntimedCarT(plan: Omit<TreatmentPlan, 'warnings'>): void {
  if (plan.kind !== 'car-t') return;
  const open = plan.doses.filter((d) => !d.appointment && !d.heldAppointment);
  const missing = [...new Set(open.filter((d) => d.infusionMinutes === null).map((d) => d.kind))];
  if (missing.length === 0) return;
  const issues = missing.map((kind) => ({
    path: '',
    message: `No sourced chair time in the library for ${CAR_T_VISIT_WORDS[kind] ?? kind} of ${plan.regimenName}.`,
    code: 'car-t-time-missing',
    params: { visit: kind, product: plan.regimenName },
  }));
  const message = `Nothing was booked: ${issues[0]!.message} Book these visits by hand.`;
  throw new AppError('conflict', message, issues);
}
