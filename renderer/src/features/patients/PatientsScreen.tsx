import { useTranslation } from 'react-i18next';
import { useQuery } from '../../app/api';
import { PatientBanner } from './PatientBanner';
import { PatientDetail } from './PatientDetail';
import { PatientForm } from './PatientForm';
import { PatientSearch } from './PatientSearch';
import { usePatientView, type PatientView } from './route';
import './patients.css';
import { Alert } from '../../components/Alert';

export function PatientsScreen() {
  const { t } = useTranslation();
  const view = usePatientView();
  const selectedId = view.kind === 'show' || view.kind === 'edit' ? view.id : null;
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{t('patients.title')}</h1>
      <div className="patients-layout">
        <div>
          <div className="screen-actions">
            <a className="button link-button" href="#/patients/new">
              <span aria-hidden="true">+</span>
              {t('patients.newPatient')}
            </a>
          </div>
          <PatientSearch selectedId={selectedId} />
        </div>
        <div>
          <PatientPane view={view} />
        </div>
      </div>
    </section>
  );
}

function PatientPane({ view }: { view: PatientView }) {
  const { t } = useTranslation();
  if (view.kind === 'search') return <p className="notice">{t('patients.choose')}</p>;
  if (view.kind === 'new') {
    return (
      <>
        <h2 id="patient-form-title">{t('patients.newTitle')}</h2>
        <PatientForm />
      </>
    );
  }
  return <LoadedPatient id={view.id} editing={view.kind === 'edit'} />;
}

function LoadedPatient({ id, editing }: { id: string; editing: boolean }) {
  const { t } = useTranslation();
  const patient = useQuery('patients:get', { id });
  if (patient.error) {
    return <Alert>{patient.error.code === 'not-found' ? t('patients.notFound') : patient.error.message}</Alert>;
  }
  // Wait for this patient: a stale one from the previous id must never be shown under the new heading.
  if (!patient.data || patient.data.id !== id || patient.loading) return <p>{t('app.loading')}</p>;
  if (!editing) return <PatientDetail patient={patient.data} />;
  return (
    <>
      <PatientBanner patient={patient.data} />
      <h2 id="patient-form-title">{t('patients.editTitle')}</h2>
      <PatientForm key={patient.data.updatedAt} patient={patient.data} />
    </>
  );
}
