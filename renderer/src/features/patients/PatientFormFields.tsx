import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PATIENT_LIMITS, PREFERRED_WINDOWS, SEXES } from '../../../../shared/ipc/contract/patients';
import { Field } from '../../components/Field';
import { NumberField } from '../../components/NumberField';
import { DateField } from '../../components/DateField';
import { MEASURE_RULES } from './draft';
import type { PatientFormState } from './draft';

type Key = keyof PatientFormState;

export interface FieldsProps {
  form: PatientFormState;
  errors: Record<string, string>;
  set: (key: Key, value: string) => void;
  setMeasure: (key: 'weightKg' | 'heightCm', value: string) => void;
}

/** Builders for one labelled field each, with its error beside it and its help under it. */
function useFieldKit({ form, errors, set }: FieldsProps) {
  const { t } = useTranslation();
  const field = (key: Key, control: ReactElement<{ id?: string }>, help?: string) => (
    <Field label={t(`patients.field.${key}`)} error={errors[key]} {...(help ? { help } : {})}>
      {control}
    </Field>
  );
  const text = (key: Key, props: Record<string, unknown> = {}) =>
    field(key, <input value={form[key]} onChange={(e) => set(key, e.target.value)} {...props} />);
  const date = (key: 'birthDate' | 'weightMeasuredOn' | 'heightMeasuredOn') => (
    <DateField label={t(`patients.field.${key}`)} error={errors[key]} value={form[key]} onChange={(v) => set(key, v)} />
  );
  return { t, field, text, date };
}

export function IdentityFields(props: FieldsProps) {
  const { t, field, text, date } = useFieldKit(props);
  return (
    <fieldset>
      <legend>{t('patients.section.identity')}</legend>
      {text('mrn', { autoComplete: 'off', spellCheck: false, maxLength: PATIENT_LIMITS.mrnMax })}
      <div className="field-row">
        {text('familyName', { autoComplete: 'off' })}
        {text('givenName', { autoComplete: 'off' })}
      </div>
      <div className="field-row">
        {date('birthDate')}
        {field(
          'sex',
          <select value={props.form.sex} onChange={(e) => props.set('sex', e.target.value)}>
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
  );
}

export function MeasureFields(props: FieldsProps) {
  const { t, field, date } = useFieldKit(props);
  const { form, setMeasure } = props;
  const measure = (key: 'weightKg' | 'heightCm', unit: 'kg' | 'cm') => (
    <NumberField
      label={t(`patients.field.${key}`)}
      unit={unit}
      rules={MEASURE_RULES[key]}
      value={form[key]}
      error={props.errors[key]}
      help={t('patients.measureHelp', { min: PATIENT_LIMITS[key].min, max: PATIENT_LIMITS[key].max, unit })}
      onText={(text) => setMeasure(key, text)}
    />
  );
  return (
    <fieldset>
      <legend>{t('patients.section.measures')}</legend>
      <div className="field-row">
        {measure('weightKg', 'kg')}
        {date('weightMeasuredOn')}
      </div>
      <div className="field-row">
        {measure('heightCm', 'cm')}
        {date('heightMeasuredOn')}
      </div>
      {field(
        'allergies',
        <textarea
          value={form.allergies}
          maxLength={PATIENT_LIMITS.allergiesMax}
          onChange={(e) => props.set('allergies', e.target.value)}
        />,
        t('patients.field.allergiesHelp'),
      )}
    </fieldset>
  );
}

export function ContactFields(props: FieldsProps) {
  const { t, field, text } = useFieldKit(props);
  const { form, set } = props;
  return (
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
        {text('phone', { type: 'tel', maxLength: PATIENT_LIMITS.phoneMax })}
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
      {field(
        'notes',
        <textarea
          value={form.notes}
          maxLength={PATIENT_LIMITS.notesMax}
          onChange={(e) => set('notes', e.target.value)}
        />,
      )}
    </fieldset>
  );
}
