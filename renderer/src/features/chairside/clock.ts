import { clockTime } from '../../../../shared/time/clock';
import { useClinicClock, type ClinicClock } from '../../app/clinic-clock';

// The core's "now" in the center's time zone (frozen in tests and demos), moved on by the time spent on the
// screen, so that times the nurse stamps with "Now" and the infusion timer agree with the clock the core stamps
// entries with, whatever the workstation's own zone.

export function useCoreClock(tickMs = 1000): ClinicClock | null {
  return useClinicClock(tickMs);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** HH:MM on the 24-hour clock, in the center's time zone. */
export const hhmm = (c: ClinicClock): string => clockTime(c.minute);

/** YYYY-MM-DD, the center's calendar date. */
export const isoDay = (c: ClinicClock): string => c.date;

/** mm:ss (or h:mm:ss past an hour) for an elapsed number of seconds. */
export function elapsedText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

/** A new id for one user action (charting's client request id): a retry sends the same one again. */
export const newRequestId = (): string => crypto.randomUUID();
