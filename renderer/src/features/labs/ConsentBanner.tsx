import { useTranslation } from 'react-i18next';
import { useQuery } from '../../app/api';
import { Alert } from '../../components/Alert';

/**
 * Under the patient banner: consent for this plan missing or expired on the visit's day (nothing when in date).
 * A consent recorded on Ready to treat invalidates consent:list, so the banner goes at once.
 */
export function ConsentBanner({ planId, date }: { planId: string; date: string }) {
  const { t } = useTranslation();
  const consents = useQuery('consent:list', { planId });
  if (!consents.data) return null;
  const latest = consents.data[consents.data.length - 1];
  if (latest && (latest.expiresOn === null || latest.expiresOn >= date)) return null;
  return (
    <Alert testId="consent-banner">
      {latest ? t('labs.consentBanner.expired', { date: latest.expiresOn }) : t('labs.consentBanner.missing')}
    </Alert>
  );
}
