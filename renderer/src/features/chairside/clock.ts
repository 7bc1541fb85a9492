import { useEffect, useState } from 'react';
import { useQuery } from '../../app/api';

// The core's "now" (frozen in tests and demos), moved on by the time spent on the screen, so that times the
// nurse stamps with "Now" and the infusion timer agree with the clock the core stamps entries with.

export function useCoreClock(tickMs = 1000): Date | null {
  const info = useQuery('system:info', {});
  const [loadedAt] = useState(() => Date.now());
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), tickMs);
    return () => window.clearInterval(timer);
  }, [tickMs]);
  if (!info.data) return null;
  return new Date(new Date(info.data.now).getTime() + (Date.now() - loadedAt));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** HH:MM on the 24-hour clock, local time. */
export const hhmm = (d: Date): string => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** YYYY-MM-DD, local calendar date. */
export const isoDay = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** mm:ss (or h:mm:ss past an hour) for an elapsed number of seconds. */
export function elapsedText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

/** Seconds from an HH:MM today to `now` (negative when the time is later than now). */
export function secondsSince(time: string, now: Date): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const start = new Date(now);
  start.setHours(h, m, 0, 0);
  return (now.getTime() - start.getTime()) / 1000;
}

/** A new id for one user action (charting's client request id): a retry sends the same one again. */
export const newRequestId = (): string => crypto.randomUUID();
