// The drug of each visit on its way from the order to the chair. One list for the database CHECK, the IPC
// schemas, the pharmacy list and the day view's block. Each step is recorded once, with who and when.

export const DRUG_STEPS = ['ordered', 'verified', 'in-preparation', 'ready', 'delivered'] as const;
export type DrugStep = (typeof DRUG_STEPS)[number];

/** The step after `step`, or null once the drug is at the chair. Steps are never skipped. */
export function nextDrugStep(step: DrugStep): DrugStep | null {
  return DRUG_STEPS[DRUG_STEPS.indexOf(step) + 1] ?? null;
}

/** The minutes a chair sat waiting for a drug that was not yet delivered; 0 before it was needed. */
export function idleMinutesWaiting(neededAt: number, until: number): number {
  return Math.max(0, until - neededAt);
}
