import { useTranslation } from 'react-i18next';
import { ROUTES, type OrderRoute } from '../../../../../../shared/ipc/contract/orders';
import { Field } from '../../../../components/Field';
import type { LineDraft } from './order-draft';

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
  const text = (field: 'doseMg' | 'volumeMl' | 'infusionMinutes' | 'rateMlPerHour', label: string, help?: string) => (
    <Field label={label} error={at(field)} {...(help ? { help } : {})}>
      <input
        inputMode="decimal"
        autoComplete="off"
        value={line[field]}
        onChange={(e) => onChange({ [field]: e.target.value })}
        data-testid={`order-${line.drugId}-${field}`}
      />
    </Field>
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
