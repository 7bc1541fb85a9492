import { useClinicClock } from '../../../app/clinic-clock';

export interface Now {
  date: string;
  minute: number;
}

/** The center's date and minute at the core's "now", moved on each minute (the now-line, "today"). */
export function useNow(): Now | null {
  const clock = useClinicClock(60_000);
  return clock ? { date: clock.date, minute: clock.minute } : null;
}
