import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayAppointment, ScheduleDay } from '../../../../../shared/ipc/contract/schedule';
import { isMovable, MANUAL_PROGRESS, type AppointmentStatus } from '../../../../../shared/schedule/status';
import { clockTime } from '../../../../../shared/schedule/windows';
import { ApiError, useMutation, useQuery } from '../../../app/api';
import { ChairsideLink } from '../../chairside';
import { PrintHandoutLink } from '../../handouts';
import { FLAG_ICONS, visitStatus, treatmentText, visitNumberText } from '../display';
import { APPOINTMENT_READS } from './appointment-reads';
import { MoveDialog } from './MoveDialog';
import { ReasonDialog } from './ReasonDialog';
import './panel.css';
import { useClinicTimes } from '../../../app/clinic-clock';
import { Alert } from '../../../components/Alert';
import { reasonText } from '../../../lib/reason-text';
import { tDynamic } from '../../../i18n';
import { formatDay } from '../../../lib/dates';

type Dialog = 'move' | 'hold' | 'cancel' | 'no-show' | null;

const DIALOG_BUTTONS = {
  move: 'schedule.panel.moveTo',
  hold: 'schedule.panel.hold',
  cancel: 'schedule.panel.cancel',
  'no-show': 'schedule.panel.noShow',
} as const;

interface PanelProps {
  appointment: DayAppointment;
  day: ScheduleDay;
  /** The clinic's today: a visit on a later day cannot be started yet. */
  today: string;
  /** A change went through (it invalidated what it changes, APPOINTMENT_READS): say what happened. */
  onDone: (message: string) => void;
}

/** What a history entry did, in words: its action, or the drug's step ("drug-ready"); unknown ones as stored. */
function actionText(action: string): string {
  const step = /^drug-(.+)$/.exec(action)?.[1];
  if (step) return tDynamic(`dayRun.drugStep.${step}`, action);
  return tDynamic(`schedule.panel.historyAction.${action}`, action);
}

/** Asks again after the panel's own changes (APPOINTMENT_READS) and on a live change made elsewhere. */
function History({ appointmentId }: { appointmentId: string }) {
  const { t } = useTranslation();
  const clinic = useClinicTimes();
  const history = useQuery('schedule:history', { appointmentId }, { live: ['appointments'] });
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

/** The panel's changes: each a mutation that invalidates what it changes; `onDone` says what happened. */
function useAppointmentChanges(a: DayAppointment, onDone: (message: string) => void) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const statusChange = useMutation('schedule:set-status', { invalidates: APPOINTMENT_READS });
  const holding = useMutation('schedule:hold-dose', { invalidates: APPOINTMENT_READS });
  const cancelling = useMutation('schedule:cancel', { invalidates: APPOINTMENT_READS });
  const marking = useMutation('schedule:no-show', { invalidates: APPOINTMENT_READS });

  async function setStatus(status: AppointmentStatus) {
    try {
      await statusChange.run({ appointmentId: a.id, status });
      setError(null);
      onDone(t(`schedule.status.${status}`));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
    }
  }

  async function hold(reason: string) {
    const result = await holding.run({ appointmentId: a.id, reason });
    const lines = [t('schedule.held', { count: result.rebooked.length })];
    for (const u of result.unplaced)
      lines.push(t('schedule.unplaced', { dose: u.doseNumber, date: formatDay(u.targetDate, i18n.language) }));
    onDone(lines.join(' '));
  }

  async function release(kind: 'cancel' | 'no-show', reason: string) {
    await (kind === 'cancel' ? cancelling : marking).run({ appointmentId: a.id, reason });
    onDone(t(`schedule.status.${kind === 'cancel' ? 'cancelled' : 'no-show'}`));
  }

  return { setStatus, hold, release, error, settingStatus: statusChange.pending };
}

/** Who, when, where, what and where the visit stands. */
function Facts({ appointment: a, day }: { appointment: DayAppointment; day: ScheduleDay }) {
  const { t } = useTranslation();
  const chair = [...day.chairs, ...day.injectionSeats].find((c) => c.id === a.chairId)?.name ?? a.chairId;
  const nurse = day.nurses.find((n) => n.id === a.nurseId)?.name ?? '—';
  const shown = visitStatus(a, t);
  return (
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
  );
}

