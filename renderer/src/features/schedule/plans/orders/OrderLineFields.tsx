import { useTranslation } from 'react-i18next';
import { ROUTES, type OrderRoute } from '../../../../../../shared/ipc/contract/orders';
import { Field } from '../../../../components/Field';
import { NumberField } from '../../../../components/NumberField';
import { ORDER_NUMBER_RULES, type LineDraft } from './order-draft';

const UNITS = { doseMg: 'mg', volumeMl: 'mL', infusionMinutes: 'min', rateMlPerHour: 'mL/h' } as const;

interface Props {
  line: LineDraft;
  index: number;
  errors: Record<string, string>;
  onChange: (change: Partial<LineDraft>) => void;
}

/** One drug of the order: dose, route, diluent and final volume, infusion time and/or rate, as typed. */
export function OrderLineFields({ line, index, errors, onChange }: Props) {
  const { t } = useTranslation();
  const at = (field: string) => errors[`lines.${index}.${field}`];
  const text = (field: keyof typeof UNITS, label: string, help?: string) => (
    <NumberField
      label={label}
      unit={UNITS[field]}
      rules={ORDER_NUMBER_RULES[field]}
      value={line[field]}
      error={at(field)}
      help={help}
      onText={(typed) => onChange({ [field]: typed })}
      testId={`order-${line.drugId}-${field}`}
    />
  );
  return (
    <fieldset className="order-line" data-testid={`order-line-${line.drugId}`}>
      <legend>{t('orders.line.legend', { drug: line.drugName, dose: line.planDose })}</legend>
      {errors[`lines.${index}.drugId`] && (
        <p className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {errors[`lines.${index}.drugId`]}
        </p>
      )}
      <div className="order-line-grid">
        {text('doseMg', t('orders.line.doseMg'))}
        <Field label={t('orders.line.route')} error={at('route')}>
          <select value={line.route} onChange={(e) => onChange({ route: e.target.value as OrderRoute })}>
            {ROUTES.map((r) => (
              <option key={r} value={r}>
                {t(`orders.route.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('orders.line.diluent')} help={t('orders.line.diluentHelp')} error={at('diluent')}>
          <input value={line.diluent} maxLength={120} onChange={(e) => onChange({ diluent: e.target.value })} />
        </Field>
        {text('volumeMl', t('orders.line.volumeMl'), t('orders.line.optional'))}
        {text(
          'infusionMinutes',
          t('orders.line.infusionMinutes'),
          line.planMinutes === null ? undefined : t('orders.line.labelTime', { minutes: line.planMinutes }),
        )}
        {text('rateMlPerHour', t('orders.line.rateMlPerHour'), t('orders.line.optional'))}
      </div>
    </fieldset>
  );
}
