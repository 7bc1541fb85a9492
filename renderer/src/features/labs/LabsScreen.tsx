import { useTranslation } from 'react-i18next';
import { useQuery } from '../../app/api';
import { PatientBanner } from '../patients';
import { LabsNeeded } from './LabsNeeded';
import { PatientLabs } from './PatientLabs';
import { PatientFinder } from './PatientFinder';
import { useLabsPatient } from './route';
import './labs.css';

export function LabsScreen() {
  const { t } = useTranslation();
  const patientId = useLabsPatient();
  const patient = useQuery('patients:get', { id: patientId ?? '' }, { enabled: patientId !== null });
  return (
    <section className="screen labs-screen" aria-labelledby="labs-title">
      <h1 id="labs-title">{t('labs.title')}</h1>
      {patientId === null ? (
        <>
          <PatientFinder />
          <LabsNeeded />
        </>
      ) : (
        <>
          {patient.data && <PatientBanner patient={patient.data} />}
          <PatientLabs patientId={patientId} />
        </>
      )}
    </section>
  );
}
