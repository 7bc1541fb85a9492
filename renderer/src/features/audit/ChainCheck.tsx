import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditChainReport } from '../../../../shared/ipc/contract/audit';
import { call } from '../../app/api';

/** Walks the whole hash chain in the core and says whether any event was changed outside Chairside. */
export function ChainCheck() {
  const { t } = useTranslation();
  const [report, setReport] = useState<AuditChainReport | 'busy' | null>(null);

  async function verify() {
    setReport('busy');
    try {
      setReport(await call('audit:verify', {}));
    } catch {
      setReport(null);
    }
  }

  const intact = report !== null && report !== 'busy' && report.firstBrokenId === null;
  return (
    <div className="form-actions audit-verify">
      <button type="button" className="button" disabled={report === 'busy'} onClick={() => void verify()}>
        {report === 'busy' ? t('audit.verifying') : t('audit.verify')}
      </button>
      {report && report !== 'busy' && (
        <p role="status" className={intact ? 'status status-ok' : 'status status-error'}>
          <span aria-hidden="true">{intact ? '✓ ' : '⚠ '}</span>
          {intact
            ? t('audit.intact', { count: report.checked })
            : t('audit.broken', { id: report.firstBrokenId, count: report.checked })}
        </p>
      )}
    </div>
  );
}
