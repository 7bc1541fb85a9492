import { z } from 'zod';
import { clockTime, minutesOf } from './common';

// The running of one drug's infusion as a list of timed events: start, interruption, restart, rate change,
// stop, or "not given". The events are the one truth: the administration record's start, stop, rates,
// interruptions and expected end, and a reaction's stop and restart, are all read from them, so two records
// of the same visit can never disagree. Events are only ever added; a mistaken one is voided by a later
// event, with a reason.

export const INFUSION_ACTIONS = ['start', 'interrupt', 'restart', 'rate', 'stop', 'not-given', 'void'] as const;
export type InfusionAction = (typeof INFUSION_ACTIONS)[number];

export const infusionEvent = z
  .object({
    id: z.number().int(),
    drugId: z.string(),
    action: z.enum(INFUSION_ACTIONS),
    /** Clock time on the day of the visit, 24-hour HH:MM. */
    time: clockTime,
    rateMlPerHour: z.number().nullable(),
    /** Stop only: true when the whole dose was given, false when it was stopped early. */
    complete: z.boolean().nullable(),
    reason: z.string().nullable(),
    reactionEntryId: z.string().nullable(),
    voidsEventId: z.number().int().nullable(),
    userId: z.string().nullable(),
    atUtc: z.string(),
  })
  .strict();
export type InfusionEvent = z.infer<typeof infusionEvent>;

export const INFUSION_STATES = ['not-started', 'running', 'interrupted', 'stopped', 'not-given'] as const;
export type InfusionState = (typeof INFUSION_STATES)[number];

export const interruption = z
  .object({
    from: clockTime,
    to: clockTime.nullable(),
    rateBefore: z.number().nullable(),
    restartRate: z.number().nullable(),
    reactionEntryId: z.string().nullable(),
  })
  .strict();
export type Interruption = z.infer<typeof interruption>;

export const infusionSummary = z
  .object({
    state: z.enum(INFUSION_STATES),
    startTime: clockTime.nullable(),
    stopTime: clockTime.nullable(),
    /** Stopped: whether the whole dose was given; null until stopped. */
    complete: z.boolean().nullable(),
    stopReason: z.string().nullable(),
    firstRate: z.number().nullable(),
    currentRate: z.number().nullable(),
    interruptions: z.array(interruption),
    /** When the bag should run out at the rates charted so far; null without a planned volume or time. */
    expectedEnd: clockTime.nullable(),
    /** Minutes the drug actually ran (interruptions excluded), once it has stopped. */
    minutesRunning: z.number().nullable(),
  })
  .strict();
export type InfusionSummary = z.infer<typeof infusionSummary>;

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (minutes: number) => {
  const m = Math.ceil(minutes);
  return `${pad(Math.floor(m / 60) % 24)}:${pad(m % 60)}`;
};

/** The events still in force: voided events and the void events themselves drop out. */
export function liveEvents(events: readonly InfusionEvent[]): InfusionEvent[] {
  const voided = new Set(events.filter((e) => e.action === 'void').map((e) => e.voidsEventId));
  return events.filter((e) => e.action !== 'void' && !voided.has(e.id));
}

interface Segment {
  from: number;
  to: number | null;
  rate: number;
}

function segmentsOf(events: readonly InfusionEvent[]): Segment[] {
  const segments: Segment[] = [];
  let open: Segment | null = null;
  for (const e of events) {
    const at = minutesOf(e.time);
    if (open && e.action !== 'start') {
      open.to = at;
      open = null;
    }
    if ((e.action === 'start' || e.action === 'restart' || e.action === 'rate') && e.rateMlPerHour !== null) {
      open = { from: at, to: null, rate: e.rateMlPerHour };
      segments.push(open);
    }
  }
  return segments;
}

/**
 * Where the bag stands: the volume planned is the volume in the bag, or (without it) the first rate over the
 * library's infusion time. What ran so far at each charted rate is subtracted; the rest runs at the current
 * rate from the last change, which gives the expected end after an interruption or a slower restart.
 */
function expectedEndOf(segments: readonly Segment[], volumeMl: number | null, plannedMinutes: number | null) {
  const first = segments[0];
  if (!first) return null;
  const planned = volumeMl ?? (plannedMinutes !== null ? (first.rate * plannedMinutes) / 60 : null);
  if (planned === null) return null;
  const last = segments[segments.length - 1]!;
  if (last.to !== null) return null;
  const given = segments.slice(0, -1).reduce((sum, s) => sum + (s.rate * ((s.to ?? s.from) - s.from)) / 60, 0);
  const left = Math.max(0, planned - given);
  return clock(last.from + (left / last.rate) * 60);
}

function interruptionsOf(events: readonly InfusionEvent[]): Interruption[] {
  const list: Interruption[] = [];
  let rate: number | null = null;
  for (const e of events) {
    if (e.action === 'start' || e.action === 'rate') rate = e.rateMlPerHour;
    if (e.action === 'interrupt') {
      list.push({ from: e.time, to: null, rateBefore: rate, restartRate: null, reactionEntryId: e.reactionEntryId });
    }
    const open = list[list.length - 1];
    if (e.action === 'restart' && open && open.to === null) {
      open.to = e.time;
      open.restartRate = e.rateMlPerHour;
      rate = e.rateMlPerHour;
    }
  }
  return list;
}

/** The one reading of a drug's events that every screen and record uses. */
export function summarizeInfusion(
  all: readonly InfusionEvent[],
  plan: { volumeMl: number | null; plannedMinutes: number | null },
): InfusionSummary {
  const events = liveEvents(all);
  const start = events.find((e) => e.action === 'start') ?? null;
  const end = events.find((e) => e.action === 'stop' || e.action === 'not-given') ?? null;
  const interruptions = interruptionsOf(events);
  const segments = segmentsOf(events);
  const open = interruptions.some((i) => i.to === null);
  let state: InfusionState = 'not-started';
  if (end?.action === 'not-given') state = 'not-given';
  else if (end) state = 'stopped';
  else if (start) state = open ? 'interrupted' : 'running';
  const rated = events.filter((e) => e.rateMlPerHour !== null);
  return {
    state,
    startTime: start?.time ?? null,
    stopTime: end?.action === 'stop' ? end.time : null,
    complete: end?.action === 'stop' ? end.complete : end ? false : null,
    stopReason: end?.reason ?? null,
    firstRate: start?.rateMlPerHour ?? null,
    currentRate: rated[rated.length - 1]?.rateMlPerHour ?? null,
    interruptions,
    expectedEnd:
      state === 'running' || state === 'interrupted'
        ? expectedEndOf(segments, plan.volumeMl, plan.plannedMinutes)
        : null,
    minutesRunning: state === 'stopped' ? segments.reduce((sum, s) => sum + ((s.to ?? s.from) - s.from), 0) : null,
  };
}

/** Which actions the drug's state allows next (main refuses the others, naming the state). */
export function allowedActions(state: InfusionState): InfusionAction[] {
  switch (state) {
    case 'not-started':
      return ['start', 'not-given'];
    case 'running':
      return ['interrupt', 'rate', 'stop'];
    case 'interrupted':
      return ['restart', 'stop'];
    case 'stopped':
    case 'not-given':
      return [];
  }
}
