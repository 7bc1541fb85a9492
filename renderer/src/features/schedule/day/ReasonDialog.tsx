import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, useMutation } from '../../../app/api';
import { Field, issuesByField } from '../../../components/Field';
import { Modal } from '../../../components/Modal';

interface ReasonDialogProps {
  title: string;
  help?: string;
  confirm: string;
  onClose: () => void;
  /** Resolves when done; an ApiError is shown beside the reason. */
  onConfirm: (reason: string) => Promise<void>;
}

/** Hold, cancel and no-show all need a reason, kept in the appointment's history and the audit trail. */
export function ReasonDialog({ title, help, confirm, onClose, onConfirm }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const confirming = useMutation(onConfirm);
  const busy = confirming.pending;

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await confirming.run(reason);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(issuesByField(e.error.issues).reason ?? e.message);
    }
  }

  return (
    <Modal title={title} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {help && <p>{help}</p>}
        <Field label={t('schedule.reason.label')} help={t('schedule.reason.help')} error={error}>
          <textarea value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {confirm}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('schedule.reason.close')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
