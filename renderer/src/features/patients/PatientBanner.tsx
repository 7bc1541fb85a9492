import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../../shared/ipc/contract/patients';
import { allergyStatus } from '../../../../shared/patients/allergies';
import { ReactionAlert } from '../chairside';
import { useClinicClock } from '../../app/clinic-clock';
import { ageOn, formatDay, formatNumber } from './format';
import './patients.css';
import { withColon } from '../../i18n/colon';

interface PatientBannerProps {
  patient: Patient;
  /** The banner's name heading level, to fit the screen it sits in. */
  headingLevel?: 2 | 3;
}

/**
 * Who this is, at a glance, on every screen that acts on a patient: name, MRN, date of birth and age,
 * allergies (always shown, never by colour alone; a real allergy warns, "no known allergies" does not), weight with the day it was measured, and language.
 */
export function PatientBanner({ patient, headingLevel = 2 }: PatientBannerProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const Heading = `h${headingLevel}` as const;
  const clock = useClinicClock(60_000);
  return (
    <section className="patient-banner" aria-label={t('patients.banner.label')} data-testid="patient-banner">
      <Heading className="patient-banner-name">
        <span className="family-name">{patient.familyName.toLocaleUpperCase(locale)}</span>, {patient.givenName}
      </Heading>
      <dl className="patient-banner-facts">
        <div>
          <dt>{t('patients.banner.mrn')}</dt>
          <dd className="mrn">{patient.mrn}</dd>
        </div>
        <div>
          <dt>{t('patients.banner.born')}</dt>
          <dd>
            {formatDay(patient.birthDate, locale)}
            {clock && ` (${t('patients.banner.age', { count: ageOn(patient.birthDate, clock.date) })})`}
          </dd>
        </div>
        <div>
          <dt>{t('patients.banner.weight')}</dt>
          <dd>
            {patient.weightKg !== null && patient.weightMeasuredOn !== null ? (
              <>
                {formatNumber(patient.weightKg, locale)} kg{' '}
                <span className="muted">
                  ({t('patients.banner.measured', { date: formatDay(patient.weightMeasuredOn, locale) })})
                </span>
              </>
            ) : (
              <span className="status status-warn">
                <span aria-hidden="true">⚠ </span>
                {t('patients.banner.noWeight')}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('patients.banner.language')}</dt>
          <dd lang={patient.preferredLanguage}>{t(`patients.language.${patient.preferredLanguage}`)}</dd>
        </div>
      </dl>
      <AllergyLine allergies={patient.allergies} />
      <ReactionAlert patientId={patient.id} />
    </section>
  );
}

/**
 * Allergies as colour + icon + text: a recorded allergy is a red warning; "No known allergies" (English or
 * French) is neutral; an empty field asks the nurse to ask the patient.
 */
function AllergyLine({ allergies }: { allergies: string | null }) {
  const { t } = useTranslation();
  const status = allergyStatus(allergies);
  if (status === 'not-recorded') {
    return (
      <p className="patient-banner-allergies allergies-unknown" data-testid="allergies" data-allergy-status={status}>
        <span aria-hidden="true" className="allergy-icon">
          ?
        </span>
        <strong>{t('patients.banner.allergiesUnknown')}</strong>
      </p>
    );
  }
  if (status === 'none-known') {
    return (
      <p className="patient-banner-allergies allergies-none" data-testid="allergies" data-allergy-status={status}>
        <span aria-hidden="true" className="allergy-icon">
          ✓
        </span>
        <strong>{t('patients.banner.noKnownAllergies')}</strong>
      </p>
    );
  }
  return (
    <p className="patient-banner-allergies allergies-recorded" data-testid="allergies" data-allergy-status={status}>
      <span aria-hidden="true" className="allergy-icon">
        ⚠
      </span>
      <strong>{withColon(t('patients.banner.allergies'))}</strong> <span className="allergy-text">{allergies}</span>
    </p>
  );
}
