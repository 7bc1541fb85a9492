import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerifyStatus } from '../../../../shared/ipc/contract/audit';
import { ApiError, call, invalidate } from '../../app/api';
import { ChainBreaks } from './ChainBreaks';
import { Alert } from '../../components/Alert';

const POLL_MS = 250;

/**
 * Walks the whole audit trail in the core (a worker thread: the app keeps answering), shows its progress,
 * and then every break it found, or that the trail, the signed entries and the checkpoints all agree. A finished
 * check takes a checkpoint when the trail has grown, so the checkpoint box asks again.
 */
export function ChainCheck() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<AuditVerifyStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const timer = useRef<number | null>(null);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  async function follow(jobId: string) {
    try {
      const next = await call('audit:verify-status', { jobId });
      setStatus(next);
      if (next.state === 'running') timer.current = window.setTimeout(() => void follow(jobId), POLL_MS);
      else invalidate(['audit:checkpoint']);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
    }
  }

  async function verify() {
    setFailure(null);
    try {
      const started = await call('audit:verify', {});
      setStatus(started);
      await follow(started.jobId);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
    }
  }

  const running = status?.state === 'running';
  const report = status?.report ?? null;
  return (
    <div className="audit-verify">
      <div className="form-actions">
        <button type="button" className="button" disabled={running} onClick={() => void verify()}>
          {running ? t('audit.verifying') : t('audit.verify')}
        </button>
        {running && (
          <label className="audit-progress">
            {t('audit.progress', { checked: status.checked, total: status.total })}
            <progress max={Math.max(status.total, 1)} value={status.checked} />
          </label>
        )}
      </div>
      {failure && <Alert>{failure}</Alert>}
      {status?.state === 'failed' && <Alert>{t('audit.checkFailed', { message: status.failure })}</Alert>}
      {report && (
        <div role="status" className={report.intact ? 'status status-ok' : 'status status-error'}>
          <span aria-hidden="true">{report.intact ? '✓ ' : '⚠ '}</span>
          {report.intact
            ? t('audit.intact', {
                events: t('audit.eventsChecked', { count: report.checked }),
                entries: t('audit.entriesMatch', { count: report.signedEntries }),
                checkpoints: t('audit.checkpointsAgree', { count: report.checkpoints }),
              })
            : t('audit.broken', { count: report.breakCount, events: t('audit.events', { count: report.checked }) })}
          {report.legacyEntries > 0 && <p>{t('audit.legacyEntries', { count: report.legacyEntries })}</p>}
          {!report.intact && <ChainBreaks report={report} />}
        </div>
      )}
    </div>
  );
}
