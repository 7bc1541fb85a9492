import type { CenterLimits, OpeningDay, WeeklyShift } from '../../../../shared/ipc/contract/center';
import { formatMinutes } from '../../../../shared/center/calendar';
import { invalid } from '../../core/errors';

// Shared by the center setup services (their audit events go through deps.write): readable weekday diffs, and the rule that an
// open day must be longer than the fixed minutes every visit needs.

const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Opening hours as { mon: '08:00–17:00', sun: 'closed' }, so the audit diff reads like the form. */
export function hoursByDay(days: OpeningDay[]): Record<string, string> {
  const entries = days.map((d): [string, string] => [
    WEEKDAY_KEYS[d.weekday] ?? String(d.weekday),
    d.isClosed ? 'closed' : `${formatMinutes(d.openMinute)}–${formatMinutes(d.closeMinute)}`,
  ]);
  return Object.fromEntries(entries);
}

/** A weekly shift template as { mon: '07:30–15:30' }; days without a shift are 'off'. */
export function shiftsByDay(shifts: WeeklyShift[]): Record<string, string> {
  const out: Record<string, string> = Object.fromEntries(WEEKDAY_KEYS.map((k) => [k, 'off']));
  for (const s of shifts)
    out[WEEKDAY_KEYS[s.weekday]!] = `${formatMinutes(s.startMinute)}–${formatMinutes(s.endMinute)}`;
  return out;
}

/** Minutes every visit spends in the chair besides the infusion itself, at the longest (a first dose). */
export function fixedVisitMinutes(l: CenterLimits): number {
  return l.preAssessmentMinutes + l.postInfusionObservationMinutes + l.firstDoseExtraObservationMinutes;
}

/**
 * An open day shorter than pre-assessment plus observation could never hold an infusion: refuse the hours
 * (naming the closing time of that day) rather than let the scheduler discover it one booking at a time.
 */
export function checkDaysFitVisits(days: OpeningDay[], limits: CenterLimits, path: (index: number) => string): void {
  const needed = fixedVisitMinutes(limits);
  days.forEach((d, i) => {
    if (!d.isClosed && d.closeMinute - d.openMinute <= needed) {
      throw invalid(
        path(i),
        'day-too-short',
        `Open for ${d.closeMinute - d.openMinute} min: not longer than pre-assessment and observation (${needed} min)`,
        { minutes: d.closeMinute - d.openMinute, needed },
      );
    }
  });
}
