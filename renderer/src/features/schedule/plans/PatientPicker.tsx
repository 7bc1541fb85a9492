import { useTranslation } from 'react-i18next';
import { PatientSearchBox } from '../../../components/PatientSearchBox';
import { plansHref } from '../route';

/** Finds a patient by MRN or name; each result opens that patient's plans. */
export function PatientPicker({ selectedId }: { selectedId: string | null }) {
  const { t } = useTranslation();
  return (
    <PatientSearchBox
      label={t('schedule.plans.findPatient')}
      help={t('schedule.plans.findHelp')}
      selectedId={selectedId}
      hrefOf={(p) => plansHref(p.id)}
    />
  );
}
