import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClosedDayBookings as Listed } from '../../../../../shared/ipc/contract/schedule';
import { clockTime } from '../../../../../shared/schedule/windows';
import { ApiError, call } from '../../../app/api';
import { formatDay } from '../../../lib/dates';

// The bookings a closure left on its day, each with the nearest allowed day the placer found. Nothing moves
// until the nurse says so; each move is recorded with the closure as its reason.

export function ClosedDayBookings({ date, onDone }: { date: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [listed, setListed] = useState<Listed | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function reload() {
    setListed(await call('schedule:closed-day-bookings', { date }));
  }
  useEffect(() => void reload(), [date]); // eslint-disable-line react-hooks/exhaustive-deps

  async function move(ids: readonly string[]) {
    setError(null);
    try {
      for (const appointmentId of ids) await call('schedule:move-off-closed-day', { appointmentId });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
    }
    await reload();
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
        {listed.bookings.map(({ appointment: a, proposal, message }) => (
          <li key={a.id} className="center-item">
            <span className="center-item-name">
              {a.patientName} · {clockTime(a.start)}–{clockTime(a.end)}
            </span>
            {proposal ? (
              <button type="button" className="button" onClick={() => void move([a.id])}>
                {t('center.closures.moveTo', {
                  date: formatDay(proposal.date, i18n.language),
                  time: clockTime(proposal.start),
                })}
              </button>
            ) : (
              <span className="closure-reason">{message ?? t('center.closures.noRoom')}</span>
            )}
          </li>
        ))}
      </ul>
      {movable.length > 1 && (
        <button type="button" className="button button-primary" onClick={() => void move(movable)}>
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
