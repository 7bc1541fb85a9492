import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  constructFilterFn,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';
import i18next from 'i18next';
import type { AuditEvent } from '../../../../shared/ipc/contract/audit';
import { matchesFolded } from '../../../../shared/text/fold';
import { formatDay } from '../../lib/dates';
import { actionWords, objectWords } from './code-words';

// The audit table's features and columns, at module scope so the table never rebuilds its models for
// nothing (TanStack Table v9: stable inputs). Sorting and the user, patient and action filters run in
// the renderer over the events the core returned for the chosen dates.

/** The patient filter folds accents and case like every other filter in the app. */
const filterFn_includesFolded = constructFilterFn({
  filter: (dataValue: string | undefined, filterValue: string) => matchesFolded(dataValue ?? '', filterValue),
  autoRemove: (value: string | undefined) => (value ?? '').trim() === '',
});

export const auditFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
  filterFns: { includesFolded: filterFn_includesFolded, equalsString: filterFn_equalsString },
});

const helper = createColumnHelper<typeof auditFeatures, AuditEvent>();
const pad = (n: number) => String(n).padStart(2, '0');

/** Local date in the reader's words and 24-hour time, to the second: "27 nov. 2026 10:32:05". */
export function formatWhen(iso: string, locale: string): string {
  const d = new Date(iso);
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDay(day, locale)} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/**
 * A stored code in the reader's words, with the code as recorded in its tooltip and, for IT, in a small second
 * line marked as not to be translated (the printed report keeps both, like the screen).
 */
const worded = (words: string, code: string) => (
  <span title={code}>
    {words}
    <code className="audit-code" translate="no">
      {code}
    </code>
  </span>
);

export const userLabel = (e: AuditEvent): string => e.userName ?? e.userId ?? i18next.t('audit.system');

export const auditColumns = helper.columns([
  helper.accessor('atUtc', {
    id: 'atUtc',
    sortFn: 'text',
    cell: (info) => <time dateTime={info.getValue()}>{formatWhen(info.getValue(), i18next.language)}</time>,
  }),
  helper.accessor((e) => userLabel(e), { id: 'user', sortFn: 'text', filterFn: 'equalsString' }),
  helper.accessor((e) => e.patientMrn ?? e.patientId ?? '', {
    id: 'patient',
    sortFn: 'alphanumeric',
    filterFn: 'includesFolded',
  }),
  helper.accessor('action', {
    id: 'action',
    sortFn: 'text',
    filterFn: 'equalsString',
    cell: (info) => worded(actionWords(info.getValue(), i18next.language), info.getValue()),
  }),
  helper.accessor((e) => (e.objectId ? `${e.objectType} ${e.objectId.slice(0, 8)}` : e.objectType), {
    id: 'object',
    sortFn: 'text',
    cell: (info) => {
      const e = info.row.original;
      return worded(objectWords(e.objectType, i18next.language), info.getValue());
    },
  }),
  helper.accessor('workstation', { id: 'workstation', sortFn: 'text' }),
]);
