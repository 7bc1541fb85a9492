import { useEffect, useState } from 'react';
import { clinicNow } from '../../../../../shared/time/clock';
import { useQuery } from '../../../app/api';

export interface Now {
  date: string;
  minute: number;
}

/**
 * The core's "now" (a frozen clock in tests and demos), moved on by the minutes spent on this screen, in the
 * center's time zone, so the now-line and "today" agree with what the core considers today.
 */
export function useNow(): Now | null {
  const info = useQuery('system:info', {});
  const [loadedAt] = useState(() => Date.now());
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  if (!info.data) return null;
  const at = new Date(new Date(info.data.now).getTime() + (Date.now() - loadedAt));
  return clinicNow(at, info.data.timeZone);
}
