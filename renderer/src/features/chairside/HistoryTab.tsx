import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartEntry } from '../../../../shared/ipc/contract/chart';
import { useQuery } from '../../app/api';
import { ErrorLine } from './parts';
import { summarize } from './summary';
import { useUserNames } from './users';
import { useClinicTimes } from '../../app/clinic-clock';
import { localeOf } from '../../components/NumberField';

function Versions({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const clinic = useClinicTimes();
  const name = useUserNames();
  const history = useQuery('chart:history', { id });
  if (!history.data) return <p>{t('app.loading')}</p>;
  return (
    <ol className="cs-versions" data-testid="versions">
      {history.data.map((v) => (
        <li key={v.id}>
          <strong>{t('chairside.entry.version', { version: v.version })}</strong> — {name(v.authorId)},{' '}
          {clinic.dateTime(v.createdAt)}
          {v.correctionReason && ` — ${t('chairside.history.reason', { reason: v.correctionReason })}`}
          <div className="muted">{summarize(v, t, localeOf(i18n.language))}</div>
        </li>
      ))}
    </ol>
  );
}

function Row({ entry }: { entry: ChartEntry }) {
  const { t, i18n } = useTranslation();
  const clinic = useClinicTimes();
  const name = useUserNames();
  const [open, setOpen] = useState(false);
  const at = entry.signedAt ?? entry.updatedAt;
  return (
    <li className="cs-history-item" data-testid="history-item">
      <p>
        <strong>{t(`chairside.kind.${entry.kind}`, { defaultValue: entry.kind })}</strong> ·{' '}
        <span className={`status ${entry.status === 'signed' ? 'status-ok' : 'status-warn'}`}>
          <span aria-hidden="true">{entry.status === 'signed' ? '✓ ' : '✎ '}</span>
          {t(`chairside.entry.state.${entry.status}`)}
        </span>{' '}
        {clinic.dateTime(at)} · {name(entry.signedBy ?? entry.authorId)}
        {entry.verifiedBy && ` · ${t('chairside.entry.verifiedBy', { name: name(entry.verifiedBy) })}`}
        {entry.version > 1 && ` · ${t('chairside.entry.version', { version: entry.version })}`}
      </p>
      <p className="muted">{summarize(entry, t, localeOf(i18n.language))}</p>
      {entry.version > 1 && (
        <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t(open ? 'chairside.history.hideVersions' : 'chairside.history.showVersions')}
        </button>
      )}
      {open && <Versions id={entry.id} />}
    </li>
  );
}

/** The patient's chart entries (this visit's, or all), newest first, with every version of a corrected one. */
export function HistoryTab({ patientId, appointmentId }: { patientId: string; appointmentId: string | null }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(appointmentId === null);
  const list = useQuery('chart:list', { patientId, ...(all || !appointmentId ? {} : { appointmentId }) });
  if (list.error) return <ErrorLine message={list.error.message} />;
  return (
    <>
      {appointmentId && (
        <div className="form-actions cs-gap">
          <button type="button" className="button" aria-pressed={all} onClick={() => setAll(!all)}>
            {t(all ? 'chairside.history.thisVisit' : 'chairside.history.allVisits')}
          </button>
        </div>
      )}
      {list.data?.length === 0 && <p className="muted">{t('chairside.history.empty')}</p>}
      <ul className="cs-history">
        {(list.data ?? []).map((e) => (
          <Row key={e.id} entry={e} />
        ))}
      </ul>
    </>
  );
}
