import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '../../../../../../shared/ipc/contract/auth';
import type { PlanOrder, PlanOrders } from '../../../../../../shared/ipc/contract/orders';
import type { TreatmentPlan } from '../../../../../../shared/ipc/contract/plans';
import { OrderForm } from './OrderForm';
import { OrderLines } from './OrderLines';
import { VerifyDialog } from './VerifyDialog';
import { useClinicTimes } from '../../../../app/clinic-clock';

type Dialog = { kind: 'enter'; replacing: PlanOrder | null } | { kind: 'verify'; order: PlanOrder } | null;

const TRANSCRIBERS: ReadonlyArray<UserRole | null> = ['nurse', 'charge-nurse'];

/**
 * The plan's orders: who they come from, who verified them, and the actions the signed-in user may take
 * (a prescriber signs, a nurse enters an external order, a pharmacist verifies). Main checks every one again.
 */
export function OrdersSection(props: {
  plan: TreatmentPlan;
  orders: PlanOrders;
  role: UserRole | null;
  onChanged: (message: string) => void;
}) {
  const { plan, orders, role, onChanged } = props;
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const open = plan.status === 'active' || plan.status === 'on-hold';
  const mayEnter = open && (role === 'prescriber' || TRANSCRIBERS.includes(role));
  const done = (message: string) => {
    setDialog(null);
    onChanged(message);
  };
  return (
    <section className="plan-orders" aria-labelledby={`orders-${plan.id}`}>
      <h4 id={`orders-${plan.id}`}>{t('orders.title')}</h4>
      {orders.orders.length === 0 && <p className="muted">{t('orders.none')}</p>}
      <ul className="order-list">
        {orders.orders.map((order) => (
          <OrderItem key={order.id} order={order} role={role} mayEnter={mayEnter} onAct={setDialog} />
        ))}
      </ul>
      {mayEnter && (
        <button type="button" className="button" onClick={() => setDialog({ kind: 'enter', replacing: null })}>
          {role === 'prescriber' ? t('orders.sign') : t('orders.enter')}
        </button>
      )}
      {dialog?.kind === 'enter' && (
        <OrderForm
          plan={plan}
          orders={orders}
          external={role !== 'prescriber'}
          replacing={dialog.replacing}
          onDone={done}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'verify' && <VerifyDialog order={dialog.order} onDone={done} onClose={() => setDialog(null)} />}
    </section>
  );
}

function OrderItem(props: { order: PlanOrder; role: UserRole | null; mayEnter: boolean; onAct: (d: Dialog) => void }) {
  const { order, role, mayEnter, onAct } = props;
  const { t } = useTranslation();
  const at = useClinicTimes().dateTime;
  const current = order.status === 'awaiting-verification' || order.status === 'verified';
  const doses =
    order.firstDose === order.lastDose
      ? t('orders.dose', { first: order.firstDose })
      : t('orders.doses', { first: order.firstDose, last: order.lastDose });
  return (
    <li className={`order-item order-${order.status}`} data-testid="order-item">
      <p>
        <strong>{doses}</strong>{' '}
        <span className={`status-chip order-status-${order.status}`}>{t(`orders.status.${order.status}`)}</span>
      </p>
      <OrderLines order={order} />
      <p className="muted small">
        {order.source === 'prescriber'
          ? t('orders.signedBy', { name: order.prescriberName, at: at(order.enteredAt) })
          : t('orders.externalBy', {
              prescriber: order.prescriberName,
              reference: order.externalReference,
              name: order.readBackBy?.name,
              at: at(order.enteredAt),
            })}
        {order.verifiedBy && order.verifiedAt && (
          <> · {t('orders.verifiedBy', { name: order.verifiedBy.name, at: at(order.verifiedAt) })}</>
        )}
        {order.closedBy && order.closedAt && (
          <>
            {' '}
            ·{' '}
            {t('orders.closedBy', {
              status: t(`orders.status.${order.status}`),
              name: order.closedBy.name,
              at: at(order.closedAt),
              reason: order.closedReason,
            })}
          </>
        )}
      </p>
      <div className="screen-actions">
        {order.status === 'awaiting-verification' && role === 'pharmacist' && (
          <button type="button" className="button button-primary" onClick={() => onAct({ kind: 'verify', order })}>
            {t('orders.verify')}
          </button>
        )}
        {current && mayEnter && (
          <button type="button" className="button" onClick={() => onAct({ kind: 'enter', replacing: order })}>
            {t('orders.replace')}
          </button>
        )}
      </div>
    </li>
  );
}
