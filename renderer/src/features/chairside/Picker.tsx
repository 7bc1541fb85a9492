import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorklistItem } from '../../../../shared/ipc/contract/charting-visit';
import { matchesFolded } from '../../../../shared/text/fold';
import { useQuery } from '../../app/api';
import { Field } from '../../components/Field';
import { formatDay } from '../../lib/dates';
import { patientHref } from './route';
import { ThresholdsEditor } from './ThresholdsEditor';
import { VisitPick, visitSearchText } from './VisitPick';
import { Alert } from '../../components/Alert';

/** Where the chairside starts: today's visits, and the CAR T patients in their day 0–14 monitoring. */
export function Picker() {
  const { t, i18n } = useTranslation();
  const worklist = useQuery('charting:worklist', {}, { live: ['appointments', 'chart', 'reactions'] });
  if (worklist.error) {
    return <Alert>{worklist.error.message}</Alert>;
  }
  if (!worklist.data) return <p>{t('app.loading')}</p>;
  const { appointments, carTMonitoring, date } = worklist.data;
  return (
    <>
      <h2>{t('chairside.picker.today', { date: formatDay(date, i18n.language, { weekday: true }) })}</h2>
      {appointments.length === 0 && <p className="muted">{t('chairside.picker.none')}</p>}
      {appointments.length > 0 && <TodayVisits visits={appointments} />}
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
                {t('chairside.picker.day', { day: m.day, day0: formatDay(m.day0, i18n.language) })}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <ThresholdsEditor />
    </>
  );
}

/**
 * Today's visits, filtered as the nurse types (accents and case do not count), the nurse's own patients first:
 * those booked with them or that they have charted on.
 */
function TodayVisits({ visits }: { visits: readonly WorklistItem[] }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const shown = visits.filter((a) => matchesFolded(visitSearchText(a), filter));
  const mine = shown.filter((a) => a.isMine);
  const others = shown.filter((a) => !a.isMine);
  const list = (items: WorklistItem[], label: string, testId: string) => (
    <ul className="cs-picker" aria-label={label} data-testid={testId}>
      {items.map((a) => (
        <li key={a.appointmentId}>
          <VisitPick visit={a} />
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <div className="cs-picker-tools">
        <Field label={t('chairside.picker.filter')} help={t('chairside.picker.filterHelp')}>
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </Field>
        <p className="muted" role="status">
          {t('chairside.picker.count', { shown: shown.length, total: visits.length })}
        </p>
      </div>
      {mine.length > 0 && (
        <>
          <h3>{t('chairside.picker.mine', { count: mine.length })}</h3>
          {list(mine, t('chairside.picker.mineLabel'), 'my-visits')}
          {others.length > 0 && <h3>{t('chairside.picker.others', { count: others.length })}</h3>}
        </>
      )}
      {list(others, t('chairside.picker.visits'), 'other-visits')}
    </>
  );
}
