import { addDays, weekdayOf } from '../../../shared/center/calendar';
import type { Core } from '../core/create-core';
import { demoCall } from './dispatch';
import { seededRandom } from './random';

// Treatment plans for the demo patients, booked through the same channels a nurse uses, so every booking
// obeys chairs, hours, nurse limits and the preferred window, and is in the audit trail.

/** Regimens a typical immunotherapy day unit runs, weighted by how often the demo uses them. */
export const DEMO_REGIMENS: ReadonlyArray<readonly [regimenId: string, weight: number]> = [
  ['pembrolizumab-200-q3w', 6],
  ['pembrolizumab-400-q6w', 2],
  ['nivolumab-240-q2w', 3],
  ['nivolumab-480-q4w', 3],
  ['atezolizumab-1200-q3w', 2],
  ['durvalumab-nsclc-stage-3-q4w', 2],
  ['cemiplimab-350-q3w', 1],
  ['toripalimab-npc-after-platinum', 1],
  ['nivolumab-ipilimumab-melanoma', 1],
  ['avelumab-800-q2w', 1],
];

export interface SeedPlansOptions {
  patientIds: readonly string[];
  /** The demo's "today": plans start between eight weeks before and three weeks after it. */
  today: string;
  seed?: number;
}

export interface SeededPlans {
  planIds: string[];
  appointments: number;
  /** Plans the center had no room for (the message names the dose), left unbooked as a nurse would see them. */
  unbooked: { planId: string; message: string }[];
}

function pickWeighted(random: ReturnType<typeof seededRandom>): string {
  const total = DEMO_REGIMENS.reduce((sum, [, w]) => sum + w, 0);
  let r = random.next() * total;
  for (const [id, w] of DEMO_REGIMENS) if ((r -= w) < 0) return id;
  return DEMO_REGIMENS[0]![0];
}

/** A weekday start date in [today − 56, today + 21], so today's schedule has doses of every cycle. */
function startDate(today: string, random: ReturnType<typeof seededRandom>): string {
  let day = addDays(today, random.int(-56, 21));
  while ([0, 6].includes(weekdayOf(day))) day = addDays(day, 1);
  return day;
}

/** One plan per patient, each booked in one action; doses already in the past are skipped by booking. */
export async function seedPlans(core: Pick<Core, 'dispatch'>, options: SeedPlansOptions): Promise<SeededPlans> {
  const random = seededRandom(options.seed ?? 5151);
  const out: SeededPlans = { planIds: [], appointments: 0, unbooked: [] };
  for (const patientId of options.patientIds) {
    const start = startDate(options.today, random);
    const plan = await demoCall(core, 'plans:create', {
      kind: 'regimen',
      patientId,
      regimenId: pickWeighted(random),
      startDate: start,
      maxDoses: random.int(4, 8),
      confirmPastStart: start < options.today,
    });
    out.planIds.push(plan.id);
    const booked = await core.dispatch('schedule:book-plan', { planId: plan.id }, { userId: 'demo-seed' });
    if (booked.ok) out.appointments += (booked.value as { booked: unknown[] }).booked.length;
    else out.unbooked.push({ planId: plan.id, message: booked.error.message });
  }
  return out;
}
