import { useTranslation } from 'react-i18next';
import { PatientView } from './PatientView';
import { Picker } from './Picker';
import { useChairsideView } from './route';
import { VisitView } from './VisitView';
import './chairside.css';
import './clinical.css';

/** The chairside: pick today's visit (or a CAR T patient in monitoring), then chart it step by step. */
export function ChairsideScreen() {
  const { t } = useTranslation();
  const view = useChairsideView();
  return (
    <section aria-labelledby="screen-title" className="chairside-screen">
      <h1 id="screen-title">{t('chairside.title')}</h1>
      {view.kind === 'picker' && <Picker />}
      {view.kind === 'visit' && (
        <VisitView key={view.appointmentId} appointmentId={view.appointmentId} tab={view.tab} />
      )}
      {view.kind === 'patient' && <PatientView key={view.patientId} patientId={view.patientId} tab={view.tab} />}
    </section>
  );
}
