import { useEffect, useState } from 'react';
import { clinicNow } from '../../../shared/time/clock';
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
