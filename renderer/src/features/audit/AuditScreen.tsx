import type { ColumnFiltersState, SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditChainReport, AuditEvent } from '../../../../shared/ipc/contract/audit';
import { call, useQuery } from '../../app/api';
import { AuditTable } from './AuditTable';
import { userLabel } from './columns';
import './audit.css';

const NO_EVENTS: AuditEvent[] = [];

/** A calendar day typed in a date field, as the UTC instant of local midnight (the core stores UTC). */
function localMidnight(day: string, plusDays = 0): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + plusDays);
  return d.toISOString();
}

const distinct = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

export function AuditScreen() {
  const { t } = useTranslation();
  const [days, setDays] = useState({ from: '', to: '' });
  const [sorting, setSorting] = useState<SortingState>([{ id: 'atUtc', desc: true }]);
  const [filters, setFilters] = useState<ColumnFiltersState>([]);
  const [report, setReport] = useState<AuditChainReport | 'busy' | null>(null);
  const range = { from: localMidnight(days.from), to: localMidnight(days.to, 1) };
  const query = useQuery('audit:list', {
    ...(range.from ? { from: range.from } : {}),
    ...(range.to ? { to: range.to } : {}),
    limit: 1000,
  });
  const events = query.data ?? NO_EVENTS;
  const users = useMemo(() => distinct(events.map(userLabel)), [events]);
  const actions = useMemo(() => distinct(events.map((e) => e.action)), [events]);
  const filterValue = (id: string) => (filters.find((f) => f.id === id)?.value as string | undefined) ?? '';
  const setFilter = (id: string, value: string) =>
    setFilters((old) => [...old.filter((f) => f.id !== id), ...(value ? [{ id, value }] : [])]);

  async function verify() {
    setReport('busy');
    try {
      setReport(await call('audit:verify', {}));
    } catch {
      setReport(null);
    }
  }

  if (query.error) {
    const text =
      query.error.code === 'forbidden' ? t('audit.forbidden') : t('audit.failed', { message: query.error.message });
    return (
      <section aria-labelledby="screen-title">
        <h1 id="screen-title">{t('audit.title')}</h1>
        <p role="alert" className="status status-error">
          <span aria-hidden="true">⚠ </span>
          {text}
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="screen-title" className="audit-screen">
      <h1 id="screen-title">{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <fieldset className="audit-filters">
        <legend>{t('audit.filters')}</legend>
        <label>
          {t('audit.from')}
          <input type="date" value={days.from} onChange={(e) => setDays({ ...days, from: e.target.value })} />
        </label>
        <label>
          {t('audit.to')}
          <input type="date" value={days.to} onChange={(e) => setDays({ ...days, to: e.target.value })} />
        </label>
        <label>
          {t('audit.user')}
          <select value={filterValue('user')} onChange={(e) => setFilter('user', e.target.value)}>
            <option value="">{t('audit.allUsers')}</option>
            {users.map((u) => (
              <option key={u}>{u}</option>
            ))}
          </select>
        </label>
        <label>
          {t('audit.patient')}
          <input value={filterValue('patient')} onChange={(e) => setFilter('patient', e.target.value)} />
        </label>
        <label>
          {t('audit.action')}
          <select value={filterValue('action')} onChange={(e) => setFilter('action', e.target.value)}>
            <option value="">{t('audit.allActions')}</option>
            {actions.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          onClick={() => {
            setFilters([]);
            setDays({ from: '', to: '' });
          }}
        >
          {t('audit.clear')}
        </button>
      </fieldset>
      <div className="form-actions audit-verify">
        <button type="button" className="button" disabled={report === 'busy'} onClick={() => void verify()}>
          {report === 'busy' ? t('audit.verifying') : t('audit.verify')}
        </button>
        {report && report !== 'busy' && (
          <p role="status" className={report.firstBrokenId === null ? 'status status-ok' : 'status status-error'}>
            <span aria-hidden="true">{report.firstBrokenId === null ? '✓ ' : '⚠ '}</span>
            {report.firstBrokenId === null
              ? t('audit.intact', { count: report.checked })
              : t('audit.broken', { id: report.firstBrokenId, count: report.checked })}
          </p>
        )}
      </div>
      {query.loading && !query.data ? (
        <p>{t('app.loading')}</p>
      ) : (
        <AuditTable events={events} sorting={sorting} onSortingChange={setSorting} columnFilters={filters} />
      )}
    </section>
  );
}