type Changes = ReturnType<typeof useAppointmentChanges>;

/** The open dialog: Move to…, or the reason for a hold, a cancel or a no-show. */
function PanelDialog(props: {
  dialog: Exclude<Dialog, null>;
  appointment: DayAppointment;
  day: ScheduleDay;
  changes: Changes;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { dialog, day, changes, onClose } = props;
  if (dialog === 'move') {
    const moved = (chairId: string, start: number) => {
      const chair = day.chairs.find((c) => c.id === chairId)?.name ?? '';
      props.onDone(t('schedule.moved', { chair, time: clockTime(start) }));
    };
    return <MoveDialog appointment={props.appointment} day={day} onClose={onClose} onMoved={moved} />;
  }
  if (dialog === 'hold') {
    return (
      <ReasonDialog
        title={t('schedule.reason.holdTitle')}
        help={t('schedule.reason.holdHelp')}
        confirm={t('schedule.reason.confirmHold')}
        onClose={onClose}
        onConfirm={changes.hold}
      />
    );
  }
  return (
    <ReasonDialog
      title={t(dialog === 'cancel' ? 'schedule.reason.cancelTitle' : 'schedule.reason.noShowTitle')}
      confirm={t(dialog === 'cancel' ? 'schedule.reason.confirmCancel' : 'schedule.reason.confirmNoShow')}
      onClose={onClose}
      onConfirm={(reason) => changes.release(dialog, reason)}
    />
  );
}

export function AppointmentPanel({ appointment: a, day, today, onDone }: PanelProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const done = (message: string) => {
    setDialog(null);
    onDone(message);
  };
  const changes = useAppointmentChanges(a, done);
  // Arrival is marked here; from the chair on, the status follows the chart (the chairside screen).
  const charted = a.phase !== null && a.phase !== 'scheduled';
  const step = charted ? -1 : MANUAL_PROGRESS.indexOf(a.status);
  const next = step >= 0 && a.date <= today ? MANUAL_PROGRESS[step + 1] : undefined;
  const previous = step > 0 ? MANUAL_PROGRESS[step - 1] : undefined;

  return (
    <section className="appt-panel" aria-labelledby="appt-panel-title" data-testid="appointment-panel">
      <h2 id="appt-panel-title">{t('schedule.panel.title')}</h2>
      <p className="appt-panel-name">
        <strong>{a.patientName}</strong> <span className="mrn">{a.mrn}</span>
      </p>
      <Facts appointment={a} day={day} />
      <div className="panel-actions">
        {a.date === today && <ChairsideLink appointmentId={a.id} />}
        <PrintHandoutLink patientId={a.patientId} patientName={a.patientName} />
        {next && (
          <button
            type="button"
            className="button button-primary"
            disabled={changes.settingStatus}
            onClick={() => void changes.setStatus(next)}
          >
            {t(
              `schedule.panel.next.${a.status as Exclude<AppointmentStatus, 'completed' | 'held' | 'cancelled' | 'no-show'>}`,
            )}
          </button>
        )}
        {previous && (
          <button
            type="button"
            className="button"
            disabled={changes.settingStatus}
            onClick={() => void changes.setStatus(previous)}
          >
            {t('schedule.panel.undo', { status: t(`schedule.status.${previous}`) })}
          </button>
        )}
        {isMovable(a.status) &&
          (['move', 'hold', 'cancel', 'no-show'] as const).map((d) => (
            <button key={d} type="button" className="button" onClick={() => setDialog(d)}>
              {t(DIALOG_BUTTONS[d])}
            </button>
          ))}
      </div>
      {changes.error && <Alert>{changes.error}</Alert>}
      <History appointmentId={a.id} />
      {dialog && (
        <PanelDialog
          dialog={dialog}
          appointment={a}
          day={day}
          changes={changes}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      )}
    </section>
  );
}
