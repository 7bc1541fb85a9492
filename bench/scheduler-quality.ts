import { pathToFileURL } from 'node:url';
import type { DayMetrics } from './scheduling/metrics';
import { dayMetrics } from './scheduling/metrics';
import { bookInOrder } from './scheduling/book';
import type { Placer } from './scheduling/book';
import { generateClinicDay, mulberry32 } from './scheduling/generate';
import { placeAppointment } from '../shared/scheduling/place';
import { repackDay } from '../shared/scheduling/repack';
import { staffedLowerBound } from '../shared/scheduling/staffed-bound';
import { NAIVE_POLICY, placeFirstFit } from './scheduling/firstFit';
import type { FirstFitPolicy } from './scheduling/firstFit';

// Compares, on the same generated days: the load-levelling placer booking requests in the order patients
// call ("ours"), the same day re-planned whole by the repair pass ("repaired", shared/scheduling/repack.ts),
// and naive first-fit. All honour chairs, hours and preferred windows; first-fit ignores the nurse ratio and
// staggered starts as a paper chair grid does, which is what the violation rows measure. Two floors: the
// plain lower bound (chair-minutes / open minutes) and the staffed floor, which also counts the nurses on
// shift, their patient limit and their one start per slot (staffed-bound.ts): no schedule can beat it.

export interface QualityRow {
  metric: string;
  ours: number;
  repaired: number;
  firstFit: number;
  note?: string;
}

export interface QualityOptions {
  days?: number;
  seed?: number;
  chairs?: number;
  nurses?: number;
  /** Requests per day, drawn uniformly from [min, max]. */
  requests?: readonly [number, number];
  /** Switch first-fit's nurse limits on to compare pure packing (ours trades a little packing for levelling). */
  firstFitPolicy?: FirstFitPolicy;
}

const NOTES_EXTRA: Record<string, string> = {};
const NOTES: Partial<Record<keyof DayMetrics, string>> = {
  peakChairsInUse: 'lower is better; the lower bound is the floor',
  lowerBoundChairs: 'ceil(chair-minutes / open minutes) of what was booked',
  peakPatientsPerNurse: 'limit 4',
  nurseRatioViolations: 'slot-nurse pairs above 4 patients',
  staggerViolations: 'slot-nurse pairs with more than 1 start',
  outsidePreferredWindow: 'about a third of patients ask for morning or afternoon',
  unplaced: 'requests refused',
};

type Metric = keyof DayMetrics | 'staffedFloor';
const METRICS = [...(Object.keys(NOTES) as (keyof DayMetrics)[]), 'staffedFloor'] as const satisfies Metric[];
NOTES_EXTRA.staffedFloor = 'floor that also counts nurses on shift, ratio and stagger';

type Measured = DayMetrics & { staffedFloor: number };

function measure(
  day: Parameters<typeof dayMetrics>[0],
  booked: Parameters<typeof dayMetrics>[1],
  requests: Parameters<typeof dayMetrics>[2],
): Measured {
  const minutes = booked.reduce((sum, a) => sum + (a.end - a.start), 0);
  return { ...dayMetrics(day, booked, requests), staffedFloor: staffedLowerBound(day, minutes) };
}

function timed(place: Placer, clock: { ms: number; calls: number }): Placer {
  return (day, existing, request) => {
    const t0 = performance.now();
    const result = place(day, existing, request);
    clock.ms += performance.now() - t0;
    clock.calls++;
    return result;
  };
}

const average = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
const round2 = (n: number) => Math.round(n * 100) / 100;

export function runSchedulerQuality(options: QualityOptions = {}): QualityRow[] {
  const { days = 20, seed = 1, chairs = 20, nurses = 6, requests: [min, max] = [60, 90] } = options;
  const policy = options.firstFitPolicy ?? NAIVE_POLICY;
  const random = mulberry32(seed);
  const ours: Measured[] = [];
  const repaired: Measured[] = [];
  const naive: Measured[] = [];
  const repairClock = { ms: 0, calls: 0 };
  const oursClock = { ms: 0, calls: 0 };
  const naiveClock = { ms: 0, calls: 0 };
  for (let d = 0; d < days; d++) {
    const appointments = min + Math.floor(random() * (max - min + 1));
    const { day, requests } = generateClinicDay(seed * 1000 + d, { chairs, nurses, appointments });
    const a = bookInOrder(day, requests, timed(placeAppointment, oursClock));
    const b = bookInOrder(
      day,
      requests,
      timed((dy, ex, rq) => placeFirstFit(dy, ex, rq, policy), naiveClock),
    );
    const t0 = performance.now();
    const r = repackDay(day, requests);
    repairClock.ms += performance.now() - t0;
    repairClock.calls++;
    ours.push(measure(day, a.appointments, requests));
    // When even every chair cannot hold the day whole, the repair pass changes nothing.
    repaired.push(measure(day, r?.appointments ?? a.appointments, requests));
    naive.push(measure(day, b.appointments, requests));
  }
  const rows: QualityRow[] = METRICS.map((metric) => ({
    metric,
    ours: round2(average(ours.map((m) => m[metric]))),
    repaired: round2(average(repaired.map((m) => m[metric]))),
    firstFit: round2(average(naive.map((m) => m[metric]))),
    ...((NOTES[metric as keyof DayMetrics] ?? NOTES_EXTRA[metric])
      ? { note: NOTES[metric as keyof DayMetrics] ?? NOTES_EXTRA[metric] }
      : {}),
  }));
  rows.push({
    metric: 'msPerPlacement',
    ours: round2(oursClock.ms / Math.max(1, oursClock.calls)),
    repaired: Number.NaN,
    firstFit: round2(naiveClock.ms / Math.max(1, naiveClock.calls)),
    note: `${chairs} chairs, ${nurses} nurses, ${min}–${max} requests a day, ${days} days averaged`,
  });
  rows.push({
    metric: 'msPerDay',
    ours: round2(oursClock.ms / days),
    repaired: round2(repairClock.ms / days),
    firstFit: round2(naiveClock.ms / days),
    note: 'repaired: the whole-day re-plan alone',
  });
  return rows;
}

export function printSchedulerTable(rows: readonly QualityRow[]): void {
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(24) : c.padStart(9))).join('  ');
  const cell = (n: number) => (Number.isNaN(n) ? '–' : String(n));
  console.log(line(['metric', 'ours', 'repaired', 'firstFit']) + '  note');
  for (const r of rows) {
    console.log(line([r.metric, cell(r.ours), cell(r.repaired), cell(r.firstFit)]) + `  ${r.note ?? ''}`);
  }
  const get = (m: string) => rows.find((r) => r.metric === m);
  const peak = get('peakChairsInUse')?.repaired ?? 0;
  const lower = get('lowerBoundChairs')?.repaired ?? 0;
  const floor = get('staffedFloor')?.repaired ?? 0;
  const pct = (a: number, b: number) => `${b > 0 ? Math.round((a / b - 1) * 1000) / 10 : 0} %`;
  console.log(
    `repaired peak vs lower bound: +${pct(peak, lower)} (target +5 %); vs staffed floor: +${pct(peak, floor)}`,
  );
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  printSchedulerTable(runSchedulerQuality());
}
