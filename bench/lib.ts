import { performance } from 'node:perf_hooks';
import { addDays, weekdayOf } from '../shared/center/calendar';

/** One benchmark figure beside its baseline measured in the same run (these machines are noisy). */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  baselineName: string;
  /** value ÷ baseline: how many times the baseline's cost this costs. */
  ratio: number;
  note?: string;
}

export interface Timing {
  median: number;
  p99: number;
  samples: number[];
}

/** Times fn `iterations` times after a warm-up, in milliseconds; reports the median and p99. */
export async function time(fn: () => unknown, iterations: number, warmup = Math.min(5, iterations)): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p99: at(0.99), samples };
}

/**
 * Interleaves the measured code and its baseline in alternating rounds, so that a burst of load on the
 * machine hits both rather than one of them.
 */
export async function compare(
  name: string,
  measured: () => unknown,
  baselineName: string,
  baseline: () => unknown,
  options: { iterations: number; rounds?: number; warmup?: number; note?: string; unit?: string },
): Promise<BenchRow> {
  const rounds = options.rounds ?? 3;
  const per = Math.max(1, Math.ceil(options.iterations / rounds));
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const warmup = r === 0 ? options.warmup : 1;
    a.push(...(await time(measured, per, warmup)).samples);
    b.push(...(await time(baseline, per, warmup)).samples);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const value = median(a);
  const base = median(b);
  return {
    name,
    value,
    unit: options.unit ?? 'ms',
    baseline: base,
    baselineName,
    ratio: value / base,
    ...(options.note ? { note: options.note } : {}),
  };
}

/** The first Monday-to-Friday date on or after `date`: the benchmarks' centers are open on weekdays. */
export function weekdayOnOrAfter(date: string): string {
  let day = date;
  while ([0, 6].includes(weekdayOf(day))) day = addDays(day, 1);
  return day;
}

function fmt(n: number): string {
  if (n === 0) return '0';
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 1) return n.toFixed(2);
  return n.toPrecision(3);
}

export function printRows(title: string, rows: BenchRow[]): void {
  console.log(`\n## ${title}`);
  for (const r of rows) {
    console.log(
      `${r.name}: ${fmt(r.value)} ${r.unit} | baseline (${r.baselineName}): ${fmt(r.baseline)} ${r.unit} | ratio ${fmt(r.ratio)}×` +
        (r.note ? ` — ${r.note}` : ''),
    );
  }
}
