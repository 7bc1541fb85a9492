import i18next from 'i18next';
import { isCoreRefusalReason } from '../../../shared/ipc/core-refusals';
import { VALIDATION_REASONS } from '../../../shared/ipc/refusal-reasons';
import { fieldWords, validationSentence, type WordsLanguage } from '../../../shared/ipc/validation-words';
import type { IpcError, IpcIssue } from '../../../shared/ipc/result';
import { tDynamic } from '../i18n';
import { colon } from '../i18n/colon';

// A refusal in the reader's words. Main's validation issues carry a stable reason (shared/ipc/refusal-reasons.ts)
// and their bounds: those are worded from shared/ipc/validation-words.ts, so neither a payload path
// ("payload.vitalsSeries.0.temperatureC") nor the schema's English ("Too big: expected number to be <=120") reaches a nurse. The core's own refusals carry a reason
// from shared/ipc/core-refusals.ts, worded under `errors` (i18n/errors.en.ts, errors.fr.ts) in both languages.

const REASONS: ReadonlySet<string> = new Set(VALIDATION_REASONS);

/** The schema library's own wording, which is never shown: "Invalid input: …", "Too big: …", "Too small: …". */
const SCHEMA_WORDING = /^(Invalid\b|Too (big|small)\b|Unrecognized key|Expected\b)/;

const language = (): WordsLanguage => (i18next.language === 'fr' ? 'fr' : 'en');

/**
 * What is wrong with one field, naming it. A validation issue is said from its reason and bounds in the reader's
 * language (shared/ipc/validation-words.ts); in English, main's own sentence (a rule worded for nurses in the
 * schema, or the same words) is kept. The core's refusals are worded under `errors`.
 */
export function issueText(issue: Pick<IpcIssue, 'path' | 'message' | 'code' | 'params'>): string {
  const isReason = issue.code !== undefined && REASONS.has(issue.code);
  if (isReason && (language() !== 'en' || SCHEMA_WORDING.test(issue.message) || !issue.message)) {
    return validationSentence({ path: issue.path, code: issue.code!, params: issue.params }, language());
  }
  // A service's own English sentence can carry what the reason's words cannot (the limit it was checked
  // against, the rule of the label): English readers get it, other languages the reason's words. The parameters
  // are asked with the key: a reason worded only in plural forms (`_one`, `_other`) exists for a count.
  if (issue.code && !isReason && i18next.exists(`errors.${issue.code}`, issue.params)) {
    if (language() === 'en' && issue.message && !SCHEMA_WORDING.test(issue.message)) return issue.message;
    return tDynamic(`errors.${issue.code}`, issue.message, issue.params);
  }
  if (SCHEMA_WORDING.test(issue.message)) return validationSentence({ path: issue.path, code: 'invalid' }, language());
  return issue.message;
}

/** The field a path names, in words: its last named part ("doses.0.date" → "date"), never the path. */
export function fieldName(path: string): string | null {
  return fieldWords(path, language());
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The whole refusal of an `invalid` request, naming each field in words with what is wrong with it. */
export function invalidText(error: Pick<IpcError, 'issues'>): string {
  const t = i18next.t.bind(i18next);
  const named = error.issues.slice(0, 5).flatMap((issue) => {
    const name = fieldName(issue.path);
    if (name === null) return [];
    const text = issueText(issue);
    // A rule worded for nurses in the schema ("Use digits, spaces…") does not say which field it is about.
    return text.toLowerCase().startsWith(name.toLowerCase()) ? [text] : [`${capitalised(name)}${colon()} ${text}`];
  });
  if (named.length === 0) {
    const coded = codedIssue(error);
    return coded ? issueText(coded) : t('field.refusal.summaryNoNames');
  }
  const list = named.map((text) => (/[.!?]$/.test(text) ? text : `${text}.`)).join(' ');
  return t('field.refusal.summary', { list });
}

/** The issue carrying the core's reason for a refusal (shared/ipc/core-refusals.ts), if it has one. */
export function codedIssue(error: Pick<IpcError, 'issues'>): IpcIssue | undefined {
  return error.issues.find((issue) => isCoreRefusalReason(issue.code));
}

/** The issues that name a field (a whole-request refusal has an empty path). */
export function fieldIssues(error: Pick<IpcError, 'issues'>): IpcIssue[] {
  return error.issues.filter((issue) => issue.path !== '');
}
