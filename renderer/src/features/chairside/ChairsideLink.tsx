import { useTranslation } from 'react-i18next';
import { visitHref } from './route';

/** "Open at the chairside" for one appointment (day view panel). */
export function ChairsideLink({ appointmentId }: { appointmentId: string }) {
  const { t } = useTranslation();
  return (
    <a className="button link-button" href={visitHref(appointmentId)} data-testid="open-chairside">
      <span aria-hidden="true">✚</span>
      {t('chairside.openVisit')}
    </a>
  );
}
