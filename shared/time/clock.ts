import { dateInZone, minuteInZone } from '../schedule/timezone';

// The one way Chairside reads and writes clock times and finds "today", in main and in the renderer alike.
// Decisions, made once:
// - A clock time is typed on the 24-hour clock as H:MM, HH:MM or HHMM ("8:30", "08:30", "0830": a keypad has no
//   colon). Three digits ("830") are refused: 8:30 or 83:0 is a guess, and a clinical time is never guessed.
// - 24:00 means "the end of the day" and is accepted only where a closing time is asked for ({ endOfDay: true });
//   anywhere else a time of day runs 00:00–23:59.
// - "Today" is the calendar date in the center's time zone at the core's "now" (a frozen clock in tests and
//   demos), never the renderer's or the machine's own idea of the date.
// Plain Intl is enough here (the zone arithmetic is shared/schedule/timezone.ts): no library is added for it.

const CLOCK = /^\s*(\d{1,2}):(\d{2})\s*$|^\s*(\d{2})(\d{2})\s*$/;

/** Minutes since midnight for a typed 24-hour time, or null when it is not one (see the rules above). */
export function parseClockTime(text: string, options: { endOfDay?: boolean } = {}): number | null {
  const match = CLOCK.exec(text);
  if (!match) return null;
  const h = Number(match[1] ?? match[3]);
  const m = Number(match[2] ?? match[4]);
  if (m > 59) return null;
  if (h === 24 && m === 0) return options.endOfDay ? 24 * 60 : null;
  return h < 24 ? h * 60 + m : null;
}

/** "HH:MM" on the 24-hour clock, the way clinical times are written everywhere in Chairside (24:00 at day's end). */
export function clockTime(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The center's calendar date and minute of the day at `at`, in its time zone. */
export function clinicNow(at: Date, timeZone: string): { date: string; minute: number } {
  return { date: dateInZone(at, timeZone), minute: minuteInZone(at, timeZone) };
}
