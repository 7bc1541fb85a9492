import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PATIENT_LIMITS, PREFERRED_WINDOWS, SEXES, type Patient } from '../../../../shared/ipc/contract/patients';
import { ApiError, call } from '../../app/api';
import { Field, issuesByField } from '../../components/Field';
import { EMPTY_FORM, formFromPatient, inputFromForm, type PatientFormState } from './draft';
import { DateText, useDateHelp } from './DateText';
import { todayIso } from './format';
import { patientHref } from './route';

type Key = keyof PatientFormState;

/** Creates a patient, or edits one when `patient` is given; refusals are shown beside their fields. */
export function PatientForm({ patient, onSaved }: { patient?: Patient; onSaved?: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<PatientFormState>(() => (patient ? formFromPatient(patient) : EMPTY_FORM));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const set = (key: Key, value: string) => setForm((f) => ({ ...f, [key]: value }));
  // A weight typed without its date gets today's date, visibly, so the nurse can correct it.
  const setMeasure = (key: 'weightKg' | 'heightCm', date: 'weightMeasuredOn' | 'heightMeasuredOn', value: string) =>
    setForm((f) => ({ ...f, [key]: value, [date]: f[date] === '' && value.trim() !== '' ? todayIso() : f[date] }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      const input = inputFromForm(form);
      const saved = patient
        ? await call('patients:update', { ...input, id: patient.id, expectedUpdatedAt: patient.updatedAt })
        : await call('patients:create', input);
      onSaved?.();
      window.location.hash = patientHref(saved.id);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setErrors(issuesByField(error.error.issues));
      const stale = error.code === 'conflict' && error.error.issues.length === 0;
      setProblem(stale ? t('patients.staleEdit') : error.error.issues.length > 0 ? t('patients.fixFields') : error.message);
    } finally {
      setSaving(false);
    }
  }

  const field = (key: Key, control: ReactElement<{ id?: string }>, help?: string) => (
    <Field label={t(`patients.field.${key}`)} error={errors[key]} {...(help ? { help } : {})}>
      {control}
    </Field>
  );
  const textInput = (key: Key, props: Record<string, unknown> = {}) => (
    <input value={form[key]} onChange={(e) => set(key, e.target.value)} {...props} />
  );
  const dateHelp = useDateHelp();
  const dateField = (key: 'birthDate' | 'weightMeasuredOn' | 'heightMeasuredOn') =>
    field(key, <DateText value={form[key]} onChange={(v) => set(key, v)} />, dateHelp(form[key]));
  const { weightKg: W, heightCm: H } = PATIENT_LIMITS;

  return (
    <form className="form patient-form" onSubmit={(e) => void save(e)} noValidate aria-labelledby="patient-form-title">
      {problem && (
        <p className="status status-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {problem}
        </p>
      )}
      <fieldset>
        <legend>{t('patients.section.identity')}</legend>
        {field('mrn', textInput('mrn', { autoComplete: 'off', spellCheck: false, maxLength: PATIENT_LIMITS.mrnMax }))}
        <div className="field-row">
          {field('familyName', textInput('familyName', { autoComplete: 'off' }))}
          {field('givenName', textInput('givenName', { autoComplete: 'off' }))}
        </div>
        <div className="field-row">
          {dateField('birthDate')}
          {field(
            'sex',
            <select value={form.sex} onChange={(e) => set('sex', e.target.value)}>
              <option value="">—</option>
              {SEXES.map((s) => (
                <option key={s} value={s}>
                  {t(`patients.sex.${s}`)}
                </option>
              ))}
            </select>,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('patients.section.measures')}</legend>
        <div className="field-row">
          {field(
            'weightKg',
            <input inputMode="decimal" value={form.weightKg} onChange={(e) => setMeasure('weightKg', 'weightMeasuredOn', e.target.value)} />,
            t('patients.measureHelp', { min: W.min, max: W.max, unit: 'kg' }),
          )}
          {dateField('weightMeasuredOn')}
        </div>
        <div className="field-row">
          {field(
            'heightCm',
            <input inputMode="decimal" value={form.heightCm} onChange={(e) => setMeasure('heightCm', 'heightMeasuredOn', e.target.value)} />,
            t('patients.measureHelp', { min: H.min, max: H.max, unit: 'cm' }),
          )}
          {dateField('heightMeasuredOn')}
        </div>
        {field(
          'allergies',
          <textarea value={form.allergies} maxLength={PATIENT_LIMITS.allergiesMax} onChange={(e) => set('allergies', e.target.value)} />,
          t('patients.field.allergiesHelp'),
        )}
      </fieldset>
      <fieldset>
        <legend>{t('patients.section.contact')}</legend>
        <div className="field-row">
          {field(
            'preferredLanguage',
            <select value={form.preferredLanguage} onChange={(e) => set('preferredLanguage', e.target.value)}>
              <option value="en">{t('patients.language.en')}</option>
              <option value="fr">{t('patients.language.fr')}</option>
            </select>,
          )}
          {field('phone', textInput('phone', { type: 'tel', maxLength: PATIENT_LIMITS.phoneMax }))}
        </div>
        {field(
          'preferredWindow',
          <select value={form.preferredWindow} onChange={(e) => set('preferredWindow', e.target.value)}>
            {PREFERRED_WINDOWS.map((w) => (
              <option key={w} value={w}>
                {t(`patients.window.${w}`)}
              </option>
            ))}
          </select>,
        )}
        {field('notes', <textarea value={form.notes} maxLength={PATIENT_LIMITS.notesMax} onChange={(e) => set('notes', e.target.value)} />)}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('patients.save')}
        </button>
        <a className="button link-button" href={patient ? patientHref(patient.id) : '#/patients'}>
          {t('patients.cancel')}
        </a>
      </div>
    </form>
  );
}
