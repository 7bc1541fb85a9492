import { useTranslation } from 'react-i18next';
import { NumberField } from '../../components/NumberField';

// The center's rule for weight-based doses: how old a weight may be, and how far it may be from the plan's
// weight, before the dose waits for a fresh weight or the prescriber. The limits are the contract's.

export const WEIGHT_POLICY_RULES = {
  weightMaxAgeDays: { integer: true, min: 0, max: 90 },
  weightMaxChangePercent: { min: 1, max: 50, decimals: 1 },
} as const;

export type WeightPolicyKey = keyof typeof WEIGHT_POLICY_RULES;
export type WeightPolicyText = Record<WeightPolicyKey, string>;

interface Props {
  text: WeightPolicyText;
  errors: Record<string, string>;
  readOnly: boolean;
  onText: (key: WeightPolicyKey, text: string) => void;
}

export function WeightPolicyFields({ text, errors, readOnly, onText }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset disabled={readOnly}>
      <legend>{t('settings.weightPolicy.title')}</legend>
      <p className="field-help">{t('settings.weightPolicy.intro')}</p>
      <NumberField
        label={t('settings.weightPolicy.maxAgeDays')}
        unit={t('settings.weightPolicy.days')}
        rules={WEIGHT_POLICY_RULES.weightMaxAgeDays}
        value={text.weightMaxAgeDays}
        error={errors.weightMaxAgeDays}
        className="short-number"
        onText={(typed) => onText('weightMaxAgeDays', typed)}
      />
      <NumberField
        label={t('settings.weightPolicy.maxChangePercent')}
        unit="%"
        rules={WEIGHT_POLICY_RULES.weightMaxChangePercent}
        value={text.weightMaxChangePercent}
        error={errors.weightMaxChangePercent}
        className="short-number"
        onText={(typed) => onText('weightMaxChangePercent', typed)}
      />
    </fieldset>
  );
}
