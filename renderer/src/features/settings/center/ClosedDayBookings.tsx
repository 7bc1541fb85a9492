import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockTime } from '../../../../../shared/schedule/windows';
import { ApiError, call, useMutation, useQuery } from '../../../app/api';
import { formatDay } from '../../../lib/dates';

// The bookings a closure left on its day, each with the nearest allowed day the placer found. Nothing moves
// until the nurse says so; each move is recorded with the closure as its reason.

/** What moving bookings off a closed day changes: this list, the days, the plans' doses, the history. */
const MOVE_READS = ['schedule:closed-day-bookings', 'schedule:day', 'schedule:history', 'plans:get'] as const;

/**
 * Moves the bookings one after the other and stops at the first refusal, answering its words (null when every
 * one moved). It resolves either way, so what did move is shown: the reads are invalidated after a refusal too.
 */
async function moveOff(ids: readonly string[]): Promise<string | null> {
  try {
    for (const appointmentId of ids) await call('schedule:move-off-closed-day', { appointmentId });
    return null;
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    return e.message;
  }
}

export function ClosedDayBookings({ date, onDone }: { date: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const listed = useQuery('schedule:closed-day-bookings', { date }).data;
  const moving = useMutation(moveOff, { invalidates: MOVE_READS });
  const [error, setError] = useState<string | null>(null);

  async function move(ids: readonly string[]) {
    setError(null);
    setError(await moving.run(ids));
  }

  if (!listed || listed.bookings.length === 0) return null;
  const day = formatDay(date, i18n.language);
  const movable = listed.bookings.filter((b) => b.proposal).map((b) => b.appointment.id);
  return (
    <section
      className="closed-day-bookings"
      role="alert"
      aria-label={t('center.closures.bookingsLabel', { date: day })}
    >
      <h4>{t('center.closures.bookingsTitle', { count: listed.bookings.length, date: day })}</h4>
      <ul className="center-list">
        {listed.bookings.map(({ appointment: a, proposal, why }) => (
          <li key={a.id} className="center-item">
            <span className="center-item-name">
              {a.patientName} · {clockTime(a.start)}–{clockTime(a.end)}
            </span>
            {proposal ? (
              <button type="button" className="button" disabled={moving.pending} onClick={() => void move([a.id])}>
                {t('center.closures.moveTo', {
                  date: formatDay(proposal.date, i18n.language),
                  time: clockTime(proposal.start),
                })}
              </button>
            ) : (
              <span className="closure-reason">
                {why === 'visit-started' ? t('center.closures.started') : t('center.closures.noRoom')}
              </span>
            )}
          </li>
        ))}
      </ul>
      {movable.length > 1 && (
        <button
          type="button"
          className="button button-primary"
          disabled={moving.pending}
          onClick={() => void move(movable)}
        >
          {t('center.closures.moveAll', { count: movable.length })}
        </button>
      )}
      {error && <p className="field-error">{error}</p>}
      <button type="button" className="button" onClick={onDone}>
        {t('center.closures.later')}
      </button>
    </section>
  );
}
