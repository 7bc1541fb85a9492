import { useMemo, useRef, useState } from 'react';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { DayAppointment, ScheduleDay } from '../../../../../shared/ipc/contract/schedule';
import type { AppointmentStatus } from '../../../../../shared/schedule/status';
import { clockTime } from '../../../../../shared/schedule/windows';
import { Field } from '../../../components/Field';
import { reasonText } from '../../../lib/reason-text';
import { matchesFolded } from '../../../../../shared/text/fold';
import { FLAG_ICONS, visitStatus, treatmentText, visitNumberText } from '../display';
import './worklist.css';
import { tDynamic } from '../../../i18n';

// The day's appointments as a sortable, filterable list (TanStack Table v9), with only the visible rows in the
// DOM (TanStack Virtual), so a 40-chair day stays quick to sort and filter. The filter folds accents and case
// (shared/text/fold.ts).

interface WorkRow {
  id: string;
  start: number;
  time: string;
  chair: string;
  patient: string;
  mrn: string;
  treatment: string;
  dose: string;
  status: AppointmentStatus;
  statusText: string;
  statusIcon: string;
  /** The status or the visit's phase, as shown. */
  statusLabel: string;
  /** Why a held, cancelled or no-show visit was set aside (also found by the filter). */
  reason: string | null;
  flags: string;
  /** Everything the filter looks in, in one string, so "chair 2 abara" can match two columns at once. */
  search: string;
}

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof features, WorkRow>();
const columns = helper.columns([
  helper.accessor('start', { id: 'time', header: 'time', sortFn: 'basic', cell: (c) => c.row.original.time }),
  helper.accessor('chair', { header: 'chair', sortFn: 'alphanumeric' }),
  helper.accessor('patient', { header: 'patient', sortFn: 'alphanumeric' }),
  helper.accessor('treatment', { header: 'treatment', sortFn: 'alphanumeric' }),
  helper.accessor('dose', { header: 'dose', sortFn: 'alphanumeric' }),
  helper.accessor('statusText', { id: 'status', header: 'status', sortFn: 'alphanumeric' }),
  helper.accessor('flags', { header: 'flags', enableSorting: false }),
]);

function useRows(day: ScheduleDay): WorkRow[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const chairs = new Map([...day.chairs, ...day.injectionSeats].map((c) => [c.id, c.name]));
    return day.appointments.map((a: DayAppointment): WorkRow => {
      const reason = a.statusReason === null ? null : reasonText(a.statusReason, a.statusReasonCoded);
      const row = {
        id: a.id,
        start: a.start,
        time: `${clockTime(a.start)}–${clockTime(a.end)}`,
        chair: chairs.get(a.chairId) ?? a.chairId,
        patient: a.patientName,
        mrn: a.mrn,
        treatment: treatmentText(a, t),
        dose: visitNumberText(a, t),
        status: a.status,
        // A held or cancelled visit says why, so the nurse does not call the patient in.
        statusText: reason ? `${visitStatus(a, t).text} — ${reason}` : visitStatus(a, t).text,
        statusIcon: visitStatus(a, t).icon,
        statusLabel: visitStatus(a, t).text,
        reason,
        flags: a.flags.map((f) => `${FLAG_ICONS[f]} ${t(`schedule.flag.${f}`)}`).join(', '),
      };
      // The MRN is searched too, though it is shown inside the patient cell; the dose column is not.
      const search = [row.time, row.chair, row.patient, row.mrn, row.treatment, row.statusText, row.flags].join(' ');
      return { ...row, search };
    });
  }, [day, t]);
}

const ROW_HEIGHT = 48;

export function Worklist({
  day,
  selectedId,
  onSelect,
}: {
  day: ScheduleDay;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const data = useRows(day);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'time', desc: false }]);
  const [filter, setFilter] = useState('');
  const filtered = useMemo(() => data.filter((row) => matchesFolded(row.search, filter)), [data, filter]);
  const table = useTable({
    features,
    columns,
    data: filtered,
    getRowId: (row) => row.id,
    state: { sorting },
    onSortingChange: setSorting,
  });
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
  });

  return (
    <section className="worklist" aria-labelledby="worklist-title">
      <h2 id="worklist-title">{t('schedule.worklist.title')}</h2>
      <div className="worklist-tools">
        <Field label={t('schedule.worklist.filter')} help={t('schedule.worklist.filterHelp')}>
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </Field>
        <p className="muted" role="status">
          {t('schedule.worklist.count', { shown: rows.length, total: data.length })}
        </p>
      </div>
      <div ref={scrollRef} className="worklist-scroller" data-testid="worklist">
        <table className="worklist-table" aria-rowcount={rows.length + 1}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const label = tDynamic(
                    `schedule.worklist.${String(header.column.columnDef.header)}`,
                    header.column.id,
                  );
                  return (
                    <th
                      key={header.id}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      {header.column.getCanSort() ? (
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          {label}
                          <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}</span>
                        </button>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              const r = row.original;
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  className={r.id === selectedId ? 'is-selected' : undefined}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <td>
                    <button type="button" className="link-like" onClick={() => onSelect(r.id)}>
                      {r.time}
                    </button>
                  </td>
                  <td>{r.chair}</td>
                  <td className="worklist-patient" title={`${r.patient} ${r.mrn}`}>
                    <span className="worklist-name">{r.patient}</span> <span className="mrn">{r.mrn}</span>
                  </td>
                  <td>{r.treatment}</td>
                  <td>{r.dose}</td>
                  <td>
                    <span className={`status-chip status-${r.status}`}>
                      <span aria-hidden="true">{r.statusIcon} </span>
                      {r.statusLabel}
                    </span>
                    {r.reason && (
                      <span className="worklist-reason" title={r.reason}>
                        {r.reason}
                      </span>
                    )}
                  </td>
                  <td>{r.flags}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 && <p className="worklist-empty">{t('schedule.worklist.empty')}</p>}
      </div>
    </section>
  );
}
