import { useTranslation } from 'react-i18next';
import { clockTime } from '../../../../shared/schedule/windows';
import { useQuery } from '../../app/api';
import { FLAG_ICONS, visitStatus } from '../schedule/display';
import { patientHref, visitHref } from './route';
import { ThresholdsEditor } from './ThresholdsEditor';

/** Where the chairside starts: today's visits, and the CAR T patients in their day 0–14 monitoring. */
export function Picker() {
  const { t } = useTranslation();
  const worklist = useQuery('charting:worklist', {});
  if (worklist.error) {
    return (
      <p className="status status-error" role="alert">
        <span aria-hidden="true">⚠ </span>
        {worklist.error.message}
      </p>
    );
  }
  if (!worklist.data) return <p>{t('app.loading')}</p>;
  const { appointments, carTMonitoring, date } = worklist.data;
  return (
    <>
      <h2>{t('chairside.picker.today', { date })}</h2>
      {appointments.length === 0 && <p className="muted">{t('chairside.picker.none')}</p>}
      <ul className="cs-picker" aria-label={t('chairside.picker.visits')}>
        {appointments.map((a) => (
          <li key={a.appointmentId}>
            <a className="cs-pick" href={visitHref(a.appointmentId, a.isCheckedIn ? 'assessment' : 'check-in')}>
              <span className="cs-pick-time">
                {clockTime(a.start)}–{clockTime(a.end)} · {a.chairName}
              </span>
              <strong className="cs-pick-name">{a.patientName}</strong> <span className="mrn">{a.mrn}</span>
              <span className="cs-pick-drugs">
                {a.drugs.map((d) => `${d.name} ${d.doseText}`).join(' + ') || a.regimenName}
              </span>
              <span className="cs-pick-meta">
                <span className={`status-chip status-${a.status}${a.phase ? ` phase-${a.phase}` : ''}`}>
                  <span aria-hidden="true">{visitStatus(a, t).icon} </span>
                  {visitStatus(a, t).text}
                </span>
                {a.isCheckedIn ? (
                  <span className="status status-ok">
                    <span aria-hidden="true">☑ </span>
                    {t('chairside.picker.checkedIn')}
                  </span>
                ) : (
                  <span className="status status-warn">
                    <span aria-hidden="true">☐ </span>
                    {t('chairside.picker.notCheckedIn')}
                  </span>
                )}
                {a.flags.map((f) => (
                  <span key={f} className={`appt-flag flag-${f}`}>
                    <span aria-hidden="true">{FLAG_ICONS[f]}</span> {t(`schedule.flag.${f}`)}
                  </span>
                ))}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <h2>{t('chairside.picker.carT')}</h2>
      {carTMonitoring.length === 0 && <p className="muted">{t('chairside.picker.noCarT')}</p>}
      <ul className="cs-picker" aria-label={t('chairside.picker.carT')}>
        {carTMonitoring.map((m) => (
          <li key={m.planId}>
            <a className="cs-pick" href={patientHref(m.patientId, 'car-t')}>
              <strong className="cs-pick-name">{m.patientName}</strong> <span className="mrn">{m.mrn}</span>
              <span className="cs-pick-drugs">{m.productName}</span>
              <span className="status status-warn">
                <span aria-hidden="true">◔ </span>
                {t('chairside.picker.day', { day: m.day, day0: m.day0 })}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <ThresholdsEditor />
    </>
  );
}
