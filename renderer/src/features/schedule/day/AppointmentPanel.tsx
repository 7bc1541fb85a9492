import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayAppointment, ScheduleDay } from '../../../../../shared/ipc/contract/schedule';
import { isMovable, MANUAL_PROGRESS, type AppointmentStatus } from '../../../../../shared/schedule/status';
import { clockTime } from '../../../../../shared/schedule/windows';
import { ApiError, call, useQuery } from '../../../app/api';
import { ChairsideLink } from '../../chairside';
import { PrintHandoutLink } from '../../handouts';
import { FLAG_ICONS, visitStatus, treatmentText, visitNumberText } from '../display';
import { MoveDialog } from './MoveDialog';
import { ReasonDialog } from './ReasonDialog';
import './panel.css';
import { useClinicTimes } from '../../../app/clinic-clock';
import { Alert } from '../../../components/Alert';
import { reasonText } from '../../../lib/reason-text';
import { tDynamic } from '../../../i18n';

type Dialog = 'move' | 'hold' | 'cancel' | 'no-show' | null;

interface PanelProps {
  appointment: DayAppointment;
  day: ScheduleDay;
  /** The clinic's today: a visit on a later day cannot be started yet. */
  today: string;
  /** Something changed: reload the day and say what happened. */
  onChanged: (message: string) => void;
}

/** What a history entry did, in words: its action, or the drug's step ("drug-ready"); unknown ones as stored. */
function actionText(action: string): string {
  const step = /^drug-(.+)$/.exec(action)?.[1];
  if (step) return tDynamic(`dayRun.drugStep.${step}`, action);
  return tDynamic(`schedule.panel.historyAction.${action}`, action);
}

