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

/**
 * One save at a time for a center setup section: field errors keyed by the core's issue paths, and a
 * message that says what happened (with the 24-hour time on success).
 */
export function useSave() {
  const { t } = useTranslation();
  const clinic = useClinicTimes();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<SaveMessage | null>(null);

  async function run<T>(action: () => Promise<T>): Promise<T | null> {
    try {
      const value = await action();
      setErrors({});
      setMessage({ kind: 'ok', text: t('center.saved', { time: clinic.now() }) });
      return value;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setErrors(issuesByField(error.error.issues));
      setMessage({ kind: 'error', text: fieldIssues(error.error).length > 0 ? t('center.fixFields') : error.message });
      return null;
    }
  }

  /** Problems found before anything was sent (a time that is not on the 24-hour clock). */
  function refuse(fieldErrors: Record<string, string>) {
    setErrors(fieldErrors);
    setMessage({ kind: 'error', text: t('center.fixFields') });
  }

  return { errors, message, run, refuse };
}
