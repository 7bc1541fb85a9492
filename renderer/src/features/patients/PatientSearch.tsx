import { useTranslation } from 'react-i18next';
import { PatientSearchBox } from '../../components/PatientSearchBox';
import { patientHref } from './route';

/** The patients screen's finder; each result opens the patient's record. */
export function PatientSearch({ selectedId }: { selectedId: string | null }) {
  const { t } = useTranslation();
  return (
    <PatientSearchBox
      label={t('patients.searchLabel')}
      help={t('patients.searchHelp')}
      selectedId={selectedId}
      hrefOf={(p) => patientHref(p.id)}
      noneFound={t('patients.noneFound')}
    />
  );
}
