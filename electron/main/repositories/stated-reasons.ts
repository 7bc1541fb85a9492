import { codedReason, reasonWords, type CodedReason, type StatedReason } from '../../../shared/reasons/app-reasons';
import { reasonsEn } from '../../../shared/reasons/messages.en';
import { translator } from '../../../shared/i18n/translate';

// A stated reason in its columns (migration 1000) and back: the text column keeps the English sentence (logs,
// audit trail, rows from before the codes) or a person's words as typed; the code and values columns let the
// screens word the app's own reasons in the reader's language.

const english = translator(reasonsEn, 'en');
/** The English text keeps ISO dates and plain numbers, as the reasons stored before 1000 did. */
const AS_STORED = { date: (isoDate: string) => isoDate, number: (value: number) => String(value) };

/** The English sentence of a stated reason (a typed one as it was typed). */
export function reasonText(reason: StatedReason): string {
  return reasonWords(reason, english, AS_STORED);
}

export interface ReasonColumns {
  text: string;
  code: string | null;
  paramsJson: string | null;
}

export function toReasonColumns(reason: StatedReason): ReasonColumns {
  if (typeof reason === 'string') return { text: reason, code: null, paramsJson: null };
  return { text: reasonText(reason), code: reason.code, paramsJson: JSON.stringify(reason.params) };
}

/**
 * The coded reason of a row, or null: a typed reason, a row from before 1000, or a code this version does not
 * know (a newer workstation on the same center database) is shown by its text.
 */
export function codedReasonOf(
  code: string | null | undefined,
  paramsJson: string | null | undefined,
): CodedReason | null {
  if (!code) return null;
  try {
    const params: unknown = paramsJson ? JSON.parse(paramsJson) : {};
    const parsed = codedReason.safeParse({ code, params });
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
