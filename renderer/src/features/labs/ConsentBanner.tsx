import { useTranslation } from 'react-i18next';
import { useQuery } from '../../app/api';

/** Under the patient banner: consent for this plan missing or expired on the visit's day (nothing when in date). */
export function ConsentBanner({ planId, date }: { planId: string; date: string }) {
  const { t } = useTranslation();
  const consents = useQuery('consent:list', { planId });
  if (!consents.data) return null;
  const latest = consents.data[consents.data.length - 1];
  if (latest && (latest.expiresOn === null || latest.expiresOn >= date)) return null;
  return (
    <p className="status status-error" role="alert" data-testid="consent-banner">
      <span aria-hidden="true">⚠ </span>
      {latest ? t('labs.consentBanner.expired', { date: latest.expiresOn }) : t('labs.consentBanner.missing')}
    </p>
  );
}
