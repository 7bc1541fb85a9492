import { drugsText } from '../../lib/doses';
import type { TFunction } from 'i18next';
import type { VisitPhase } from '../../../../shared/charting/visit-phase';
import type { AppointmentFlag, AppointmentStatus } from '../../../../shared/schedule/status';

// How statuses and flags look: always colour + icon + text, never colour alone. The icons are all in DejaVu
// Sans (the fallback font on the Linux machines), so none renders as a missing-glyph box.

export const STATUS_ICONS: Record<AppointmentStatus, string> = {
  scheduled: '◷',
  'checked-in': '☑',
  'in-chair': '▣',
  infusing: '▶',
  observation: '◉',
  completed: '✓',
  held: '‖',
  cancelled: '✕',
  'no-show': '∅',
};

/** The visit's phase at the chair (shared/charting/visit-phase.ts), in the same icon set. */
export const PHASE_ICONS: Record<VisitPhase, string> = {
  scheduled: '◷',
  'checked-in': '☑',
  assessed: '♥',
  infusing: '▶',
  interrupted: '‖',
  observation: '◉',
  completed: '✓',
  held: '‖',
  stopped: '■',
};

/**
 * What a block or a worklist row says about where the visit stands: the phase at the chair once anything is
 * charted (assessed, interrupted, stopped early say more than the schedule's status), else the status.
 */
export function visitStatus(
  a: { status: AppointmentStatus; phase: VisitPhase | null; observationEnds: string | null },
  t: TFunction,
): { icon: string; text: string } {
  if (a.phase && a.phase !== 'scheduled' && !['cancelled', 'no-show'].includes(a.status)) {
    const until =
      a.phase === 'observation' && a.observationEnds ? ` ${t('schedule.until', { time: a.observationEnds })}` : '';
    return { icon: PHASE_ICONS[a.phase], text: `${t(`chairside.phase.${a.phase}`)}${until}` };
  }
  return { icon: STATUS_ICONS[a.status], text: t(`schedule.status.${a.status}`) };
}

export const FLAG_ICONS: Record<AppointmentFlag, string> = {
  'first-dose': '★',
  'reaction-history': '⚠',
  'labs-pending': '◑',
};

/** What is given at a visit, or for a CAR T visit where nothing is given, that it is a monitoring visit. */
export function treatmentText(
  a: {
    drugs: readonly { name: string; doseMg: number | null; doseText: string }[];
    carTDay?: number | null | undefined;
  },
  t: TFunction,
): string {
  if (a.drugs.length === 0 && typeof a.carTDay === 'number') return t('dayRun.carTMonitoring');
  return drugsText(a.drugs);
}

/** "D+3" after the CAR T infusion, "D0" on its day, "D−5" during lymphodepletion. */
export function carTDayLabel(day: number): string {
  if (day === 0) return 'D0';
  return day > 0 ? `D+${day}` : `D−${-day}`;
}

/**
 * Which visit of the plan this is: "C2 · D5" (cycle, dose), or for a CAR T visit its day from the cell infusion
 * ("CAR T day D+1"), since its dose number counts lymphodepletion and monitoring visits and would read as a day.
 */
export function visitNumberText(
  a: { cycle: number; doseNumber: number; carTDay?: number | null | undefined },
  t: TFunction,
): string {
  if (typeof a.carTDay === 'number') return t('dayRun.carTDay', { day: carTDayLabel(a.carTDay) });
  return t('schedule.cycleDose', { cycle: a.cycle, dose: a.doseNumber });
}

/** Calendar arithmetic on YYYY-MM-DD in UTC, so no time zone moves the day. */
export function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function longDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
