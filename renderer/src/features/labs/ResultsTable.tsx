import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabResult } from '../../../../shared/ipc/contract/labs';
import { analyteOf } from '../../../../shared/labs/analytes';
import { formatDecimal } from '../../../../shared/numbers/decimal';
import { useMutation } from '../../app/api';
import { LAB_READS } from './lab-reads';
import { localeOf } from '../../components/NumberField';
import { Day } from '../../components/Day';

// Every result as typed (value, unit, range), newest first; a wrong one is voided with a reason, never erased.

function VoidButton({ result }: { result: LabResult }) {
  const { t } = useTranslation();
  const voiding = useMutation('labs:void', { invalidates: LAB_READS });
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  if (!asking)
    return (
      <button type="button" className="button-secondary" onClick={() => setAsking(true)}>
        {t('labs.table.void')}
      </button>
    );
  return (
    <span className="lab-void">
      <input aria-label={t('labs.table.voidReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button
        type="button"
        disabled={reason.trim().length < 3 || voiding.pending}
        onClick={() => void voiding.run({ resultId: result.id, reason })}
      >
        {t('labs.table.void')}
      </button>
    </span>
  );
}

export function ResultsTable({ results }: { results: LabResult[] }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const n = (v: number | null) => (v === null ? '' : formatDecimal(v, locale));
  if (results.length === 0) return <p>{t('labs.table.none')}</p>;
  return (
    <table className="lab-table" data-testid="lab-results">
      <caption>{t('labs.table.title')}</caption>
      <thead>
        <tr>
          <th>{t('labs.entry.analyte')}</th>
          <th>{t('labs.table.drawn')}</th>
          <th>{t('labs.table.value')}</th>
          <th>{t('labs.table.range')}</th>
          <th>{t('labs.table.enteredBy')}</th>
          <th>{t('labs.table.method')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {[...results].reverse().map((r) => (
          <tr key={r.id} className={r.voided ? 'lab-voided' : undefined}>
            <td>{analyteOf(r.analyte).names[locale]}</td>
            <td>
              <Day iso={r.drawnAt} />
            </td>
            <td>
              <span title={r.valueText}>
                {r.valueNumber === null ? r.valueText : `${r.comparator ?? ''}${n(r.valueNumber)}`}
              </span>{' '}
              {r.unit === 'result' ? '' : r.unit}
              {r.voided && (
                <span className="status status-warn"> {t('labs.table.voided', { reason: r.voided.reason })}</span>
              )}
            </td>
            <td>{r.refLow === null && r.refHigh === null ? '' : `${n(r.refLow)}–${n(r.refHigh)}`}</td>
            <td>{r.enteredBy ?? ''}</td>
            <td>{t(r.entryMethod === 'hand' ? 'labs.table.hand' : 'labs.table.csv')}</td>
            <td>{!r.voided && <VoidButton result={r} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
