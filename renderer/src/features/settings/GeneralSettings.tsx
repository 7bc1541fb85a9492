import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../../../shared/ipc/contract/system';
import { PAPER_SIZES } from '../../../../shared/ipc/contract/handouts';
import { ApiError, call, useQuery } from '../../app/api';
import { Field, issuesByField } from '../../components/Field';
import { NumberField, typedNumber } from '../../components/NumberField';
import { LANGUAGES, setLanguage } from '../../i18n';
import { formatDecimal } from '../../../../shared/numbers/decimal';
import { localeOf } from '../../components/NumberField';
import { FhirFields } from './FhirFields';
import { WEIGHT_POLICY_RULES, WeightPolicyFields, type WeightPolicyText } from './WeightPolicyFields';
import { useClinicTimes } from '../../app/clinic-clock';
import { Alert } from '../../components/Alert';

/** The idle lock: whole minutes, 1 to 120 (the contract's limits). */
const IDLE_RULES = { integer: true, min: 1, max: 120 } as const;

/** The center's name and phone, the language, the idle lock and PIN sign-in: one form, saved together. */
export function GeneralSettings({ readOnly }: { readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const clinic = useClinicTimes();
  const settings = useQuery('settings:get', {});
  const [draft, setDraft] = useState<AppSettings | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [idleText, setIdleText] = useState('');
  const [weightText, setWeightText] = useState<WeightPolicyText>({ weightMaxAgeDays: '', weightMaxChangePercent: '' });

  useEffect(() => {
    if (!settings.data) return;
    setDraft(settings.data);
    setIdleText(String(settings.data.idleLockMinutes));
    // The settings' language is the screen's.
    const locale = localeOf(settings.data.language);
    setWeightText({
      weightMaxAgeDays: formatDecimal(settings.data.weightMaxAgeDays, locale),
      weightMaxChangePercent: formatDecimal(settings.data.weightMaxChangePercent, locale),
    });
  }, [settings.data]);

  if (settings.error) {
    return <Alert>{settings.error.message}</Alert>;
  }
  if (!draft) return <p>{t('app.loading')}</p>;

  const update = <K extends keyof AppSettings>(key: K, value: AppSettings[K]) => setDraft({ ...draft, [key]: value });

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const idle = typedNumber(idleText, i18n.language, IDLE_RULES);
    const days = typedNumber(weightText.weightMaxAgeDays, i18n.language, WEIGHT_POLICY_RULES.weightMaxAgeDays);
    const percent = typedNumber(
      weightText.weightMaxChangePercent,
      i18n.language,
      WEIGHT_POLICY_RULES.weightMaxChangePercent,
    );
    if (idle === 'invalid' || days === 'invalid' || percent === 'invalid') {
      setMessage({ kind: 'error', text: t('settings.fixFields') });
      return;
    }
    try {
      const saved = await call('settings:update', {
        ...draft,
        idleLockMinutes: idle ?? Number.NaN,
        weightMaxAgeDays: days ?? Number.NaN,
        weightMaxChangePercent: percent ?? Number.NaN,
      });
      setDraft(saved);
      setErrors({});
      setLanguage(saved.language);
      const tSaved = i18n.getFixedT(saved.language);
      setMessage({ kind: 'ok', text: tSaved('settings.saved', { time: clinic.now() }) });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setErrors(issuesByField(error.error.issues));
      setMessage({ kind: 'error', text: error.code === 'invalid' ? t('settings.fixFields') : error.message });
    }
  }

  return (
    <form className="form" onSubmit={(e) => void save(e)} noValidate>
      <fieldset disabled={readOnly}>
        <legend>{t('settings.general')}</legend>
        <Field label={t('settings.language')} error={errors.language}>
          <select
            value={draft.language}
            onChange={(e) => update('language', e.target.value as AppSettings['language'])}
          >
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('settings.paperSize')} help={t('settings.paperSizeHelp')} error={errors.paperSize}>
          <select
            value={draft.paperSize}
            onChange={(e) => update('paperSize', e.target.value as AppSettings['paperSize'])}
          >
            {PAPER_SIZES.map((size) => (
              <option key={size} value={size}>
                {t(`settings.paper.${size}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('settings.centerName')} error={errors.centerName}>
          <input value={draft.centerName} maxLength={120} onChange={(e) => update('centerName', e.target.value)} />
        </Field>
        <Field
          label={t('settings.centerPhone24h')}
          help={t('settings.centerPhone24hHelp')}
          error={errors.centerPhone24h}
        >
          <input type="tel" value={draft.centerPhone24h} onChange={(e) => update('centerPhone24h', e.target.value)} />
        </Field>
        <NumberField
          label={t('settings.idleLockMinutes')}
          rules={IDLE_RULES}
          value={idleText}
          error={errors.idleLockMinutes}
          className="short-number"
          onText={setIdleText}
        />
        <label className="choice">
          <input type="checkbox" checked={draft.pinSignIn} onChange={(e) => update('pinSignIn', e.target.checked)} />
          {t('security.pinSignIn')}
        </label>
      </fieldset>
      <WeightPolicyFields
        text={weightText}
        errors={errors}
        readOnly={readOnly}
        onText={(key, typed) => setWeightText({ ...weightText, [key]: typed })}
      />
      <FhirFields
        mrnSystem={draft.fhirMrnSystem}
        baseUrl={draft.fhirBaseUrl}
        errors={errors}
        readOnly={readOnly}
        onChange={update}
      />
      <div className="form-actions">
        {!readOnly && (
          <button type="submit" className="button button-primary">
            {t('settings.save')}
          </button>
        )}
        {message && (
          <p role="status" className={`status status-${message.kind}`} lang={i18n.language}>
            <span aria-hidden="true">{message.kind === 'ok' ? '✓ ' : '⚠ '}</span>
            {message.text}
          </p>
        )}
      </div>
    </form>
  );
}
