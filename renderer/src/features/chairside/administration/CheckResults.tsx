import { useTranslation } from 'react-i18next';
import { allMatch, type FieldCheck } from '../../../../../shared/charting/bag';
import type { ChartEntry } from '../../../../../shared/ipc/contract/chart';
import { useUserNames } from '../users';
import { withColon } from '../../../i18n/colon';

const ICONS: Record<FieldCheck['result'], string> = { match: '✓', mismatch: '✖', missing: '?', expired: '✖' };

/**
 * The newest double check of a drug: each field of both readings against the order, as match or mismatch
 * (colour + icon + text). The values themselves are not shown: the check is about agreement.
 */
export function CheckResults({ check, stale }: { check: ChartEntry | null; stale: boolean }) {
  const { t } = useTranslation();
  const name = useUserNames();
  if (!check) {
    return (
      <p className="status status-warn">
        <span aria-hidden="true">☐ </span>
        {t('chairside.admin.notChecked')}
      </p>
    );
  }
  const checks = (check.payload.checks ?? []) as FieldCheck[];
  const ok = allMatch(checks) && !stale;
  return (
    <div>
      <p className={`status ${ok ? 'status-ok' : 'status-error'}`} data-testid="check-summary">
        <span aria-hidden="true">{ok ? '✓✓ ' : '✖ '}</span>
        {ok
          ? t('chairside.doubleCheck.allMatch', { name: name(check.verifiedBy) })
          : stale
            ? t('chairside.doubleCheck.stale', { name: name(check.verifiedBy) })
            : t('chairside.doubleCheck.differs', { name: name(check.verifiedBy) })}
      </p>
      <ul className="cs-check-list" data-testid="check-results">
        {checks.map((c) => (
          <li key={c.field} className={c.result === 'match' ? 'status-ok' : 'status-error'} data-result={c.result}>
            <span aria-hidden="true">{ICONS[c.result]} </span>
            {withColon(t(`chairside.bag.short.${c.field}`))} {t(`chairside.doubleCheck.result.${c.result}`)}
            {c.ordered && c.result === 'match'
              ? ` ${t(check.payload.against === 'verified-order' ? 'chairside.doubleCheck.asOrdered' : 'chairside.doubleCheck.asPlanned')}`
              : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
