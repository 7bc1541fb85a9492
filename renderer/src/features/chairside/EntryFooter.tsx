import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CORRECTION_REASON_MAX } from '../../../../shared/ipc/contract/chart';
import { formatTime } from '../../lib/format';
import type { EntryHandle } from './useEntry';

type FooterHandle = Pick<
  EntryHandle<Record<string, unknown>>,
  'entry' | 'saving' | 'error' | 'correcting' | 'readOnly' | 'sign' | 'correct' | 'setCorrecting'
>;
import { Modal } from '../../components/Modal';
import { useUserNames } from './users';

interface FooterProps {
  handle: FooterHandle;
  /** Replaces the plain Sign button (the double check signs through the second nurse's dialog). */
  signButton?: ReactNode;
  signLabel?: string;
  onSigned?: () => void;
}

/** Where an entry stands (draft saved at, signed by, version) and what can be done next. */
export function EntryFooter({ handle, signButton, signLabel, onSigned }: FooterProps) {
  const { t, i18n } = useTranslation();
  const name = useUserNames();
  const [asking, setAsking] = useState(false);
  const { entry, saving, error, correcting, readOnly } = handle;
  const time = (iso: string) => formatTime(iso, i18n.language);
  return (
    <div className="cs-footer">
      <p className="cs-entry-state" aria-live="polite" data-testid="entry-state">
        {saving && <span>{t('chairside.entry.saving')}</span>}
        {!saving && entry?.status === 'draft' && (
          <span className="status status-warn">
            <span aria-hidden="true">✎ </span>
            {t('chairside.entry.draftSaved', { time: time(entry.updatedAt) })}
          </span>
        )}
        {!saving && entry?.status === 'signed' && (
          <span className="status status-ok">
            <span aria-hidden="true">✓ </span>
            {t('chairside.entry.signed', { name: name(entry.signedBy), time: time(entry.signedAt!) })}
            {entry.version > 1 && ` · ${t('chairside.entry.version', { version: entry.version })}`}
            {entry.verifiedBy && ` · ${t('chairside.entry.verifiedBy', { name: name(entry.verifiedBy) })}`}
          </span>
        )}
        {!entry && !saving && <span className="muted">{t('chairside.entry.notStarted')}</span>}
      </p>
      {error && (
        <p className="status status-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t('chairside.entry.notSaved', { message: error })}
        </p>
      )}
      <div className="form-actions">
        {!readOnly &&
          !correcting &&
          (signButton ?? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void handle.sign().then((signed) => signed && onSigned?.())}
            >
              <span aria-hidden="true">✍ </span>
              {signLabel ?? t('chairside.entry.sign')}
            </button>
          ))}
        {readOnly && (
          <button type="button" className="button" onClick={() => handle.setCorrecting(true)}>
            {t('chairside.entry.correct')}
          </button>
        )}
        {correcting && (
          <>
            <button type="button" className="button button-primary" onClick={() => setAsking(true)}>
              {t('chairside.entry.saveCorrection')}
            </button>
            <button type="button" className="button" onClick={() => handle.setCorrecting(false)}>
              {t('chairside.entry.cancelCorrection')}
            </button>
          </>
        )}
      </div>
      {asking && (
        <ReasonDialog
          onClose={() => setAsking(false)}
          onConfirm={async (reason) => {
            if (await handle.correct(reason)) setAsking(false);
          }}
        />
      )}
    </div>
  );
}

function ReasonDialog({ onClose, onConfirm }: { onClose: () => void; onConfirm: (reason: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Modal className="cs-modal" title={t('chairside.entry.correctionTitle')} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim()) void onConfirm(reason.trim());
        }}
      >
        <div className="field">
          <label htmlFor="cs-correction-reason">{t('chairside.entry.reason')}</label>
          <textarea
            id="cs-correction-reason"
            value={reason}
            maxLength={CORRECTION_REASON_MAX}
            required
            autoFocus
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('chairside.entry.saveCorrection')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('chairside.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
