import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleDay } from '../../../../../shared/ipc/contract/schedule';
import { occupiesChair } from '../../../../../shared/schedule/status';
import { clockTime } from '../../../../../shared/schedule/windows';
import { useQuery } from '../../../app/api';
import { DateField } from '../../../components/DateField';
import { isRealDate } from '../../../lib/dates';
import { reasonText } from '../../../lib/reason-text';
import { longDate, shiftDate, STATUS_ICONS, treatmentText, visitNumberText } from '../display';
import { dayHref, nursesHref, pharmacyHref, plansHref, tightenHref } from '../route';
import { useSession } from '../../auth';
import { AppointmentPanel } from './AppointmentPanel';
import { CapacityLegend } from './CapacityStrip';
import { DayGrid } from './DayGrid';
import { useNow } from './useNow';
import { SetAside } from './SetAside';
import { Worklist } from './Worklist';
import { Alert } from '../../../components/Alert';

export function DayView({ date: requested }: { date: string | null }) {
  const { t } = useTranslation();
  const now = useNow();
  const date = requested ?? now?.date ?? null;
  if (!date) return <p>{t('app.loading')}</p>;
  return (
    <DayScreen key={date} date={date} today={now?.date ?? date} nowMinute={now?.date === date ? now.minute : null} />
  );
}

/** Go to a date typed as YYYY-MM-DD (not a date input: its order follows the OS, and 06/04 is ambiguous). */
function DayPicker({ date }: { date: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(date);
  return (
    <form
      className="day-picker"
      onSubmit={(event) => {
        event.preventDefault();
        if (isRealDate(draft)) window.location.hash = dayHref(draft);
      }}
    >
      <DateField label={t('schedule.date')} value={draft} onChange={setDraft} />
      <button type="submit" className="button" disabled={!isRealDate(draft) || draft === date}>
        {t('schedule.go')}
      </button>
    </form>
  );
}

function DayNav({ date, today }: { date: string; today: string }) {
  const { t } = useTranslation();
  const { canManage } = useSession();
  // A coming day only: today's patients may already be on their way.
  const mayTighten = date > today && canManage;
  return (
    <nav className="day-nav no-print" aria-label={t('schedule.dayTitle')}>
      <a className="button link-button" href={dayHref(shiftDate(date, -1))}>
        <span aria-hidden="true">◀ </span>
        {t('schedule.previousDay')}
      </a>
      <a className="button link-button" href={dayHref(today)} aria-current={date === today ? 'date' : undefined}>
        {t('schedule.today')}
      </a>
      <a className="button link-button" href={dayHref(shiftDate(date, 1))}>
        {t('schedule.nextDay')}
        <span aria-hidden="true"> ▶</span>
      </a>
      <DayPicker key={date} date={date} />
      <button type="button" className="button" onClick={() => window.print()}>
        {t('schedule.print')}
      </button>
      <a className="button link-button" href={plansHref()}>
        {t('schedule.plansLink')}
      </a>
      <a className="button link-button" href={pharmacyHref(date)}>
        {t('dayRun.pharmacyLink')}
      </a>
      <a className="button link-button" href={nursesHref(date)}>
        {t('nurseBoard.link')}
      </a>
      {mayTighten && (
        <a className="button link-button" href={tightenHref(date)}>
          {t('tighten.link')}
        </a>
      )}
    </nav>
  );
}

/** Printed instead of the scrolling worklist: every appointment of the day, in chair and time order. */
function PrintList({ day }: { day: ScheduleDay }) {
  const { t } = useTranslation();
  const chairs = new Map(day.chairs.map((c) => [c.id, c.name]));
  return (
    <table className="print-only print-list">
      <thead>
        <tr>
          {(['time', 'chair', 'patient', 'treatment', 'dose', 'status'] as const).map((k) => (
            <th key={k}>{t(`schedule.worklist.${k}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {day.appointments.map((a) => (
          <tr key={a.id}>
            <td>
              {clockTime(a.start)}–{clockTime(a.end)}
            </td>
            <td>{chairs.get(a.chairId)}</td>
            <td>
              {a.patientName} ({a.mrn})
            </td>
            <td>{treatmentText(a, t)}</td>
            <td>{visitNumberText(a, t)}</td>
            <td>
              {STATUS_ICONS[a.status]} {t(`schedule.status.${a.status}`)}
              {a.statusReason && ` — ${reasonText(a.statusReason, a.statusReasonCoded)}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DayScreen({ date, today, nowMinute }: { date: string; today: string; nowMinute: number | null }) {
  const { t, i18n } = useTranslation();
  const day = useQuery('schedule:day', { date }, { live: ['appointments', 'chart', 'reactions'] });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // What a change did, in words; the change itself invalidates the day (APPOINTMENT_READS), and the day also
  // asks again on every live change of appointments or charts (this workstation's and, in center mode, others').
  const [message, setMessage] = useState<string | null>(null);
  const data = day.data?.date === date ? day.data : undefined;
  const selected = data?.appointments.find((a) => a.id === selectedId && occupiesChair(a.status));

  return (
    <section aria-labelledby="screen-title" className="schedule-screen">
      <h1 id="screen-title">
        {t('schedule.dayTitle')} — <span data-testid="day-date">{longDate(date, i18n.language)}</span>
      </h1>
      <DayNav date={date} today={today} />
      <p className="muted no-print">{t('schedule.dragHint')}</p>
      {message && (
        <p role="status" className="status status-ok no-print" data-testid="schedule-message">
          <span aria-hidden="true">✓ </span>
          {message}
        </p>
      )}
      {day.error && <Alert>{day.error.message}</Alert>}
      {!data && !day.error && <p>{t('app.loading')}</p>}
      {data && !data.isOpen && (
        <p className="notice">
          <span aria-hidden="true">ℹ </span>
          {t('schedule.closed')}
        </p>
      )}
      {data && data.chairs.length === 0 && <p className="notice">{t('schedule.noChairs')}</p>}
      {data && data.close > data.open && data.chairs.length > 0 && (
        <>
          <DayGrid
            day={data}
            selectedId={selectedId}
            nowMinute={nowMinute}
            onSelect={setSelectedId}
            onMoved={(_moved, chairId, start) =>
              setMessage(
                t('schedule.moved', {
                  chair: data.chairs.find((c) => c.id === chairId)?.name ?? '',
                  time: clockTime(start),
                }),
              )
            }
          />
          <CapacityLegend />
        </>
      )}
      {data && <SetAside day={data} />}
      {data && (
        <div className="day-lower">
          {selected ? (
            <AppointmentPanel appointment={selected} day={data} today={today} onDone={setMessage} />
          ) : (
            <p className="muted no-print appt-panel-empty">{t('schedule.panel.none')}</p>
          )}
          <div className="no-print">
            <Worklist day={data} selectedId={selectedId} onSelect={setSelectedId} />
          </div>
          <PrintList day={data} />
        </div>
      )}
    </section>
  );
}
