import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../electron/main/core/clock';
import { createCore, type Core } from '../electron/main/core/create-core';
import { devKeystore } from '../tests/harness/keystore';
import { generateLargeCenter, type LargeCenterSummary } from '../electron/main/demo/large-center';
import { liveOnDate } from '../electron/main/repositories/appointments';
import { DAY_VIEW_SQL } from '../electron/main/repositories/day-view';
import { getClinicDay } from '../electron/main/services/center';
import { placeAppointment } from '../shared/scheduling/place';
import { compare, type BenchRow } from './lib';

// The schedule at scale, on a generated center (5 years, 40 chairs: about 150,000 appointments):
// - the day view through the core (router, zod on the way in and out, Kysely) against the same rows from one
//   prepared SQL statement, which is what the core's overhead is measured by;
// - booking a 6-dose plan into the busy center (one transaction: load each candidate day, place, write, history,
//   audit) against one placeAppointment call on an already loaded busy day.

export const TODAY = '2026-11-27';
const BUSY_DAY = '2026-11-30';

export interface ScheduleBenchOptions {
  years?: number;
  chairs?: number;
  /** Reuse (or keep) a generated database here instead of a temporary one. */
  databasePath?: string;
}

export interface BusyCenter {
  core: Core;
  summary: LargeCenterSummary | null;
  close(): Promise<void>;
}

/** Opens the generated center, generating it first when the file does not exist yet. */
export async function openBusyCenter(options: ScheduleBenchOptions = {}): Promise<BusyCenter> {
  const dir = options.databasePath ? null : mkdtempSync(join(tmpdir(), 'chairside-bench-schedule-'));
  const databasePath = options.databasePath ?? join(dir!, 'large.sqlite3');
  const fresh = !existsSync(databasePath);
  const core = await createCore({
    databasePath,
    clock: fixedClock(`${TODAY}T08:00:00Z`),
    workstation: 'bench',
    keystore: devKeystore(databasePath),
  });
  const summary = fresh
    ? await generateLargeCenter(core, { years: options.years ?? 5, chairs: options.chairs ?? 40, today: TODAY })
    : null;
  return {
    core,
    summary,
    close: async () => {
      await core.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function benchDayView(center: BusyCenter): Promise<BenchRow[]> {
  const { core } = center;
  const raw = core.store.prepare(DAY_VIEW_SQL);
  const rows = raw.all(BUSY_DAY).length;
  const total = core.store.prepare<{ n: number }>('SELECT count(*) AS n FROM appointment').get()?.n ?? 0;
  return [
    await compare(
      `schedule:day through the core (${rows} appointments that day, ${total.toLocaleString('en-US')} in the database)`,
      () => core.dispatch('schedule:day', { date: BUSY_DAY }),
      'the same rows from one prepared SQL statement',
      () => raw.all(BUSY_DAY),
      { iterations: 150, note: 'the core adds chairs, nurses, limits, JSON parsing and output validation' },
    ),
  ];
}

async function newSixDosePlans(core: Core, count: number): Promise<string[]> {
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
      startDate: BUSY_DAY,
      maxDoses: 6,
    });
    if (!plan.ok) throw new Error(plan.error.message);
    ids.push((plan.value as { id: string }).id);
  }
  return ids;
}

export async function benchBookPlan(center: BusyCenter, iterations = 30): Promise<BenchRow[]> {
  const { core } = center;
  // Warm-up rounds book too, so there is a plan for every call.
  const plans = await newSixDosePlans(core, iterations + 10);
  const day = await getClinicDay(core.store.db, BUSY_DAY);
  if (!day) throw new Error(`${BUSY_DAY} is closed in the generated center`);
  const existing = await liveOnDate(core.store.db, BUSY_DAY);
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
  options: ScheduleBenchOptions = {},
): Promise<{ summary: LargeCenterSummary | null; rows: BenchRow[] }> {
  const center = await openBusyCenter(options);
  try {
    const rows = [...(await benchDayView(center)), ...(await benchBookPlan(center))];
    return { summary: center.summary, rows };
  } finally {
    await center.close();
  }
}
