import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_TYPES } from '../../../../shared/ipc/contract/labs';
import { useMutation } from '../../app/api';
import { Field } from '../../components/Field';
import { TextField } from '../chairside';
import { Alert } from '../../components/Alert';

/**
 * Consent for a plan: date, type, who obtained it and, when the center's form has one, its expiry. Once recorded,
 * the consent banner above the visit and Ready to treat ask again (their reads are invalidated).
 */
export function ConsentForm({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    date: '',
    type: 'written' as (typeof CONSENT_TYPES)[number],
    obtainedBy: '',
    expiresOn: '',
  });
  const [error, setError] = useState<string | null>(null);
  const recording = useMutation('consent:record', { invalidates: ['consent:list', 'ready:evaluate'] });
  const submit = () =>
    recording.run({ planId, ...form, expiresOn: form.expiresOn === '' ? null : form.expiresOn }).then(
      () => setError(null),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  return (
    <fieldset className="ready-consent">
      <legend>{t('labs.ready.consent.title')}</legend>
      <TextField
        label={t('labs.ready.consent.date')}
        placeholder="YYYY-MM-DD"
        value={form.date}
        onChange={(date) => setForm({ ...form, date })}
      />
      <Field label={t('labs.ready.consent.type')}>
        <select value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value as typeof form.type })}>
          {CONSENT_TYPES.map((c) => (
            <option key={c} value={c}>
              {t(`labs.ready.consent.${c}`)}
            </option>
          ))}
        </select>
      </Field>
      <TextField
        label={t('labs.ready.consent.obtainedBy')}
        value={form.obtainedBy}
        onChange={(obtainedBy) => setForm({ ...form, obtainedBy })}
      />
      <TextField
        label={t('labs.ready.consent.expiresOn')}
        placeholder="YYYY-MM-DD"
        value={form.expiresOn}
        onChange={(expiresOn) => setForm({ ...form, expiresOn })}
      />
      <button type="button" disabled={recording.pending} onClick={() => void submit()}>
        {t('labs.ready.consent.submit')}
      </button>
      {error && <Alert>{error}</Alert>}
    </fieldset>
  );
}
