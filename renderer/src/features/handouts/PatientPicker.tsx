import { useTranslation } from 'react-i18next';
import { PatientSearchBox } from '../../components/PatientSearchBox';
import { handoutsHref } from './route';

/** Finds the patient to print for; each result opens the screen for that patient. */
export function PatientPicker() {
  const { t } = useTranslation();
  return (
    <div className="handout-picker">
      <p>{t('handouts.choosePatient')}</p>
      <PatientSearchBox
        label={t('handouts.searchLabel')}
        help={t('handouts.searchHelp')}
        limit={10}
        hrefOf={(p) => handoutsHref(p.id)}
        noneFound={t('handouts.noneFound')}
      />
    </div>
  );
}
