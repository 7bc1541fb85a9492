import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayAppointment, MoveCheck, ScheduleDay } from '../../../../../shared/ipc/contract/schedule';
import { clockTime } from '../../../../../shared/schedule/windows';
import { ApiError, useMutation, useQuery } from '../../../app/api';
import { Field, issuesByField } from '../../../components/Field';
import { DateField } from '../../../components/DateField';
import { isRealDate } from '../../../lib/dates';
import { Modal } from '../../../components/Modal';
import { APPOINTMENT_READS } from './appointment-reads';
import { slotStarts } from './geometry';
import { Alert } from '../../../components/Alert';

interface MoveDialogProps {
  appointment: DayAppointment;
  day: ScheduleDay;
  onClose: () => void;
  onMoved: (chairId: string, start: number) => void;
}

/** "Move to…": the keyboard way to do what dragging does, with the same live check on every change. */
export function MoveDialog({ appointment, day, onClose, onMoved }: MoveDialogProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(appointment.date);
  const [chairId, setChairId] = useState(appointment.chairId);
  const [start, setStart] = useState(appointment.start);
  const [error, setError] = useState<string | null>(null);
  const moving = useMutation('schedule:move', { invalidates: APPOINTMENT_READS });
  const asked = useQuery(
    'schedule:check-move',
    { appointmentId: appointment.id, date, chairId, start },
    { enabled: isRealDate(date) },
  );
  const check: MoveCheck | null = asked.error
    ? { ok: false, end: start, issues: [{ path: '', message: asked.error.message }] }
    : (asked.data ?? null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await moving.run({ appointmentId: appointment.id, date, chairId, start });
      onMoved(chairId, start);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
    }
  }

  const issues = issuesByField(check?.issues ?? []);
  // A subcutaneous visit sits on an injection seat and moves between seats; any other visit between chairs.
  const onSeat = day.injectionSeats.some((s) => s.id === appointment.chairId);
  const places = onSeat ? day.injectionSeats : day.chairs;
  const times = useStartTimes(appointment, day, date);
  const shownStart = times.includes(start) ? start : (times[0] ?? start);
  useEffect(() => {
    if (shownStart !== start) setStart(shownStart);
  }, [shownStart, start]);
  return (
    <Modal title={t('schedule.move.title')} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <DateField label={t('schedule.move.date')} error={issues.date} value={date} onChange={setDate} />
        <Field label={onSeat ? t('schedule.move.seat') : t('schedule.move.chair')} error={issues.chairId}>
          <select value={chairId} onChange={(e) => setChairId(e.target.value)}>
            {places.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.active ? '' : ` (${t('schedule.outOfService')})`}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('schedule.move.start')} error={issues.start ?? issues.appointmentId ?? issues['']}>
          <select value={shownStart} onChange={(e) => setStart(Number(e.target.value))} disabled={times.length === 0}>
            {times.map((m) => (
              <option key={m} value={m}>
                {clockTime(m)}
              </option>
            ))}
          </select>
        </Field>
        <p role="status" className={check?.ok ? 'status status-ok' : 'muted'} data-testid="move-check">
          {times.length === 0 ? (
            t('schedule.move.closed')
          ) : check === null ? (
            t('schedule.move.check')
          ) : check.ok ? (
            <>✓ {t('schedule.move.free', { end: clockTime(check.end) })}</>
          ) : null}
        </p>
        {error && <Alert>{error}</Alert>}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={!check?.ok || moving.pending}>
            {t('schedule.move.submit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('schedule.move.close')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/**
 * The start times the Move dialog offers: the slots of the target date's opening hours at which the visit, as long
 * as it is now, still ends by closing. The target date's own hours are read, since another day may open later,
 * close earlier or be closed.
 */
function useStartTimes(appointment: DayAppointment, day: ScheduleDay, date: string): number[] {
  const other = isRealDate(date) && date !== day.date;
  const target = useQuery('schedule:day', { date: other ? date : day.date }, { enabled: other });
  const hours = other ? target.data : day;
  if (!hours || (other && hours.date !== date) || !hours.isOpen) return [];
  const duration = appointment.end - appointment.start;
  return slotStarts(hours).filter((m) => m + duration <= hours.close);
}
