import { useTranslation } from 'react-i18next';
import { PatientPicker } from './PatientPicker';
import { PatientPlans } from './PatientPlans';

export function PlansView({ patientId }: { patientId: string | null }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{t('schedule.plans.title')}</h1>
      <div className="screen-actions">
        <a className="button link-button" href="#/schedule">
          <span aria-hidden="true">◀ </span>
          {t('schedule.backToDay')}
        </a>
      </div>
      <div className="patients-layout">
        <PatientPicker selectedId={patientId} />
        <div>
          {patientId ? (
            <PatientPlans key={patientId} patientId={patientId} />
          ) : (
            <p className="notice">{t('schedule.plans.choose')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