function History({ appointmentId }: { appointmentId: string }) {
  const { t } = useTranslation();
  const clinic = useClinicTimes();
  const history = useQuery('schedule:history', { appointmentId });
  return (
    <details className="appt-history">
      <summary>{t('schedule.panel.history')}</summary>
      <ol>
        {(history.data ?? []).map((h) => (
          <li key={h.id}>
            <time dateTime={h.at}>{clinic.dateTime(h.at)}</time> — {actionText(h.action)}
            {h.reason ? `: ${reasonText(h.reason, h.reasonCoded)}` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}

export function AppointmentPanel({ appointment: a, day, today, onChanged }: PanelProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  const chair = [...day.chairs, ...day.injectionSeats].find((c) => c.id === a.chairId)?.name ?? a.chairId;
  const nurse = day.nurses.find((n) => n.id === a.nurseId)?.name ?? '—';
  // Arrival is marked here; from the chair on, the status follows the chart (the chairside screen).
  const charted = a.phase !== null && a.phase !== 'scheduled';
  const step = charted ? -1 : MANUAL_PROGRESS.indexOf(a.status);
  const next = step >= 0 && a.date <= today ? MANUAL_PROGRESS[step + 1] : undefined;
  const previous = step > 0 ? MANUAL_PROGRESS[step - 1] : undefined;
  const shown = visitStatus(a, t);

  async function setStatus(status: AppointmentStatus) {
    try {
      await call('schedule:set-status', { appointmentId: a.id, status });
      setError(null);
      onChanged(t(`schedule.status.${status}`));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
    }
  }

  async function hold(reason: string) {
    const result = await call('schedule:hold-dose', { appointmentId: a.id, reason });
    setDialog(null);
    const lines = [t('schedule.held', { count: result.rebooked.length })];
    for (const u of result.unplaced) lines.push(t('schedule.unplaced', { dose: u.doseNumber, date: u.targetDate }));
    onChanged(lines.join(' '));
  }

  async function release(kind: 'cancel' | 'no-show', reason: string) {
    await call(kind === 'cancel' ? 'schedule:cancel' : 'schedule:no-show', { appointmentId: a.id, reason });
    setDialog(null);
    onChanged(t(`schedule.status.${kind === 'cancel' ? 'cancelled' : 'no-show'}`));
  }

  return (
    <section className="appt-panel" aria-labelledby="appt-panel-title" data-testid="appointment-panel">
      <h2 id="appt-panel-title">{t('schedule.panel.title')}</h2>
      <p className="appt-panel-name">
        <strong>{a.patientName}</strong> <span className="mrn">{a.mrn}</span>
      </p>
      <dl className="appt-facts">
        <dt>{t('schedule.time')}</dt>
        <dd>
          {clockTime(a.start)}–{clockTime(a.end)}, {chair}
        </dd>
        <dt>{t('schedule.panel.nurse')}</dt>
        <dd>{nurse}</dd>
        <dt>{t('schedule.panel.regimen')}</dt>
        <dd>
          {treatmentText(a, t)} — {visitNumberText(a, t)}
        </dd>
        <dt>{t('schedule.worklist.status')}</dt>
        <dd>
          <span className={`status-chip status-${a.status}`}>
            <span aria-hidden="true">{shown.icon} </span>
            {shown.text}
          </span>
          {a.flags.map((f) => (
            <span key={f} className={`appt-flag flag-${f}`}>
              <span aria-hidden="true">{FLAG_ICONS[f]}</span> {t(`schedule.flag.${f}`)}
            </span>
          ))}
        </dd>
      </dl>
      <div className="panel-actions">
        {a.date === today && <ChairsideLink appointmentId={a.id} />}
        <PrintHandoutLink patientId={a.patientId} patientName={a.patientName} />
        {next && (
          <button type="button" className="button button-primary" onClick={() => void setStatus(next)}>
            {t(
              `schedule.panel.next.${a.status as Exclude<AppointmentStatus, 'completed' | 'held' | 'cancelled' | 'no-show'>}`,
            )}
          </button>
        )}
        {previous && (
          <button type="button" className="button" onClick={() => void setStatus(previous)}>
            {t('schedule.panel.undo', { status: t(`schedule.status.${previous}`) })}
          </button>
        )}
        {isMovable(a.status) && (
          <>
            <button type="button" className="button" onClick={() => setDialog('move')}>
              {t('schedule.panel.moveTo')}
            </button>
            <button type="button" className="button" onClick={() => setDialog('hold')}>
              {t('schedule.panel.hold')}
            </button>
            <button type="button" className="button" onClick={() => setDialog('cancel')}>
              {t('schedule.panel.cancel')}
            </button>
            <button type="button" className="button" onClick={() => setDialog('no-show')}>
              {t('schedule.panel.noShow')}
            </button>
          </>
        )}
      </div>
      {error && <Alert>{error}</Alert>}
      {/* Keyed by updatedAt so the history reloads after every change. */}
      <History key={a.updatedAt} appointmentId={a.id} />
      {dialog === 'move' && (
        <MoveDialog
          appointment={a}
          day={day}
          onClose={() => setDialog(null)}
          onMoved={(chairId, start) => {
            setDialog(null);
            onChanged(
              t('schedule.moved', {
                chair: day.chairs.find((c) => c.id === chairId)?.name ?? '',
                time: clockTime(start),
              }),
            );
          }}
        />
      )}
      {dialog === 'hold' && (
        <ReasonDialog
          title={t('schedule.reason.holdTitle')}
          help={t('schedule.reason.holdHelp')}
          confirm={t('schedule.reason.confirmHold')}
          onClose={() => setDialog(null)}
          onConfirm={hold}
        />
      )}
      {(dialog === 'cancel' || dialog === 'no-show') && (
        <ReasonDialog
          title={t(dialog === 'cancel' ? 'schedule.reason.cancelTitle' : 'schedule.reason.noShowTitle')}
          confirm={t(dialog === 'cancel' ? 'schedule.reason.confirmCancel' : 'schedule.reason.confirmNoShow')}
          onClose={() => setDialog(null)}
          onConfirm={(reason) => release(dialog, reason)}
        />
      )}
    </section>
  );
}
