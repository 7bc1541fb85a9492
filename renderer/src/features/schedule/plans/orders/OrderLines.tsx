import { useTranslation } from 'react-i18next';
import type { OrderLineView, PlanOrder } from '../../../../../../shared/ipc/contract/orders';
import { doseIn, drugDoseText } from '../../../../lib/doses';

/**
 * An order's lines as the pharmacist and the nurse read them: drug, dose (with mg/kg), route, diluent and
 * final volume, time and rate; a dose that differs from the plan is marked with the plan's dose beside it.
 */
export function OrderLines({ order }: { order: PlanOrder }) {
  const { t } = useTranslation();
  return (
    <ul className="order-lines" data-testid="order-lines">
      {order.lines.map((line) => {
        const preparation = [line.diluent, line.volumeMl === null ? null : doseIn(line.volumeMl, 'mL')].filter(Boolean);
        const timing = [
          line.infusionMinutes === null ? null : `${line.infusionMinutes} min`,
          line.rateMlPerHour === null ? null : doseIn(line.rateMlPerHour, 'mL/h'),
        ].filter(Boolean);
        return (
          <li key={line.drugId}>
            <strong>{line.drugName}</strong> {orderDoseText(line)} {t(`orders.route.${line.route}`)}
            {preparation.length > 0 && <> · {preparation.join(' ')}</>}
            {timing.length > 0 && <> · {timing.join(', ')}</>}
            {line.planDoseText !== null && (
              <span className="status status-warn order-differs">
                <span aria-hidden="true"> ⚠ </span>
                {t('orders.differs')} —{' '}
                {t('orders.planDose', { dose: drugDoseText({ doseMg: line.planDoseMg, doseText: line.planDoseText }) })}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** "216 mg (3 mg/kg)" the reader's way, or the plan's words for a dose given as text. */
function orderDoseText(line: OrderLineView): string {
  if (line.doseMg === null) return drugDoseText(line);
  return line.doseMgPerKg === null
    ? doseIn(line.doseMg)
    : `${doseIn(line.doseMg)} (${doseIn(line.doseMgPerKg, 'mg/kg')})`;
}
