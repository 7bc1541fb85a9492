import { addDays, weekdayOf } from '../../../shared/center/calendar';
import { zonedMinuteToUtc } from '../../../shared/schedule/timezone';
import type { Core } from '../core/create-core';
import { clinicTimeZone } from '../services/center/clinic-clock';
import { irae, type Visit } from './history-entries';
import { as, chartVisit, request, type Random, type SettableClock } from './history-visit';
import { DEMO_ACCOUNTS } from './orders';
import { seededRandom } from './random';

// The demo's recent past, so the Reports screen has something to show: the doses of the demo plans that fell
// in the last two weeks (booking skips past doses) are booked on their day and charted at the chair through
// the same channels a nurse uses, with the core's clock moved to that day: check-in, assessment, the double
// check, start and stop, a few infusion reactions and side effects, and the chair released after observation.
// Needs a settable clock (the seed's frozen one); the clock is put back on "today" afterwards.

/** Past doses of single-drug, flat-dose plans in [from, to) on weekdays: the visits to chart. */
async function pastVisits(core: Core, planIds: readonly string[], from: string, to: string): Promise<Visit[]> {
  const visits: Visit[] = [];
  for (const planId of planIds) {
    const plan = await as(core, 'plans:get', { planId });
    for (const dose of plan.doses) {
      const item = dose.items[0];
      const minutes = dose.infusionMinutes ?? item?.infusionMinutes ?? null;
      const day = dose.targetDate;
      if (dose.items.length !== 1 || !item?.doseMg || minutes === null) continue;
      if (day < from || day >= to || [0, 6].includes(weekdayOf(day)) || dose.appointment) continue;
      visits.push({
        planId,
        doseNumber: dose.doseNumber,
        date: day,
        patientId: plan.patientId,
        drugId: item.drugId,
        doseMg: item.doseMg,
        minutes,
      });
    }
  }
  return visits;
}

/** Side effects reported at a later visit: graded CTCAE terms with onset a few days after the dose. */
const IRAE_TERMS = ['Rash maculo-papular', 'Hypothyroidism', 'Diarrhea', 'Pruritus', 'Fatigue'];

async function chartIrae(core: Core, clock: SettableClock, v: Visit, today: string, random: Random): Promise<void> {
  const term = core.deps.library.ctcaeTerms.find((t) => t.term === IRAE_TERMS[random.int(0, IRAE_TERMS.length - 1)]);
  if (!term) return;
  // Reported a few days after the dose, never after "today"; charted on the day it was reported.
  const later = addDays(v.date, random.int(3, 10));
  const onset = later < today ? later : v.date;
  clock.set(zonedMinuteToUtc(onset, 12 * 60, clinicTimeZone()).toISOString());
  const { charge } = DEMO_ACCOUNTS;
  await as(core, 'auth:sign-in', { initials: charge.initials, secret: charge.secret });
  const grade = random.chance(0.6) ? 1 : 2;
  const saved = await as(core, 'charting:save-draft', {
    patientId: v.patientId,
    appointmentId: null,
    kind: 'irae',
    payload: irae(term, grade, onset, v.planId),
    clientRequestId: request(),
  });
  await as(core, 'charting:sign', { id: saved.id, clientRequestId: request() });
}

export interface HistorySummary {
  visits: number;
  unbooked: number;
  /** Visits a channel refused part-way (named in `refusals`): left as a real visit would be, half charted. */
  refused: number;
  refusals: string[];
}

/** Charts the plans' doses of the last `weeks` weeks before `today`, then puts the clock back at `restoreTo`. */
export async function seedHistory(
  core: Core,
  planIds: readonly string[],
  options: { today: string; chairIds: readonly string[]; weeks?: number; restoreTo: string; seed?: number },
): Promise<HistorySummary> {
  const clock = core.deps.clock as Partial<SettableClock>;
  if (typeof clock.set !== 'function') return { visits: 0, unbooked: 0, refused: 0, refusals: [] };
  const settable = clock as SettableClock;
  const random = seededRandom(options.seed ?? 1717);
  // The charge nurse charts (a password signs in; the demo nurse's PIN only unlocks) and the nurse double-checks.
  const { charge } = DEMO_ACCOUNTS;
  await as(core, 'auth:sign-in', { initials: charge.initials, secret: charge.secret });
  const visits = (
    await pastVisits(core, planIds, addDays(options.today, -7 * (options.weeks ?? 2)), options.today)
  ).sort((a, b) => a.date.localeCompare(b.date));
  const summary: HistorySummary = { visits: 0, unbooked: 0, refused: 0, refusals: [] };
  try {
    for (const v of visits) {
      try {
        if (!(await chartVisit(core, settable, v, options.chairIds, random))) {
          summary.unbooked += 1;
          continue;
        }
        summary.visits += 1;
        if (random.chance(0.15)) await chartIrae(core, settable, v, options.today, random);
      } catch (error) {
        summary.refused += 1;
        summary.refusals.push(error instanceof Error ? error.message : String(error));
      }
    }
  } finally {
    settable.set(options.restoreTo);
    await core.dispatch('auth:sign-out', {});
  }
  return summary;
}
