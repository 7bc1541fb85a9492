import { z } from 'zod';
import type { MessageKey, MessageParams } from '../i18n/translate';
import type { ReasonMessages } from './messages.en';

// The reasons the app writes itself when it holds, cancels or moves a dose (a signed reaction or side effect,
// a hold at the chair, a hold that shifts later doses, a tightened day, a closed day). Each is stored as a code
// with its values beside the English sentence (migration 1000), so every screen and print says it in the
// reader's language, with dates and numbers formatted there, while logs and the audit trail keep the English.
// A reason a person typed is never coded: it is kept and shown exactly as typed, in any language.

const note = z.string().max(1000);
const count = z.number().int().min(0);
/** The grade charted on the signed entry; null only when the entry has none (said in words, never "grade ?"). */
const chartedGrade = z.number().int().min(1).max(5);
const sideEffect = z
  .object({
    /** The CTCAE term as charted, never translated; null when the entry names none. */
    term: z.string().max(200).nullable(),
    grade: chartedGrade.nullable(),
    onsetDate: z.iso.date().nullable(),
  })
  .strict();

const coded = <C extends string, P extends z.ZodType>(code: C, params: P) =>
  z.object({ code: z.literal(code), params }).strict();

/** Reasons that stand alone: they can also be the cause inside a shifted dose's reason. */
const standalone = [
  coded('reaction-discontinue', z.object({ grade: chartedGrade, date: z.iso.date() }).strict()),
  coded('side-effect-hold', sideEffect),
  coded('side-effect-discontinue', sideEffect),
  coded('held-at-chair', z.object({ note }).strict()),
  coded('day-tightened', z.object({ before: count, after: count }).strict()),
  coded('center-closed', z.object({ date: z.iso.date(), note }).strict()),
  coded('center-closed-hours', z.object({ date: z.iso.date() }).strict()),
] as const;

/** Why a dose was held: the nurse's own words (kept as typed) or one of the app's reasons. */
export const reasonCause = z.union([note, z.discriminatedUnion('code', standalone)]);
export type ReasonCause = z.infer<typeof reasonCause>;

const doseHeld = z.object({ dose: z.number().int().positive(), cause: reasonCause }).strict();

/** An app-written reason as it travels to the screens: its code and the values its words take. */
export const codedReason = z.discriminatedUnion('code', [
  ...standalone,
  coded('dose-held', doseHeld),
  coded('dose-held-no-room', doseHeld),
]);
export type CodedReason = z.infer<typeof codedReason>;
export type ReasonCode = CodedReason['code'];

/**
 * One of the app's reasons, from its code and the values its words take (typed by the code). Services write
 * reasons this way, so a reason is never mistaken for a refusal's `code:` (tests/unit/core/core-refusals.test.ts).
 */
export function appReason<C extends ReasonCode>(code: C, params: Extract<CodedReason, { code: C }>['params']) {
  return { code, params } as Extract<CodedReason, { code: C }>;
}

/** A reason a service records: words a person typed (a string, kept as typed) or the app's own, coded. */
export type StatedReason = string | CodedReason;

/** How the reader's language writes a calendar day and a number. */
export interface ReasonFormat {
  date(isoDate: string): string;
  number(value: number): string;
}

/** The words of one key of the reasons catalogue, with its values filled in (i18next's `t`, or main's translator). */
export type SayReason = (key: MessageKey<ReasonMessages>, params: MessageParams) => string;

function sideEffectWords(
  reason: Extract<CodedReason, { code: 'side-effect-hold' | 'side-effect-discontinue' }>,
  say: SayReason,
  format: ReasonFormat,
): string {
  const { term, grade, onsetDate } = reason.params;
  return say(reason.code, {
    term: term ?? say('part.noTerm', {}),
    grade: grade === null ? say('part.noGrade', {}) : say('part.grade', { grade: format.number(grade) }),
    onset: onsetDate === null ? '' : say('part.onset', { date: format.date(onsetDate) }),
  });
}

/** A stated reason in words: a person's words as typed, the app's own from its code and values. */
export function reasonWords(reason: StatedReason, say: SayReason, format: ReasonFormat): string {
  if (typeof reason === 'string') return reason;
  switch (reason.code) {
    case 'reaction-discontinue':
      return say(reason.code, { grade: format.number(reason.params.grade), date: format.date(reason.params.date) });
    case 'side-effect-hold':
    case 'side-effect-discontinue':
      return sideEffectWords(reason, say, format);
    case 'held-at-chair':
      return say(reason.code, { note: reason.params.note });
    case 'day-tightened':
      return say(reason.code, {
        before: format.number(reason.params.before),
        after: format.number(reason.params.after),
      });
    case 'center-closed':
      return say(reason.code, { date: format.date(reason.params.date), note: reason.params.note });
    case 'center-closed-hours':
      return say(reason.code, { date: format.date(reason.params.date) });
    case 'dose-held':
    case 'dose-held-no-room':
      return say(reason.code, {
        dose: format.number(reason.params.dose),
        cause: reasonWords(reason.params.cause, say, format),
      });
  }
}
