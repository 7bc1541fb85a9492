import { useTranslation } from 'react-i18next';
import type { ScheduleDay } from '../../../../../shared/ipc/contract/schedule';
import { occupiesChair } from '../../../../../shared/schedule/status';
import { clockTime } from '../../../../../shared/schedule/windows';
import { reasonText } from '../../../lib/reason-text';
import { STATUS_ICONS, treatmentText } from '../display';

/**
 * The day's held, cancelled and no-show visits, each with why. They free their chair, so the grid does not
 * draw them; listed here in full, a nurse sees at a glance whom not to call in, and why.
 */
export function SetAside({ day }: { day: ScheduleDay }) {
  const { t } = useTranslation();
  const released = day.appointments.filter((a) => !occupiesChair(a.status));
  if (released.length === 0) return null;
  return (
    <section className="set-aside" aria-labelledby="set-aside-title" data-testid="set-aside">
      <h2 id="set-aside-title">{t('schedule.setAside', { count: released.length })}</h2>
      <ul>
        {released.map((a) => (
          <li key={a.id}>
            <span className={`status-chip status-${a.status}`}>
              <span aria-hidden="true">{STATUS_ICONS[a.status]} </span>
              {t(`schedule.status.${a.status}`)}
            </span>{' '}
            {clockTime(a.start)} <strong>{a.patientName}</strong> ({a.mrn}) · {treatmentText(a, t)}
            {a.statusReason && (
              <span className="set-aside-reason"> — {reasonText(a.statusReason, a.statusReasonCoded)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
