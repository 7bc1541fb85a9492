import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { PreviewVisit } from '../../../../shared/ipc/contract/library';
import { dayText, unverifiedReason } from './format';
import { Problem } from './parts';
import { tDynamic } from '../../i18n';
import { ClinicalText } from '../../lib/clinicalText';
import { doseIn } from '../../lib/doses';

// The regimen's first visits for a start date and weight, as expandRegimen works them out: the same
// arithmetic a plan uses, shown before any plan exists. TanStack Table v9 builds the rows; the markup is ours.

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, PreviewVisit>();
// Headers and cells are rendered below with translated labels; the column ids are the stable keys.
const columns = helper.columns([
  helper.accessor('doseNumber', { id: 'dose' }),
  helper.accessor('date', { id: 'date' }),
  helper.accessor('phaseLabel', { id: 'phase' }),
  helper.accessor('items', { id: 'items' }),
  helper.accessor('infusionMinutesTotal', { id: 'minutes' }),
  helper.accessor('premedication', { id: 'premedication' }),
  helper.accessor('unverified', { id: 'unverified' }),
]);

/** "ipilimumab/inLineFilter: current filter text UNVERIFIED" → "(ipilimumab) current filter text UNVERIFIED". */
function noteText(entry: string): string {
  const slash = entry.indexOf('/');
  return slash < 0 ? unverifiedReason(entry) : `(${entry.slice(0, slash)}) ${unverifiedReason(entry.slice(slash + 1))}`;
}

function Cell({ column, visit, notes }: { column: string; visit: PreviewVisit; notes: readonly string[] }) {
  const { t, i18n } = useTranslation();
  switch (column) {
    case 'dose':
      return <>{visit.doseNumber}</>;
    case 'date':
      return <span className="lib-nowrap">{dayText(visit.date, i18n.language)}</span>;
    case 'phase':
      return <ClinicalText text={visit.phaseLabel} />;
    case 'items':
      return (
        <ul className="lib-cell-list">
          {visit.items.map((item) => (
            <li key={item.drugId}>
              <strong>{item.drugName}</strong> {doseIn(item.doseMg)} ·{' '}
              {t('library.minutesShort', { minutes: item.infusionMinutes })}
              {item.isFirstDoseOfDrug && <span className="lib-first"> · {t('library.firstDose')}</span>}
              <span className="lib-basis" lang="en">
                {item.basis}
              </span>
              {item.infusionCondition && (
                <span className="lib-basis">
                  <ClinicalText text={item.infusionCondition} />
                </span>
              )}
            </li>
          ))}
        </ul>
      );
    case 'minutes':
      return <>{t('library.minutesShort', { minutes: visit.infusionMinutesTotal })}</>;
    case 'premedication':
      return visit.premedication.length === 0 ? (
        <span className="lib-muted">—</span>
      ) : (
        <ul className="lib-cell-list">
          {visit.premedication.map((text) => (
            <li key={text}>
              <ClinicalText text={text} />
            </li>
          ))}
        </ul>
      );
    default: {
      if (visit.unverified.length === 0) return <span className="lib-muted">—</span>;
      const numbers = visit.unverified.map((entry) => notes.indexOf(entry) + 1);
      return (
        <span className="lib-unverified lib-unverified-ref">
          <span aria-hidden="true">⚠ </span>
          <strong>{t('library.unverified')}</strong> {t('library.seeNotes', { numbers: numbers.join(', ') })}
        </span>
      );
    }
  }
}

export function SchedulePreview({ visits, problem }: { visits: PreviewVisit[]; problem: string | null }) {
  const { t } = useTranslation();
  const table = useTable({ features, columns, data: visits, getRowId: (visit) => String(visit.doseNumber) });
  // Each UNVERIFIED fact once, numbered; the rows point at the numbers instead of repeating the sentences.
  const notes = [...new Set(visits.flatMap((visit) => visit.unverified))];
  if (problem) return <Problem text={problem} />;
  return (
    <>
      <div className="lib-table-wrap" role="region" aria-label={t('library.previewTable')} tabIndex={0}>
        <table className="lib-table">
          <caption className="lib-visually-hidden">{t('library.previewTable')}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col">
                    {tDynamic(`library.col.${header.column.id}`, header.column.id)}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} data-label={tDynamic(`library.col.${cell.column.id}`, cell.column.id)}>
                    <Cell column={cell.column.id} visit={row.original} notes={notes} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notes.length > 0 && (
        <section aria-labelledby="lib-preview-notes">
          <h4 id="lib-preview-notes">{t('library.previewNotes')}</h4>
          <ol className="lib-notes">
            {notes.map((entry) => (
              <li key={entry} className="lib-unverified">
                <span aria-hidden="true">⚠ </span>
                <strong>{t('library.unverified')}</strong> <span lang="en">{noteText(entry)}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
