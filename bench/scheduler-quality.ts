import { pathToFileURL } from 'node:url';
import type { DayMetrics } from '../shared/scheduling/metrics';
import { dayMetrics } from '../shared/scheduling/metrics';
import { bookInOrder } from '../shared/scheduling/book';
import type { Placer } from '../shared/scheduling/book';
import { generateClinicDay, mulberry32 } from '../shared/scheduling/generate';
import { placeAppointment } from '../shared/scheduling/place';
import { NAIVE_POLICY, placeFirstFit } from '../shared/scheduling/firstFit';
import type { FirstFitPolicy } from '../shared/scheduling/firstFit';

// Compares the load-levelling placer with naive first-fit on the same generated days, booking requests in
// the order patients call. Both honour chairs, hours and preferred windows; first-fit ignores the nurse
// ratio and staggered starts as a paper chair grid does, which is what the violation rows measure.

export interface QualityRow {
  metric: string;
  ours: number;
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

const NOTES: Partial<Record<keyof DayMetrics, string>> = {
  peakChairsInUse: 'lower is better; the lower bound is the floor',
  lowerBoundChairs: 'ceil(chair-minutes / open minutes) of what was booked',
  peakPatientsPerNurse: 'limit 4',
  nurseRatioViolations: 'slot-nurse pairs above 4 patients',
  staggerViolations: 'slot-nurse pairs with more than 1 start',
  outsidePreferredWindow: 'about a third of patients ask for morning or afternoon',
  unplaced: 'requests refused',
};

const METRICS = Object.keys(NOTES) as (keyof DayMetrics)[];

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
  const ours: DayMetrics[] = [];
  const naive: DayMetrics[] = [];
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
    ours.push(dayMetrics(day, a.appointments, requests));
    naive.push(dayMetrics(day, b.appointments, requests));
  }
  const rows: QualityRow[] = METRICS.map((metric) => ({
    metric,
    ours: round2(average(ours.map((m) => m[metric]))),
    firstFit: round2(average(naive.map((m) => m[metric]))),
    ...(NOTES[metric] ? { note: NOTES[metric] } : {}),
  }));
  rows.push({
    metric: 'msPerPlacement',
    ours: round2(oursClock.ms / Math.max(1, oursClock.calls)),
    firstFit: round2(naiveClock.ms / Math.max(1, naiveClock.calls)),
    note: `${chairs} chairs, ${nurses} nurses, ${min}–${max} requests a day, ${days} days averaged`,
  });
  return rows;
}

function printTable(rows: readonly QualityRow[]): void {
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(24) : c.padStart(9))).join('  ');
  console.log(line(['metric', 'ours', 'firstFit']) + '  note');
  for (const r of rows) console.log(line([r.metric, String(r.ours), String(r.firstFit)]) + `  ${r.note ?? ''}`);
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  printTable(runSchedulerQuality());
}
