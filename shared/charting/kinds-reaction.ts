import { z } from 'zod';
import {
  CTCAE_VERSION,
  clockTime,
  freeText,
  gradable,
  numberIn,
  requireFilled,
  timeIn,
  shortLabel,
  type SchemaMode,
} from './common';
import { liveEvents, type InfusionEvent } from './infusion';
import { gradeIrr } from './irr-grade';
import { vitalNumber } from './vitals';

// An infusion-related reaction at the chair: onset, symptoms, a series of vitals, what was done, the
// outcome, and the CTCAE v5.0 grade the nurse confirms after guided questions. Main recomputes the suggested
// grade from the answers. Stopping, slowing and restarting the infusion are events of the infusion itself
// (infusion.ts): the reaction shows them from there (`infusion`, filled in main), so the reaction and the
// administration record can never tell two stories.

export const IRR_MEDDRA_CODE = '10051792';

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

export const SERIES_VITALS = [
  'temperatureC',
  'heartRate',
  'bpSystolic',
  'bpDiastolic',
  'respiratoryRate',
  'spo2',
] as const;

function reactionVitalsFor<M extends SchemaMode>(mode: M) {
  const vital = <F extends (typeof SERIES_VITALS)[number]>(field: F) => numberIn(mode, vitalNumber(field)).nullable();
  return z
    .object({
      time: timeIn(mode),
      temperatureC: vital('temperatureC'),
      heartRate: vital('heartRate'),
      bpSystolic: vital('bpSystolic'),
      bpDiastolic: vital('bpDiastolic'),
      respiratoryRate: vital('respiratoryRate'),
      spo2: vital('spo2'),
    })
    .strict();
}
export const reactionVitals = reactionVitalsFor('signed');
export type ReactionVitals = z.infer<ReturnType<typeof reactionVitalsFor<'draft'>>>;

export const medicationDose = z.number('Enter the dose').positive('The dose must be above 0').max(100000);

function medicationGivenFor<M extends SchemaMode>(mode: M) {
  return z
    .object({
      name: mode === 'signed' ? shortLabel(80).min(1, 'Name the medication') : shortLabel(80),
      dose: numberIn(mode, medicationDose),
      unit: z.enum(MED_UNITS),
      route: z.enum(MED_ROUTES),
      time: timeIn(mode),
    })
    .strict();
}
export const medicationGiven = medicationGivenFor('signed');
export type MedicationGiven = z.infer<ReturnType<typeof medicationGivenFor<'draft'>>>;

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

/** The infusion's side of this reaction, read in main from the infusion events linked to it. */
export const reactionInfusion = z
  .object({
    administrationEntryId: z.string(),
    /** When the infusion was interrupted for this reaction, and at what rate it was running. */
    interruptedAt: clockTime.nullable(),
    rateBefore: z.number().nullable(),
    /** The restart, at the center's percentage of the rate before (or a prescriber's rate). */
    restartedAt: clockTime.nullable(),
    restartRate: z.number().nullable(),
    restartPercent: z.number().nullable(),
    /** The drug was not restarted: stopped for good at this time. */
    stoppedForGoodAt: clockTime.nullable(),
    /** Rate reductions charted for this reaction without an interruption. */
    slowedTo: z.number().nullable(),
  })
  .strict();
export type ReactionInfusion = z.infer<typeof reactionInfusion>;

