import { useTranslation } from 'react-i18next';
import { Check, NumberField } from '../parts';

/** Below 12 years (or with a developmental delay) ICANS uses the CAPD total instead of the ICE (Lee 2019). */
export function CapdFields(props: {
  /** The total as typed (a draft keeps text that is not a number yet), or 'unable' (a Capd). */
  capd: number | string | null | undefined;
  onChange: (capd: number | string | null) => void;
  readOnly: boolean;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const isUnable = props.capd === 'unable';
  return (
    <fieldset className="cs-capd" data-testid="capd">
      <legend>{t('chairside.carT.capd')}</legend>
      <p className="field-help">{t('chairside.carT.capdHelp')}</p>
      {!isUnable && (
        <NumberField
          label={t('chairside.carT.capdScore')}
          unit="0–32"
          rules={{ integer: true, min: 0, max: 32 }}
          value={props.capd === 'unable' ? null : props.capd}
          readOnly={props.readOnly}
          error={props.error}
          onChange={(value) => props.onChange(value)}
        />
      )}
      <Check
        label={t('chairside.carT.capdUnable')}
        checked={isUnable}
        readOnly={props.readOnly}
        onChange={(checked) => props.onChange(checked ? 'unable' : null)}
      />
    </fieldset>
  );
}
