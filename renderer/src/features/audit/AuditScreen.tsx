import type { ColumnFiltersState, SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../../shared/ipc/contract/audit';
import { useQuery } from '../../app/api';
import { AuditFilters, type DayRange } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ChainCheck } from './ChainCheck';
import { CheckpointBox } from './CheckpointBox';
import { userLabel } from './columns';
import './audit.css';
import { Alert } from '../../components/Alert';

const NO_EVENTS: AuditEvent[] = [];

/** A calendar day typed in a date field, as the UTC instant of local midnight (the core stores UTC). */
function localMidnight(day: string, plusDays = 0): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + plusDays);
  return d.toISOString();
}

const distinct = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

/** For charge nurses and administrators: the audit trail, newest first, with the chain check. */
export function AuditScreen() {
  const { t } = useTranslation();
  const [days, setDays] = useState<DayRange>({ from: '', to: '' });
  const [sorting, setSorting] = useState<SortingState>([{ id: 'atUtc', desc: true }]);
  const [filters, setFilters] = useState<ColumnFiltersState>([]);
  const from = localMidnight(days.from);
  const to = localMidnight(days.to, 1);
  const query = useQuery('audit:list', { ...(from ? { from } : {}), ...(to ? { to } : {}), limit: 1000 });
  const checkpoint = useQuery('audit:checkpoint', {});
  const events = query.data ?? NO_EVENTS;
  const users = useMemo(() => distinct(events.map(userLabel)), [events]);
  const actions = useMemo(() => distinct(events.map((e) => e.action)), [events]);

  let body;
  if (query.error) {
    const text =
      query.error.code === 'forbidden' ? t('audit.forbidden') : t('audit.failed', { message: query.error.message });
    body = <Alert>{text}</Alert>;
  } else if (query.loading && !query.data) {
    body = <p>{t('app.loading')}</p>;
  } else {
    body = <AuditTable events={events} sorting={sorting} onSortingChange={setSorting} columnFilters={filters} />;
  }

  return (
    <section aria-labelledby="screen-title" className="audit-screen">
      <h1 id="screen-title">{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <AuditFilters
        days={days}
        onDaysChange={setDays}
        filters={filters}
        onFiltersChange={setFilters}
        users={users}
        actions={actions}
      />
      <CheckpointBox info={checkpoint} />
      <ChainCheck />
      {body}
    </section>
  );
}
