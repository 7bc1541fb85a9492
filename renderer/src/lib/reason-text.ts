import i18next from 'i18next';
import { reasonWords, type CodedReason, type SayReason } from '../../../shared/reasons/app-reasons';
import { formatDay, intlLocale } from './dates';

// Why a dose was held, cancelled or moved, as every screen and print shows it. The app's own reasons come with
// a code and values (shared/reasons/app-reasons.ts): they are worded here in the reader's language, with the
// day and numbers written the reader's way. A reason a person typed, and any row stored before the codes, has
// no code: its text is shown exactly as it was stored.

const say: SayReason = (key, params) => i18next.t(`reasons.${key}`, params);

/** The reason in the reader's words: from its code when the app wrote it, else its stored text. */
export function reasonText(text: string, coded: CodedReason | null | undefined): string {
  if (!coded) return text;
  const language = i18next.language;
  const number = new Intl.NumberFormat(intlLocale(language));
  return reasonWords(coded, say, { date: (iso) => formatDay(iso, language), number: (n) => number.format(n) });
}
