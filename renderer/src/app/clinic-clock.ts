import { useEffect, useState } from 'react';
import { clinicNow, clockTime } from '../../../shared/time/clock';
import { dateInZone, minuteInZone } from '../../../shared/schedule/timezone';
import i18next from 'i18next';
import { formatDate } from '../lib/format';
import { useQuery } from './api';

// The app's one "now" in the renderer: the core's clock (frozen in tests and demos), moved on by the time spent on
// the screen, read in the center's time zone. "Today", a patient's age and every clinical time on screen come from
// it, never from the browser's own date or zone (a workstation set to another zone, or a frozen test clock, would
// otherwise disagree with what the core stamps).

export interface ClinicClock {
  /** The instant. */
  at: Date;
  /** The center's calendar date, YYYY-MM-DD. */
  date: string;
  /** Minutes since the center's midnight. */
  minute: number;
}

export function useClinicClock(tickMs = 60_000): ClinicClock | null {
  const info = useQuery('system:info', {});
  const [loadedAt] = useState(() => Date.now());
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), tickMs);
    return () => window.clearInterval(timer);
  }, [tickMs]);
  if (!info.data) return null;
  const at = new Date(new Date(info.data.now).getTime() + (Date.now() - loadedAt));
  return { at, ...clinicNow(at, info.data.timeZone) };
}

export interface ClinicTimes {
  /** 'HH:MM' (24-hour) of an instant on the center's clock. */
  time: (instant: string | Date) => string;
  /** The center's day of an instant in the reader's words, and its time: "Fri 27 Nov 2026 14:05". */
  dateTime: (instant: string | Date) => string;
  /** 'HH:MM' now on the center's clock: the core's now, moved on by the time spent on the screen. */
  now: () => string;
}

/**
 * Instants shown as the center's clock shows them ("Saved at 14:05", an audit event's time), whatever zone the
 * workstation is set to. Until the core has answered, the workstation's zone stands in.
 */
export function useClinicTimes(): ClinicTimes {
  const info = useQuery('system:info', {});
  const [loadedAt] = useState(() => Date.now());
  const zone = info.data?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const time = (instant: string | Date) => clockTime(minuteInZone(new Date(instant), zone));
  const dateTime = (instant: string | Date) =>
    `${formatDate(dateInZone(new Date(instant), zone), i18next.language)} ${time(instant)}`;
  const now = () =>
    time(info.data ? new Date(new Date(info.data.now).getTime() + (Date.now() - loadedAt)) : new Date());
  return { time, dateTime, now };
}