function reactionShapeFor<M extends SchemaMode>(mode: M) {
  return z
    .object({
      drugId: z.string().min(1).max(80),
      drugName: shortLabel(120),
      administrationEntryId: z.string().max(64).nullable(),
      onsetTime: timeIn(mode).nullable(),
      symptoms: z.array(z.enum(IRR_SYMPTOMS)).max(IRR_SYMPTOMS.length),
      symptomsText: freeText(1000),
      vitalsSeries: z.array(reactionVitalsFor(mode)).max(30),
      medications: z.array(medicationGivenFor(mode)).max(20),
      questions: irrQuestions,
      suggestedGrade: z.number().int().min(1).max(4).nullable(),
      /** Worked out in main from the answers: the grade, or what to answer before one can be suggested. */
      suggestion: gradable.optional(),
      grade: z.number().int().min(1).max(5).nullable(),
      ctcaeVersion: z.literal(CTCAE_VERSION),
      meddraCode: z.literal(IRR_MEDDRA_CODE),
      /** Filled in main from the infusion events (never from the form); null before the drug started. */
      infusion: reactionInfusion.nullable(),
      outcome: z.enum(OUTCOMES).nullable(),
      outcomeText: freeText(1000),
    })
    .strict();
}
export type ReactionPayload = z.infer<ReturnType<typeof reactionShapeFor<'signed'>>>;
export type ReactionDraft = z.infer<ReturnType<typeof reactionShapeFor<'draft'>>>;

/** Main's recomputation: the suggestion from the answers (a grade, or what is still to answer). */
export function recomputeReaction<T extends Partial<ReactionDraft>>(r: T): T {
  if (!r.questions) return r;
  const suggestion = gradeIrr(r.questions);
  return { ...r, suggestion, suggestedGrade: suggestion.status === 'graded' ? suggestion.grade : null };
}

function checkSigned(r: ReactionPayload, ctx: z.RefinementCtx): void {
  requireFilled(ctx, r.onsetTime, ['onsetTime'], 'Onset time');
  requireFilled(ctx, r.grade, ['grade'], 'Confirm the CTCAE grade');
  requireFilled(ctx, r.outcome, ['outcome'], 'Outcome');
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
  const i = r.infusion;
  if (i?.interruptedAt && !i.restartedAt && !i.stoppedForGoodAt) {
    ctx.addIssue({
      code: 'custom',
      path: ['infusion'],
      message: 'The infusion is still interrupted: restart it or stop it for good before signing',
    });
  }
  if (i?.restartedAt && r.grade !== null && r.grade >= 3) {
    ctx.addIssue({
      code: 'custom',
      path: ['infusion'],
      message: 'No rechallenge after a grade 3–4 reaction: the label says permanently discontinue',
    });
  }
}

export const reactionDraft = reactionShapeFor('draft')
  .partial()
  .transform((r) => recomputeReaction(r));
export const reactionPayload = reactionShapeFor('signed')
  .superRefine(checkSigned)
  .transform((r) => recomputeReaction(r));

/**
 * The infusion's side of one reaction, from the drug's infusion events: the events charted for this reaction
 * (interruption, restart, slowing, stop for good) and the rate in force just before the interruption.
 */
export function reactionInfusionOf(
  all: readonly InfusionEvent[],
  reactionEntryId: string,
  administrationEntryId: string | null,
): ReactionInfusion | null {
  if (administrationEntryId === null) return null;
  const events = liveEvents(all);
  const linked = events.filter((e) => e.reactionEntryId === reactionEntryId);
  const interrupt = linked.find((e) => e.action === 'interrupt') ?? null;
  const restart = linked.find((e) => e.action === 'restart') ?? null;
  const stopForGood = linked.find((e) => e.action === 'stop' && e.complete === false) ?? null;
  const slowed = linked.filter((e) => e.action === 'rate').at(-1) ?? null;
  const before = interrupt ? events.slice(0, events.indexOf(interrupt)) : [];
  const rateBefore = before.filter((e) => e.rateMlPerHour !== null).at(-1)?.rateMlPerHour ?? null;
  const restartRate = restart?.rateMlPerHour ?? null;
  return {
    administrationEntryId,
    interruptedAt: interrupt?.time ?? null,
    rateBefore: interrupt ? rateBefore : null,
    restartedAt: restart?.time ?? null,
    restartRate,
    restartPercent: restartRate !== null && rateBefore ? Math.round((restartRate / rateBefore) * 100) : null,
    stoppedForGoodAt: stopForGood?.time ?? null,
    slowedTo: slowed?.rateMlPerHour ?? null,
  };
}
