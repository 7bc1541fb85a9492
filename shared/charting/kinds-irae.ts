import { z } from 'zod';
import { allowedGrades, type CtcaeGradeDefinition, type CtcaeTerm } from '../clinical';
import { CTCAE_VERSION, calendarDate, freeText, requireFilled } from './common';

// A side effect / immune-related adverse event graded with CTCAE v5.0: any of the 837 terms, a grade the
// term allows, onset and resolution dates, attribution and the action taken. The term and grade are checked
// in main against the shipped library, so a grade CTCAE marks "–" for the term is refused.

/** NCI's attribution scale for adverse events. */
export const ATTRIBUTIONS = ['unrelated', 'unlikely', 'possible', 'probable', 'definite'] as const;
export const IRAE_ACTIONS = ['none', 'hold', 'discontinue', 'corticosteroids', 'hormone-replacement'] as const;
export type IraeAction = (typeof IRAE_ACTIONS)[number];

const iraeShape = z
  .object({
    meddraCode: z.string().regex(/^\d{8}$/, 'Choose a CTCAE term'),
    term: z.string().min(1).max(200),
    grade: z.number().int().min(1).max(5).nullable(),
    ctcaeVersion: z.literal(CTCAE_VERSION),
    onsetDate: calendarDate.nullable(),
    resolutionDate: calendarDate.nullable(),
    attribution: z.enum(ATTRIBUTIONS).nullable(),
    actions: z.array(z.enum(IRAE_ACTIONS)).max(IRAE_ACTIONS.length),
    notes: freeText(1000),
    /** The treatment plan it is attributed to, for the timeline across cycles; null when none applies. */
    planId: z.string().max(64).nullable(),
  })
  .strict();
export type IraePayload = z.infer<typeof iraeShape>;

export interface CtcaeLookup {
  term(meddraCode: string): CtcaeTerm | undefined;
  gradeText(meddraCode: string): CtcaeGradeDefinition | undefined;
}

function checkTermAndGrade(lookup: CtcaeLookup, i: Partial<IraePayload>, ctx: z.RefinementCtx): void {
  if (i.meddraCode === undefined) return;
  const term = lookup.term(i.meddraCode);
  if (!term) {
    ctx.addIssue({ code: 'custom', path: ['meddraCode'], message: 'Not a CTCAE v5.0 term' });
    return;
  }
  if (i.term !== undefined && i.term !== term.term) {
    ctx.addIssue({ code: 'custom', path: ['term'], message: 'The term does not match its MedDRA code' });
  }
  const allowed: number[] = allowedGrades(lookup.gradeText(i.meddraCode));
  if (i.grade !== undefined && i.grade !== null && !allowed.includes(i.grade)) {
    ctx.addIssue({
      code: 'custom',
      path: ['grade'],
      message: `Grade ${i.grade} does not exist for ${term.term} in CTCAE v5.0 (allowed: ${allowed.join(', ')})`,
    });
  }
}

function checkRest(i: Partial<IraePayload>, ctx: z.RefinementCtx): void {
  if (i.onsetDate && i.resolutionDate && i.resolutionDate < i.onsetDate) {
    ctx.addIssue({ code: 'custom', path: ['resolutionDate'], message: 'The resolution is before the onset' });
  }
  if (i.actions?.includes('none') && i.actions.length > 1) {
    ctx.addIssue({ code: 'custom', path: ['actions'], message: '"None" cannot go with another action' });
  }
}

/** The draft and signed schemas, bound to the library main loaded. */
export function iraeSchemas(lookup: CtcaeLookup) {
  const draft = iraeShape.partial().superRefine((i, ctx) => {
    checkTermAndGrade(lookup, i, ctx);
    checkRest(i, ctx);
  });
  const signed = iraeShape.superRefine((i, ctx) => {
    checkTermAndGrade(lookup, i, ctx);
    checkRest(i, ctx);
    requireFilled(ctx, i.grade, ['grade'], 'Grade');
    requireFilled(ctx, i.onsetDate, ['onsetDate'], 'Onset date');
    requireFilled(ctx, i.attribution, ['attribution'], 'Attribution');
    if (i.actions.length === 0) ctx.addIssue({ code: 'custom', path: ['actions'], message: 'Choose the action taken' });
  });
  return { draft, signed };
}
