import i18next from 'i18next';
import { VALIDATION_REASONS } from '../../../shared/ipc/refusal-reasons';
import type { IpcError, IpcIssue } from '../../../shared/ipc/result';

// A refusal in the reader's words. Main's validation issues carry a stable reason (shared/ipc/refusal-reasons.ts):
// those are always worded here, so neither a payload path ("payload.vitalsSeries.0.temperatureC") nor the
// schema's English ("Too big: expected number to be <=120") reaches a nurse. A message a service wrote for nurses
// is kept in English; in French it is replaced by the reason's words.

const REASONS: ReadonlySet<string> = new Set(VALIDATION_REASONS);

/** The schema library's own wording, which is never shown: "Invalid input: …", "Too big: …", "Too small: …". */
const SCHEMA_WORDING = /^(Invalid\b|Too (big|small)\b|Unrecognized key|Expected\b)/;

/** What is wrong with one field, beside the field. */
export function issueText(issue: Pick<IpcIssue, 'message' | 'code' | 'params'>): string {
  const t = i18next.t.bind(i18next);
  const isReason = issue.code !== undefined && REASONS.has(issue.code);
  if (isReason && (i18next.language !== 'en' || SCHEMA_WORDING.test(issue.message))) {
    return t(`field.refusal.${issue.code}`, issue.params ?? {});
  }
  if (issue.code && !isReason && i18next.exists(`errors.${issue.code}`)) return t(`errors.${issue.code}`, issue.params);
  if (SCHEMA_WORDING.test(issue.message)) return t('field.refusal.invalid');
  return issue.message;
}

/** The field a path names, in words: its last named part ("doses.0.date" → "date"), never the path. */
export function fieldName(path: string): string | null {
  const leaf = path
    .split('.')
    .filter((part) => part && !/^\d+$/.test(part))
    .at(-1);
  return leaf && i18next.exists(`field.names.${leaf}`) ? i18next.t(`field.names.${leaf}`) : null;
}

/** The whole refusal of an `invalid` request, naming each field in words with what is wrong with it. */
export function invalidText(error: Pick<IpcError, 'issues'>): string {
  const t = i18next.t.bind(i18next);
  const named = error.issues
    .slice(0, 5)
    .map((issue) => ({ name: fieldName(issue.path), text: issueText(issue) }))
    .filter((item) => item.name !== null);
  if (named.length === 0) return t('field.refusal.summaryNoNames');
  const list = named.map((item) => `${item.name} (${item.text.replace(/\.$/, '')})`).join(', ');
  return t('field.refusal.summary', { list });
}
