import { useState } from 'react';
import { useTable, type ColumnFiltersState, type PaginationState, type SortingState } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../../shared/ipc/contract/audit';
import { auditColumns, auditFeatures } from './columns';

interface Props {
  events: AuditEvent[];
  sorting: SortingState;
  onSortingChange: (updater: SortingState | ((old: SortingState) => SortingState)) => void;
  columnFilters: ColumnFiltersState;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** A page of the trail: the DOM holds 100 rows, not the 35,000 px of every event loaded. */
export const AUDIT_PAGE_SIZE = 100;

/** The events as a sortable table: each column header is a button; aria-sort says the current order. */
export function AuditTable({ events, sorting, onSortingChange, columnFilters }: Props) {
  const { t } = useTranslation();
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: AUDIT_PAGE_SIZE });
  const table = useTable({
    features: auditFeatures,
    columns: auditColumns,
    data: events,
    getRowId: (e) => String(e.id),
    state: { sorting, columnFilters, pagination },
    onSortingChange,
    onPaginationChange: setPagination,
    enableSortingRemoval: false,
  });
  const rows = table.getRowModel().rows;
  const matching = table.getPrePaginatedRowModel().rows.length;
  return (
    <>
      <p role="status" className="audit-count">
        {t('audit.shown', { shown: matching, total: events.length })}
      </p>
      <div className="audit-scroll">
        <table className="audit-table">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const label = t(`audit.column.${header.column.id}`);
                  return (
                    <th key={header.id} scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}>
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        {label}
                        <span aria-hidden="true" className="sort-mark">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} data-column={cell.column.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="notice">{t('audit.none')}</p>}
      {table.getPageCount() > 1 && (
        <nav className="audit-pages" aria-label={t('audit.pages')}>
          <button
            type="button"
            className="button"
            onClick={() => table.previousPage()}
            disabled={!table.getCanPreviousPage()}
          >
            <span aria-hidden="true">◀ </span>
            {t('audit.previousPage')}
          </button>
          <span role="status" data-testid="audit-page">
            {t('audit.page', { page: pagination.pageIndex + 1, pages: table.getPageCount() })}
          </span>
          <button type="button" className="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            {t('audit.nextPage')}
            <span aria-hidden="true"> ▶</span>
          </button>
        </nav>
      )}
    </>
  );
}
