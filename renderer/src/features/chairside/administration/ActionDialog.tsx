import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { NumberField, type NumberValue } from '../../../components/NumberField';
import { Alert } from '../../../components/Alert';

export interface ActionAnswer {
  reason: string;
  rateMlPerHour: number | null;
}

/**
 * Asks what an infusion or visit action needs before it is charted: a reason (always for a stop before the
 * whole dose, a dose not given, a hold, an undo), and a rate (a change of rate, a restart at a prescriber's
 * rate). Nothing is charted until the nurse confirms.
 */
export function ActionDialog(props: {
  title: string;
  confirm: string;
  needsRate?: boolean;
  reasonRequired?: boolean;
  reasonLabel?: string;
  error?: string | null;
  /** The action is on its way (the mutation's pending state): it cannot be confirmed twice. */
  pending?: boolean;
  onClose: () => void;
  onConfirm: (answer: ActionAnswer) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [rate, setRate] = useState<NumberValue>(null);
  const rateOk = !props.needsRate || (typeof rate === 'number' && rate > 0 && rate <= 1000);
  const reasonOk = !props.reasonRequired || reason.trim().length >= 3;
  const ready = rateOk && reasonOk && !props.pending;
  return (
    <Modal className="cs-modal" title={props.title} onClose={props.onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) props.onConfirm({ reason: reason.trim(), rateMlPerHour: typeof rate === 'number' ? rate : null });
        }}
      >
        {props.needsRate && (
          <NumberField
            label={t('chairside.infusion.newRate')}
            unit="mL/h"
            rules={{ min: 0.1, max: 1000, decimals: 1 }}
            value={rate}
            onChange={setRate}
          />
        )}
        <Field
          label={props.reasonLabel ?? t('chairside.infusion.reason')}
          help={props.reasonRequired ? t('chairside.infusion.reasonHelp') : undefined}
        >
          <textarea
            value={reason}
            maxLength={500}
            required={props.reasonRequired}
            onChange={(e) => setReason(e.target.value)}
          />
        </Field>
        {props.error && <Alert>{props.error}</Alert>}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={!ready}>
            {props.confirm}
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            {t('chairside.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
