import { useTranslation } from 'react-i18next';
import type { PlanWarning } from '../../../../../shared/ipc/contract/plans';

/** What to confirm before booking, in the user's language; unverified facts are named, not only counted. */
export function PlanWarnings({ warnings }: { warnings: PlanWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <div className="notice plan-warnings" data-testid="plan-warnings">
      <strong>{t('schedule.plans.warnings')}</strong>
      <ul>
        {warnings.map((w) => (
          <li key={w.code}>
            {w.code === 'unverified-facts' ? (
              <details>
                <summary>{t('schedule.plans.warning.unverified-facts', { count: w.facts.length })}</summary>
                <ul lang="en">
                  {w.facts.map((fact) => (
                    <li key={fact}>{fact}</li>
                  ))}
                </ul>
              </details>
            ) : (
              t(`schedule.plans.warning.${w.code}`, w.code === 'unbookable-visits' ? { count: w.count } : {})
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
