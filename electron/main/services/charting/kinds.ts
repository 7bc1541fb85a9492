import type { z } from 'zod';
import type { ClinicalLibrary, CtcaeGradeDefinition, CtcaeTerm } from '../../../../shared/clinical';
import { carTDraft, carTPayload } from '../../../../shared/charting/kinds-car-t';
import { iraeSchemas } from '../../../../shared/charting/kinds-irae';
import { reactionDraft, reactionPayload } from '../../../../shared/charting/kinds-reaction';
import {
  administrationDraft,
  administrationPayload,
  assessmentDraft,
  assessmentPayload,
  checkInPayload,
  doubleCheckDraft,
  doubleCheckPayload,
} from '../../../../shared/charting/kinds-visit';
import type { ChartPayload } from '../../../../shared/ipc/contract/chart';
import { registerChartKind } from '../chart/chart-kinds';

// The chairside chart kinds, registered once per process with the charting infrastructure, so the generic
// chart:* channels validate them exactly like charting:* does. Schemas with transforms (reaction, CAR T)
// recompute the suggested grade, the rechallenge rate and the ASTCT grades whenever main parses a payload.

// The CTCAE term list and grade texts the irAE schema checks against: the shipped library, handed over by
// every core at start-up (all cores of one app version ship the same library).
const terms = new Map<string, CtcaeTerm>();
const gradeTexts = new Map<string, CtcaeGradeDefinition>();

export function useCtcaeLibrary(library: Pick<ClinicalLibrary, 'ctcaeTerms' | 'ctcaeGrades'>): void {
  for (const term of library.ctcaeTerms) terms.set(term.meddraCode, term);
  for (const definition of library.ctcaeGrades) gradeTexts.set(definition.meddraCode, definition);
}

export const irae = iraeSchemas({
  term: (code) => terms.get(code),
  gradeText: (code) => gradeTexts.get(code),
});

const asPayload = (schema: z.ZodType) => schema as z.ZodType<ChartPayload>;

let registered = false;

// Every clinical kind has visit rules (check-in first, double check before a start, the day's drug order,
// grades recomputed in main, plan holds after a grade 3–4 reaction) that only the charting:* channels apply,
// so the generic chart:* writers refuse them.
const OWN = { ownChannelsOnly: true } as const;

export function registerChartingKinds(): void {
  if (registered) return;
  registered = true;
  registerChartKind('check-in', asPayload(checkInPayload), OWN);
  registerChartKind('assessment', asPayload(assessmentPayload), { ...OWN, draftSchema: asPayload(assessmentDraft) });
  // The second nurse's verification is consumed when the double check is signed (before the start).
  registerChartKind('double-check', asPayload(doubleCheckPayload), {
    ...OWN,
    draftSchema: asPayload(doubleCheckDraft),
    requiresSecondUser: true,
  });
  registerChartKind('administration', asPayload(administrationPayload), {
    ...OWN,
    draftSchema: asPayload(administrationDraft),
  });
  registerChartKind('reaction', asPayload(reactionPayload), { ...OWN, draftSchema: asPayload(reactionDraft) });
  registerChartKind('irae', asPayload(irae.signed), { ...OWN, draftSchema: asPayload(irae.draft) });
  registerChartKind('car-t-toxicity', asPayload(carTPayload), { ...OWN, draftSchema: asPayload(carTDraft) });
}
