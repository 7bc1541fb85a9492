import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call, useMutation, useQuery } from '../../app/api';
import { useSession } from '../auth';
import './security.css';
import { Alert } from '../../components/Alert';

/**
 * Shown to the administrator right after the first run, and then at the top of Settings until she confirms
 * she stored the recovery key: it is fetched only on request, printed or written down, then never shown again.
 */
export function RecoveryKeyNotice({ onClose }: { onClose?: () => void }) {
  const { status } = useSession();
  const isAdmin = status.user?.role === 'admin' && !status.locked;
  return isAdmin ? <Notice onClose={onClose} /> : null;
}

function Notice({ onClose }: { onClose?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const security = useQuery('security:status', {});
  const confirming = useMutation('security:confirm-recovery-key', { invalidates: ['security:status'] });
  const [key, setKey] = useState<string | null>(null);
  const [stored, setStored] = useState(false);
  const [later, setLater] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (security.data && !security.data.recoveryKeyPending) onClose?.();
  }, [security.data, onClose]);
  if (!security.data?.recoveryKeyPending || later) return null;

  async function show() {
    try {
      setKey((await call('security:recovery-key', {})).recoveryKey);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
    }
  }

  async function confirm() {
    await confirming.run({});
  }

  return (
    <section className="recovery-notice" role="dialog" aria-modal="false" aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t('security.recovery.title')}</h2>
      <p>{t('security.recovery.intro')}</p>
      {key === null ? (
        <button type="button" className="button button-primary" onClick={() => void show()}>
          {t('security.recovery.show')}
        </button>
      ) : (
        <>
          <p className="recovery-key-label">{t('security.recovery.keyLabel')}</p>
          <p className="recovery-key" data-testid="recovery-key">
            <code>{key}</code>
          </p>
          <p>{t('security.recovery.how')}</p>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => window.print()}>
              {t('security.recovery.print')}
            </button>
          </div>
          <label className="choice">
            <input type="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} />
            {t('security.recovery.stored')}
          </label>
          <div className="form-actions">
            <button type="button" className="button button-primary" disabled={!stored} onClick={() => void confirm()}>
              {t('security.recovery.confirm')}
            </button>
          </div>
        </>
      )}
      <button
        type="button"
        className="button button-link"
        onClick={() => {
          setLater(true);
          onClose?.();
        }}
      >
        {t('security.recovery.later')}
      </button>
      {failure && <Alert>{failure}</Alert>}
    </section>
  );
}
