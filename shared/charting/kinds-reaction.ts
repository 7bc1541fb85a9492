import { z } from 'zod';
import { CTCAE_VERSION, clockTime, freeText, gradable, rateMlPerHour, requireFilled, shortLabel } from './common';
import { rechallengeRate } from './guidance';
import { gradeIrr } from './irr-grade';
import { vitalNumber } from './vitals';

// An infusion-related reaction at the chair: onset, symptoms, a series of vitals, what was done, the
// outcome, and the CTCAE v5.0 grade the nurse confirms after guided questions. Main recomputes the suggested
// grade and the rechallenge rate from the answers; the renderer's numbers are never stored as given.

export const IRR_MEDDRA_CODE = '10051792';
export const IRR_TERM = 'Infusion related reaction';

/**
 * Symptoms to tick. The Keytruda Medication Guide's list of infusion-reaction symptoms is UNVERIFIED; the
 * list only helps the nurse write what was seen, it grades nothing.
 */
export const IRR_SYMPTOMS = [
  'chills',
  'shaking',
  'itching-rash',
  'flushing',
  'breathless-wheezing',
  'dizziness',
  'faint',
  'fever',
  'back-pain',
] as const;

export const MED_UNITS = ['mg', 'mcg', 'g', 'mL', 'units'] as const;
export const MED_ROUTES = ['IV', 'IM', 'PO', 'SC', 'inhaled'] as const;
export const OUTCOMES = ['resolved', 'resolving', 'ongoing', 'transferred'] as const;

export const reactionVitals = z
  .object({
    time: clockTime,
    temperatureC: vitalNumber('temperatureC').nullable(),
    heartRate: vitalNumber('heartRate').nullable(),
    bpSystolic: vitalNumber('bpSystolic').nullable(),
    bpDiastolic: vitalNumber('bpDiastolic').nullable(),
    respiratoryRate: vitalNumber('respiratoryRate').nullable(),
    spo2: vitalNumber('spo2').nullable(),
  })
  .strict();
export type ReactionVitals = z.infer<typeof reactionVitals>;

export const medicationGiven = z
  .object({
    name: shortLabel(80).min(1, 'Name the medication'),
    dose: z.number('Enter the dose').positive('The dose must be above 0').max(100000),
    unit: z.enum(MED_UNITS),
    route: z.enum(MED_ROUTES),
    time: clockTime,
  })
  .strict();
export type MedicationGiven = z.infer<typeof medicationGiven>;

/**
 * Guided questions from the CTCAE v5.0 grade texts of Infusion related reaction (irr-grade.ts). The two grade 3
 * questions (recurrence, hospitalisation) were added after the first release, so stored drafts may lack them:
 * a missing one is simply not answered yet.
 */
export const irrQuestions = z
  .object({
    lifeThreatening: z.boolean().nullable(),
    interruptionOrTreatment: z.boolean().nullable(),
    promptResponse: z.boolean().nullable(),
    recurrence: z.boolean().nullable().optional(),
    hospitalisation: z.boolean().nullable().optional(),
  })
  .strict();
export type IrrQuestions = z.infer<typeof irrQuestions>;

/** The grade the answers point to for the nurse to confirm, or null while an answer that matters is missing. */
export function suggestIrrGrade(q: IrrQuestions): 1 | 2 | 3 | 4 | null {
  const result = gradeIrr(q);
  return result.status === 'graded' ? (result.grade as 1 | 2 | 3 | 4) : null;
}

const rechallenge = z
  .object({
    rateBeforeMlPerHour: rateMlPerHour,
    /** The center's restart percentage (set in main from the library override or the default). */
    percent: z.number().int().min(1).max(100),
    /** Worked out in main: rateBefore × percent / 100, to 0.1 mL/h. */
    newRateMlPerHour: z.number().nullable(),
    restartTime: clockTime.nullable(),
  })
  .strict();

const reactionShape = z
  .object({
    drugId: z.string().min(1).max(80),
    drugName: shortLabel(120),
    administrationEntryId: z.string().max(64).nullable(),
    onsetTime: clockTime.nullable(),
    symptoms: z.array(z.enum(IRR_SYMPTOMS)).max(IRR_SYMPTOMS.length),
    symptomsText: freeText(1000),
    vitalsSeries: z.array(reactionVitals).max(30),
    stopped: z.boolean(),
    stoppedAt: clockTime.nullable(),
    slowed: z.boolean(),
    medications: z.array(medicationGiven).max(20),
    questions: irrQuestions,
    suggestedGrade: z.number().int().min(1).max(4).nullable(),
    /** Worked out in main from the answers: the grade, or what to answer before one can be suggested. */
    suggestion: gradable.optional(),
    grade: z.number().int().min(1).max(5).nullable(),
    ctcaeVersion: z.literal(CTCAE_VERSION),
    meddraCode: z.literal(IRR_MEDDRA_CODE),
    rechallenge: rechallenge.nullable(),
    outcome: z.enum(OUTCOMES).nullable(),
    outcomeText: freeText(1000),
  })
  .strict();
export type ReactionPayload = z.infer<typeof reactionShape>;

/** Main's recomputation: the suggestion from the answers, the new rate from the rate and percentage. */
export function recomputeReaction<T extends Partial<ReactionPayload>>(r: T): T {
  const out = { ...r };
  if (r.questions) {
    out.suggestion = gradeIrr(r.questions);
    out.suggestedGrade = out.suggestion.status === 'graded' ? out.suggestion.grade : null;
  }
  if (r.rechallenge) {
    const { rateBeforeMlPerHour, percent } = r.rechallenge;
    out.rechallenge = { ...r.rechallenge, newRateMlPerHour: rechallengeRate(rateBeforeMlPerHour, percent) };
  }
  return out;
}

function checkSigned(r: ReactionPayload, ctx: z.RefinementCtx): void {
  requireFilled(ctx, r.onsetTime, ['onsetTime'], 'Onset time');
  requireFilled(ctx, r.grade, ['grade'], 'Confirm the CTCAE grade');
  const suggestion = gradeIrr(r.questions);
  if (suggestion.status === 'incomplete') {
    for (const key of suggestion.missing) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions', key],
        message: 'Answer this grading question before signing',
      });
    }
  } else if (r.grade !== null && r.grade < suggestion.grade) {
    // A confirmed grade below what the answers show would hide the reaction: change the answers instead.
    ctx.addIssue({
      code: 'custom',
      path: ['grade'],
      message: `The answers show grade ${suggestion.grade}: confirm grade ${suggestion.grade} or higher, or correct the answers`,
    });
  }
  requireFilled(ctx, r.outcome, ['outcome'], 'Outcome');
  if (r.stopped) requireFilled(ctx, r.stoppedAt, ['stoppedAt'], 'Time the infusion was stopped');
  if (r.rechallenge && r.grade !== null && r.grade >= 3) {
    ctx.addIssue({
      code: 'custom',
      path: ['rechallenge'],
      message: 'No rechallenge after a grade 3–4 reaction: the label says permanently discontinue',
    });
  }
}

export const reactionDraft = reactionShape.partial().transform((r) => recomputeReaction(r));
export const reactionPayload = reactionShape.superRefine(checkSigned).transform((r) => recomputeReaction(r));
