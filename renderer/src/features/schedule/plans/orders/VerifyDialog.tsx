import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanOrder } from '../../../../../../shared/ipc/contract/orders';
import { call, useMutation } from '../../../../app/api';
import { Field } from '../../../../components/Field';
import { Modal } from '../../../../components/Modal';
import { OrderLines } from './OrderLines';
import { describeRefusal } from './refusal';
import { Alert } from '../../../../components/Alert';
import { PLAN_READS } from '../plan-reads';

interface Props {
  order: PlanOrder;
  onDone: (message: string) => void;
  onClose: () => void;
}

/** The pharmacist reads every line against the prescription, then verifies with her secret, or rejects. */
export function VerifyDialog({ order, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const deciding = useMutation(
    (kind: 'verify' | 'reject') =>
      kind === 'verify'
        ? call('orders:verify', { orderId: order.id, secret })
        : call('orders:reject', { orderId: order.id, secret, reason }),
    { invalidates: PLAN_READS },
  );
  const busy = deciding.pending;

  async function act(kind: 'verify' | 'reject') {
    try {
      await deciding.run(kind);
      onDone(t(kind === 'verify' ? 'orders.verified' : 'orders.rejected'));
    } catch (error) {
      const refusal = describeRefusal(error, t);
      setErrors(refusal.fields);
      setFailure(refusal.message);
      if (refusal.fields.secret) setSecret('');
    }
  }

  return (
    <Modal
      title={t('orders.verifyTitle', { first: order.firstDose, last: order.lastDose })}
      onClose={onClose}
      className="modal order-modal"
    >
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void act('verify');
        }}
        noValidate
      >
        <p>{t('orders.verifyHelp')}</p>
        <OrderLines order={order} />
        <Field label={t('orders.secret')} error={errors.secret}>
          <input type="password" autoComplete="off" value={secret} onChange={(e) => setSecret(e.target.value)} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || secret === ''}>
            {t('orders.submitVerify')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('orders.close')}
          </button>
        </div>
        <Field label={t('orders.rejectReason')} help={t('orders.rejectHelp')} error={errors.reason}>
          <textarea value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={busy || secret === '' || reason.trim() === ''}
            onClick={() => void act('reject')}
          >
            {t('orders.submitReject')}
          </button>
          {failure && <Alert testId="verify-failure">{failure}</Alert>}
        </div>
      </form>
    </Modal>
  );
}
