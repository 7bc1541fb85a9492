import { useTranslation } from 'react-i18next';
import { useQuery } from '../../app/api';
import { PatientBanner } from '../patients';
import { CarTTab } from './car-t/CarTTab';
import { HistoryTab } from './HistoryTab';
import { ErrorLine } from './parts';
import { chairsideHref, patientHref, PATIENT_TABS, type VisitTab } from './route';
import { SideEffectsTab } from './side-effects/SideEffectsTab';
import { Steps } from './Steps';

const NOTHING: ReadonlySet<VisitTab> = new Set();

/** A patient without a visit today: CAR T monitoring days, side effects and the chart history. */
export function PatientView({ patientId, tab }: { patientId: string; tab: VisitTab }) {
  const { t } = useTranslation();
  const patient = useQuery('patients:get', { id: patientId });
  const shown = (PATIENT_TABS as readonly VisitTab[]).includes(tab) ? tab : 'car-t';
  if (patient.error) return <ErrorLine message={patient.error.message} />;
  if (!patient.data) return <p>{t('app.loading')}</p>;
  return (
    <>
      <div className="screen-actions">
        <a className="button link-button" href={chairsideHref()}>
          <span aria-hidden="true">←</span>
          {t('chairside.backToList')}
        </a>
      </div>
      <PatientBanner patient={patient.data} />
      <Steps
        tabs={PATIENT_TABS}
        current={shown}
        href={(name) => patientHref(patientId, name)}
        locked={NOTHING}
        done={NOTHING}
      />
      <section className="cs-tab" aria-labelledby="cs-tab-title">
        <h2 id="cs-tab-title">{t(`chairside.tab.${shown}`)}</h2>
        {shown === 'car-t' && <CarTTab patientId={patientId} appointmentId={null} />}
        {shown === 'side-effects' && <SideEffectsTab patientId={patientId} appointmentId={null} planId={null} />}
        {shown === 'history' && <HistoryTab patientId={patientId} appointmentId={null} />}
      </section>
    </>
  );
}
