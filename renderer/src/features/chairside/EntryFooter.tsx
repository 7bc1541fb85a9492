import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CORRECTION_REASON_MAX } from '../../../../shared/ipc/contract/chart';
import { Modal } from '../../components/Modal';
import { fieldInWords, reasonInWords } from './fields';
import type { EntryHandle, SaveProblem } from './useEntry';
import { useUserNames } from './users';
import { tDynamic } from '../../i18n';
import { useClinicTimes } from '../../app/clinic-clock';
import { colon } from '../../i18n/colon';

type FooterHandle = Pick<
  EntryHandle<Record<string, unknown>>,
  | 'entry'
  | 'payload'
  | 'saving'
  | 'unsaved'
  | 'saveProblem'
  | 'signProblem'
  | 'issues'
  | 'correcting'
  | 'readOnly'
  | 'sign'
  | 'correct'
  | 'setCorrecting'
>;

interface FooterProps {
  handle: FooterHandle;
  /** Replaces the plain Sign button (an empty fragment hides it until the entry can be signed). */
  signButton?: ReactNode;
  signLabel?: string;
}

/** Identical lines once, with how many fields they stand for ("Symptom screen: required (×37)"). */
function countLines(lines: string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, n]) => (n > 1 ? `${line} (×${n})` : line));
}

/** Why a save did not land, in words: what happens to the typing, and whether it is being retried. */
function useProblemText() {
  useTranslation(); // so the words follow a change of language
  return (p: SaveProblem) => tDynamic(`chairside.entryState.problem.${p.code}`, p.message);
}

/**
 * Where an entry stands, and only what is true: "Draft saved" only when the latest change is stored;
 * otherwise what is not saved and why. A refused signature lists the fields, in words, with their reason.
 */
export function EntryFooter({ handle, signButton, signLabel }: FooterProps) {
  const { t } = useTranslation();
  const name = useUserNames();
  const problemText = useProblemText();
  const [asking, setAsking] = useState(false);
  const { entry, saving, unsaved, saveProblem, signProblem, issues, correcting, readOnly } = handle;
  const time = useClinicTimes().time;
  const fieldLines = countLines(
    Object.entries(issues).map(
      ([path, message]) => `${fieldInWords(t, path, handle.payload)}${colon()} ${reasonInWords(t, message)}`,
    ),
  );
  return (
    <div className="cs-footer">
      <p className="cs-entry-state" aria-live="polite" data-testid="entry-state">
        {entry?.status === 'signed' && !correcting ? (
          <span className="status status-ok">
            <span aria-hidden="true">✓ </span>
            {t('chairside.entry.signed', { name: name(entry.signedBy), time: time(entry.signedAt!) })}
            {entry.version > 1 && ` · ${t('chairside.entry.version', { version: entry.version })}`}
            {entry.verifiedBy && ` · ${t('chairside.entry.verifiedBy', { name: name(entry.verifiedBy) })}`}
          </span>
        ) : saving ? (
          <span>{t('chairside.entry.saving')}</span>
        ) : unsaved && saveProblem ? (
          <span className="status status-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t('chairside.entry.notSaved', { message: problemText(saveProblem) })}
          </span>
        ) : unsaved ? (
          <span className="status status-warn">
            <span aria-hidden="true">✎ </span>
            {t('chairside.entryState.unsavedTyping')}
          </span>
        ) : entry?.status === 'draft' ? (
          <span className="status status-warn">
            <span aria-hidden="true">✎ </span>
            {t('chairside.entry.draftSaved', { time: time(entry.updatedAt) })}
          </span>
        ) : (
          <span className="muted">{t('chairside.entry.notStarted')}</span>
        )}
      </p>
      {signProblem && (
        <div className="cs-sign-problem" role="alert" data-testid="sign-problem">
          <p>
            <span aria-hidden="true">⚠ </span>
            {fieldLines.length > 0
              ? t('chairside.entryState.notSigned')
              : t('chairside.entryState.notSignedBecause', { message: signProblem.message })}
          </p>
          {fieldLines.length > 0 && (
            <ul>
              {fieldLines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="form-actions">
        {!readOnly &&
          !correcting &&
          (signButton ?? (
            <button type="button" className="button button-primary" onClick={() => void handle.sign()}>
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
