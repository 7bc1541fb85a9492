import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../electron/main/core/create-core';
import { devKeystore } from '../tests/harness/keystore';
import { generateLargeCenter, type LargeCenterSummary } from '../electron/main/demo/large-center';
import { clockOn } from '../electron/main/demo/today';
import { liveOnDate } from '../electron/main/repositories/appointments';
import { DAY_VIEW_SQL } from '../electron/main/repositories/day-view';
import { getClinicDay } from '../electron/main/services/center/center';
import { addDays } from '../shared/center/calendar';
import { placeAppointment } from '../shared/scheduling/place';
import { compare, weekdayOnOrAfter, type BenchRow } from './lib';
import { benchReport } from './reports';
import type { BenchContext } from './options';
import { rawBaseline } from './raw-baseline';

// The schedule at scale, on a generated center (5 years, 40 chairs: about 150,000 appointments; --quick: a
// quarter, 10 chairs):
// - the day view through the core (router, zod on the way in and out, Kysely) against the same rows from one
//   prepared SQL statement, which is what the core's overhead is measured by;
// - booking a 6-dose plan into the busy center (one transaction: load each candidate day, place, write, history,
//   audit) against one placeAppointment call on an already loaded busy day;
// - a year's center report (bench/reports.ts) against the year's appointment rows from raw SQL.

export interface ScheduleBenchOptions extends BenchContext {
  years?: number;
  chairs?: number;
  /** Reuse (or keep) a generated database here instead of a temporary one. */
  databasePath?: string;
}

export interface BusyCenter {
  core: Core;
  summary: LargeCenterSummary | null;
  /** A weekday a few days after "today", booked full by the generator. */
  busyDay: string;
  close(): Promise<void>;
}

/** The generated center's size: the options' own, else 5 years and 40 chairs (a quarter and 10 when quick). */
export function scheduleSize(options: ScheduleBenchOptions): { years: number; chairs: number } {
  return { years: options.years ?? (options.quick ? 0.25 : 5), chairs: options.chairs ?? (options.quick ? 10 : 40) };
}

/** Opens the generated center, generating it first when the file does not exist yet. */
export async function openBusyCenter(options: ScheduleBenchOptions): Promise<BusyCenter> {
  const dir = options.databasePath ? null : mkdtempSync(join(tmpdir(), 'chairside-bench-schedule-'));
  const databasePath = options.databasePath ?? join(dir!, 'large.sqlite3');
  const fresh = !existsSync(databasePath);
  const { today } = options;
  const core = await createCore({
    databasePath,
    clock: clockOn(today, 8 * 60),
    workstation: 'bench',
    keystore: devKeystore(databasePath),
  });
  const summary = fresh ? await generateLargeCenter(core, { ...scheduleSize(options), today }) : null;
  return {
    core,
    summary,
    busyDay: weekdayOnOrAfter(addDays(today, 3)),
    close: async () => {
      await core.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function benchDayView(center: BusyCenter, iterations = 150): Promise<BenchRow[]> {
  const { core, busyDay } = center;
  const raw = rawBaseline(core.store, DAY_VIEW_SQL);
  const rows = raw.all(busyDay).length;
  const total = rawBaseline<{ n: number }>(core.store, 'SELECT count(*) AS n FROM appointment').get()?.n ?? 0;
  return [
    await compare(
      `schedule:day through the core (${rows} appointments that day, ${total.toLocaleString('en-US')} in the database)`,
      () => core.dispatch('schedule:day', { date: busyDay }),
      'the same rows from one prepared SQL statement',
      () => raw.all(busyDay),
      { iterations, note: 'the core adds chairs, nurses, limits, JSON parsing and output validation' },
    ),
  ];
}

export async function newSixDosePlans(core: Core, count: number, startDate: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const patient = await core.dispatch('patients:create', {
      mrn: `BENCH-${String(i).padStart(5, '0')}`,
      familyName: 'Benchmark',
      givenName: `Patient ${i}`,
      birthDate: '1960-01-01',
      sex: 'unknown',
    });
    if (!patient.ok) throw new Error(patient.error.message);
    const plan = await core.dispatch('plans:create', {
      kind: 'regimen',
      patientId: (patient.value as { id: string }).id,
      regimenId: 'pembrolizumab-200-q3w',
      startDate,
      maxDoses: 6,
    });
    if (!plan.ok) throw new Error(plan.error.message);
    ids.push((plan.value as { id: string }).id);
  }
  return ids;
}

export async function benchBookPlan(center: BusyCenter, iterations = 30): Promise<BenchRow[]> {
  const { core, busyDay } = center;
  // Warm-up rounds book too, so there is a plan for every call.
  const plans = await newSixDosePlans(core, iterations + 10, busyDay);
  const day = await getClinicDay(core.store.db, busyDay);
  if (!day) throw new Error(`${busyDay} is closed in the generated center`);
  const existing = await liveOnDate(core.store.db, busyDay);
  let next = 0;
  const book = async () => {
    const result = await core.dispatch('schedule:book-plan', { planId: plans[next++ % plans.length] });
    if (!result.ok && result.error.code !== 'conflict') throw new Error(result.error.message);
  };
  return [
    await compare(
      `schedule:book-plan, 6 doses, into the busy center (${existing.length} visits on the first dose's day)`,
      book,
      'one placeAppointment call on that day, already loaded',
      () => placeAppointment(day, existing, { patientId: 'bench', durationMinutes: 75 }),
      {
        iterations,
        rounds: 2,
        note: 'booking = 6 × (load up to 7 days, place) + writes, history and audit in one transaction',
      },
    ),
  ];
}

/** Both benchmarks on one generated center. */
export async function runScheduleBench(
  options: ScheduleBenchOptions,
): Promise<{ summary: LargeCenterSummary | null; rows: BenchRow[] }> {
  const center = await openBusyCenter(options);
  try {
    const [dayViews, bookings] = options.quick ? [20, 5] : [150, 30];
    const rows = [
      ...(await benchDayView(center, dayViews)),
      ...(await benchBookPlan(center, bookings)),
      ...(await benchReport(center, options.quick ? 2 : 5)),
    ];
    return { summary: center.summary, rows };
  } finally {
    await center.close();
  }
}
