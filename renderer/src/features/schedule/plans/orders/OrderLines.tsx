import { useTranslation } from 'react-i18next';
import type { PlanOrder } from '../../../../../../shared/ipc/contract/orders';
import { formatDose } from '../../../../../../shared/clinical/format';

/**
 * An order's lines as the pharmacist and the nurse read them: drug, dose (with mg/kg), route, diluent and
 * final volume, time and rate; a dose that differs from the plan is marked with the plan's dose beside it.
 */
export function OrderLines({ order }: { order: PlanOrder }) {
  const { t } = useTranslation();
  return (
    <ul className="order-lines" data-testid="order-lines">
      {order.lines.map((line) => {
        const preparation = [line.diluent, line.volumeMl === null ? null : formatDose(line.volumeMl, 'mL')].filter(
          Boolean,
        );
        const timing = [
          line.infusionMinutes === null ? null : `${line.infusionMinutes} min`,
          line.rateMlPerHour === null ? null : formatDose(line.rateMlPerHour, 'mL/h'),
        ].filter(Boolean);
        return (
          <li key={line.drugId}>
            <strong>{line.drugName}</strong> {line.doseText} {t(`orders.route.${line.route}`)}
            {preparation.length > 0 && <> · {preparation.join(' ')}</>}
            {timing.length > 0 && <> · {timing.join(', ')}</>}
            {line.planDoseText !== null && (
              <span className="status status-warn order-differs">
                <span aria-hidden="true"> ⚠ </span>
                {t('orders.differs')} — {t('orders.planDose', { dose: line.planDoseText })}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
