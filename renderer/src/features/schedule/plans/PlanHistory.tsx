import { useTranslation } from 'react-i18next';
import type { PlanStatusEvent } from '../../../../../shared/ipc/contract/plans';
import { useClinicTimes } from '../../../app/clinic-clock';
import { reasonText } from '../../../lib/reason-text';

/** Every hold, resumption and discontinuation of the plan: when, who, why, who decided and from where. */
export function PlanHistory({ events }: { events: PlanStatusEvent[] }) {
  const { t } = useTranslation();
  const clinic = useClinicTimes();
  if (events.length === 0) return null;
  return (
    <details className="plan-history" open>
      <summary>{t('planActions.history')}</summary>
      <ol data-testid="plan-history">
        {events.map((e) => (
          <li key={e.id}>
            {t('planActions.historyLine', {
              at: clinic.dateTime(e.at),
              action: t(`planActions.action.${e.action}`),
              who: e.userName ?? t('planActions.someone'),
              reason: reasonText(e.reason, e.reasonCoded),
            })}
            {e.orderedBy && <> ({t('planActions.historyOrdered', { name: e.orderedBy })})</>}
            <span className="muted"> · {t(`planActions.source.${e.source}`, { defaultValue: e.source })}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
