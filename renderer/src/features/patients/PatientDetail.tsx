import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../../shared/ipc/contract/patients';
import { RecordAccess } from '../audit';
import { EducationGiven, PrintHandoutLink } from '../handouts';
import { PatientBanner } from './PatientBanner';
import { formatDay, formatNumber } from './format';
import { patientHref } from './route';

/** The banner and the rest of the record. Notes are shown as text: React escapes them, nothing runs. */
export function PatientDetail({ patient }: { patient: Patient }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const none = t('patients.detail.none');
  return (
    <>
      <PatientBanner patient={patient} />
      <EducationGiven patientId={patient.id} />
      <div className="screen-actions">
        <a className="button button-primary link-button" href={patientHref(patient.id, 'edit')}>
          <span aria-hidden="true">✎</span>
          {t('patients.edit')}
        </a>
        <PrintHandoutLink patientId={patient.id} patientName={`${patient.givenName} ${patient.familyName}`} />
      </div>
      <dl className="patient-details">
        <dt>{t('patients.detail.height')}</dt>
        <dd>
          {patient.heightCm !== null && patient.heightMeasuredOn !== null
            ? `${formatNumber(patient.heightCm, locale)} cm (${t('patients.banner.measured', { date: formatDay(patient.heightMeasuredOn, locale) })})`
            : none}
        </dd>
        <dt>{t('patients.field.sex')}</dt>
        <dd>{t(`patients.sex.${patient.sex}`)}</dd>
        <dt>{t('patients.detail.phone')}</dt>
        <dd>{patient.phone || none}</dd>
        <dt>{t('patients.detail.window')}</dt>
        <dd>{t(`patients.window.${patient.preferredWindow}`)}</dd>
        <dt>{t('patients.detail.notes')}</dt>
        <dd>
          <p className="notes-text" data-testid="patient-notes">
            {patient.notes || none}
          </p>
        </dd>
      </dl>
      <RecordAccess patientId={patient.id} />
    </>
  );
}
