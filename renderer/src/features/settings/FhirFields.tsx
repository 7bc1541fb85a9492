import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

// The identifiers of the FHIR export, which only the hospital's IT can choose: the system URI its MRNs live
// under, and the base URL the exported resources are named under. Chairside's defaults are placeholders.

interface Props {
  mrnSystem: string;
  baseUrl: string;
  errors: Record<string, string>;
  readOnly: boolean;
  onChange: (key: 'fhirMrnSystem' | 'fhirBaseUrl', value: string) => void;
}

export function FhirFields({ mrnSystem, baseUrl, errors, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset disabled={readOnly}>
      <legend>{t('settings.fhir.title')}</legend>
      <p className="field-help">{t('settings.fhir.intro')}</p>
      <Field label={t('settings.fhir.mrnSystem')} help={t('settings.fhir.mrnSystemHelp')} error={errors.fhirMrnSystem}>
        <input
          value={mrnSystem}
          maxLength={200}
          spellCheck={false}
          onChange={(e) => onChange('fhirMrnSystem', e.target.value)}
        />
      </Field>
      <Field label={t('settings.fhir.baseUrl')} help={t('settings.fhir.baseUrlHelp')} error={errors.fhirBaseUrl}>
        <input
          value={baseUrl}
          maxLength={200}
          spellCheck={false}
          onChange={(e) => onChange('fhirBaseUrl', e.target.value)}
        />
      </Field>
    </fieldset>
  );
}
