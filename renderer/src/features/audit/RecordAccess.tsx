import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordAccess as Access } from '../../../../shared/ipc/contract/audit';
import { ApiError, call } from '../../app/api';
import { useSession } from '../auth';
import { Alert } from '../../components/Alert';
import { useClinicTimes } from '../../app/clinic-clock';
import { actionWords, objectWords, viewWords } from './code-words';

/**
 * "Who looked at this record": everyone who read or changed this patient's record, newest first (charge
 * nurses and administrators only; opening the report is itself recorded).
 */
export function RecordAccess({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const clinic = useClinicTimes();
  const { canManage } = useSession();
  const [rows, setRows] = useState<Access[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (!canManage) return null;

  async function open() {
    try {
      setRows(await call('audit:record-access', { patientId }));
      setFailure(null);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
    }
  }

  const when = clinic.dateTime;
  return (
    <section className="record-access" aria-labelledby="record-access-title">
      <h2 id="record-access-title">{t('audit.access.title')}</h2>
      {rows === null ? (
        <button type="button" className="button" onClick={() => void open()}>
          {t('audit.access.show')}
        </button>
      ) : (
        <div className="audit-scroll">
          <table className="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('audit.column.atUtc')}</th>
                <th scope="col">{t('audit.column.user')}</th>
                <th scope="col">{t('audit.column.workstation')}</th>
                <th scope="col">{t('audit.column.action')}</th>
                <th scope="col">{t('audit.access.what')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={`${r.atUtc}-${i}`}>
                  <td>{when(r.atUtc)}</td>
                  <td>{r.userName ?? t('audit.system')}</td>
                  <td>{r.workstation}</td>
                  <td title={r.action}>{actionWords(r.action)}</td>
                  <td title={r.view ? `${r.objectType} · ${r.view}` : r.objectType}>
                    {objectWords(r.objectType)}
                    {r.view && ` · ${viewWords(r.view)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {failure && <Alert>{failure}</Alert>}
    </section>
  );
}
