import { useTranslation } from 'react-i18next';
import type { VisitContext } from '../../../../../shared/ipc/contract/charting-visit';
import { Alert } from '../../../components/Alert';

/** Before a weight-based dose: whether the last weight is fresh enough (center policy), and if not, why. */
export function WeightCheckNotice({ check }: { check: VisitContext['weightCheck'] }) {
  const { t } = useTranslation();
  if (check.status === 'not-weight-based') return null;
  if (check.status === 'fresh' && check.last && check.planKg !== null) {
    return (
      <p className="status status-ok" data-testid="weight-check">
        <span aria-hidden="true">✓ </span>
        {t('chairside.preparation.weight.fresh', {
          kg: check.last.kg,
          date: check.last.measuredOn,
          planKg: check.planKg,
        })}
      </p>
    );
  }
  const why = check.reasons.map((reason) =>
    t(`chairside.preparation.weight.${reason}`, {
      days: check.ageDays ?? '',
      max: reason === 'too-old' ? check.policy.maxAgeDays : check.policy.maxChangePercent,
      percent: check.changePercent ?? '',
      planKg: check.planKg ?? '',
    }),
  );
  return (
    <Alert tone="warn" testId="weight-check">
      <strong>{t('chairside.preparation.weight.needs-fresh-weight')}</strong>: {why.join('; ')}.
    </Alert>
  );
}
