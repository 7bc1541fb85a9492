import { useTranslation } from 'react-i18next';
import { PatientSearchBox } from '../../components/PatientSearchBox';
import { labsHref } from './route';

/** Finds the patient whose results are entered; each result opens that patient's labs. */
export function PatientFinder() {
  const { t } = useTranslation();
  return (
    <div className="labs-finder">
      <p>{t('labs.choosePatient')}</p>
      <PatientSearchBox label={t('labs.searchLabel')} limit={10} hrefOf={(p) => labsHref(p.id)} />
    </div>
  );
}
