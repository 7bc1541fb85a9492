import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api';
import { issuesByField } from '../../../components/Field';
import { fieldIssues } from '../../../components/refusal-text';
import { useClinicTimes } from '../../../app/clinic-clock';

export interface SaveMessage {
  kind: 'ok' | 'error';
  text: string;
}

// The library schemas' own checks answer in zod's words; these are the ones a nurse meets in these forms.
type FriendlyKey = 'library.center.mustBePositive' | 'library.center.enterNumber' | 'library.center.enterWholeNumber';
const FRIENDLY: ReadonlyArray<[RegExp, FriendlyKey]> = [
  [/^Too small: expected number to be >0$/, 'library.center.mustBePositive'],
  [/^Invalid input: expected number, received NaN$/, 'library.center.enterNumber'],
  [/^Invalid input: expected int, received number$/, 'library.center.enterWholeNumber'],
];

/** One save at a time: field errors keyed by the core's issue paths, and a message saying what happened. */
export function useLibrarySave() {
  const { t } = useTranslation();
  const clinic = useClinicTimes();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<SaveMessage | null>(null);

  async function run<T>(action: () => Promise<T>): Promise<T | null> {
    try {
      const value = await action();
      setErrors({});
      setMessage({ kind: 'ok', text: t('library.center.saved', { time: clinic.now() }) });
      return value;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const issues = error.error.issues.map((issue) => {
        const known = FRIENDLY.find(([pattern]) => pattern.test(issue.message));
        return known ? { ...issue, message: String(t(known[1])) } : issue;
      });
      setErrors(issuesByField(issues));
      setMessage({
        kind: 'error',
        text: fieldIssues(error.error).length > 0 ? t('library.center.fixFields') : error.message,
      });
      return null;
    }
  }

  function reset() {
    setErrors({});
    setMessage(null);
  }

  return { errors, message, run, reset };
}

export function SaveStatus({ message }: { message: SaveMessage | null }) {
  if (!message) return null;
  return (
    <p role="status" className={`status status-${message.kind}`}>
      <span aria-hidden="true">{message.kind === 'ok' ? '✓ ' : '⚠ '}</span>
      {message.text}
    </p>
  );
}
