import { useTranslation } from 'react-i18next';
import { useQuery } from '../../app/api';
import { PatientBanner } from '../patients';
import { EducationGiven } from './EducationGiven';
import { HandoutPanel } from './HandoutPanel';
import { PatientPicker } from './PatientPicker';
import { handoutsHref, useHandoutPatient } from './route';
import './handouts.css';
import { Alert } from '../../components/Alert';

function PatientHandouts({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const patient = useQuery('patients:get', { id: patientId });
  const suggestion = useQuery('handouts:suggest', { patientId });
  const error = patient.error ?? suggestion.error;
  if (error) {
    return <Alert>{error.code === 'not-found' ? t('handouts.notFound') : error.message}</Alert>;
  }
  if (!patient.data || !suggestion.data) return <p>{t('app.loading')}</p>;
  return (
    <>
      <div className="screen-actions">
        <a className="button link-button" href={handoutsHref()}>
          <span aria-hidden="true">←</span>
          {t('handouts.otherPatient')}
        </a>
      </div>
      <PatientBanner patient={patient.data} />
      <EducationGiven patientId={patientId} />
      <HandoutPanel suggestion={suggestion.data} />
    </>
  );
}

/** Take-home sheets: find the patient (or arrive with one from the day view or the chart), then print. */
export function HandoutsScreen() {
  const { t } = useTranslation();
  const patientId = useHandoutPatient();
  return (
    <section aria-labelledby="screen-title" className="handouts-screen">
      <h1 id="screen-title">{t('handouts.title')}</h1>
      {patientId ? <PatientHandouts key={patientId} patientId={patientId} /> : <PatientPicker />}
    </section>
  );
}
