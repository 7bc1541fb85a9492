import { useTranslation } from 'react-i18next';
import { handoutsHref } from './route';

/** "Print handout" from the patient's page or a day-view appointment: opens the handouts screen for them. */
export function PrintHandoutLink({ patientId, patientName }: { patientId: string; patientName: string }) {
  const { t } = useTranslation();
  return (
    <a
      className="button link-button"
      href={handoutsHref(patientId)}
      aria-label={t('handouts.printHandoutFor', { patient: patientName })}
      data-testid="print-handout"
    >
      <span aria-hidden="true">▤</span>
      {t('handouts.printHandout')}
    </a>
  );
}
