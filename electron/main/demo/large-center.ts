import { addDays } from '../../../shared/scheduling/chooseDay';
import type { ClinicDay } from '../../../shared/scheduling/model';
import type { Core } from '../core/create-core';
import { clinicalLibrary, findResourcesDir } from '../core/resources';
import { chairTimeRules } from '../services/schedule/booking-context';
import { getCenterLimits, getClinicDay } from '../services/center/center';
import { seedCenter } from './center';
import { demoCall } from './dispatch';
import { generateLargeCenterInto } from './large-center-gen';
import { preparedSink, type SinkCounts } from './large-center-sink';

// `seed-demo --years 5 --chairs 40`: a large center with years of history (about 150,000 appointments), for
// benchmarks and for seeing the app at scale. The center is set up through the channels; the history is
// bulk-inserted in one transaction.

export interface LargeCenterOptions {
  /** Years of history before `today` (fractions allowed: 0.25 is three months). */
  years: number;
  chairs: number;
  /** The demo's "today"; eight weeks after it are booked too. */
  today: string;
  seed?: number;
  /** Average visits per chair per open day (3 by default). */
  visitsPerChairPerDay?: number;
  /** The shipped resources folder; found from this module when omitted. */
  resourcesDir?: string;
}

export interface LargeCenterSummary extends SinkCounts {
  from: string;
  to: string;
  unplaced: number;
  seconds: number;
}

/** Enough nurses for the chairs at four patients each, on early, middle and late shifts. */
async function addNurses(core: Pick<Core, 'dispatch'>, chairs: number, existing: number): Promise<void> {
  const shifts = [
    [450, 930],
    [510, 990],
    [570, 1080],
  ] as const;
  for (let i = existing; i < Math.ceil(chairs / 3.5); i++) {
    const { id } = await demoCall(core, 'center:save-nurse', {
      displayName: `Demo nurse ${i + 1}`,
      initials: `D${i + 1}`,
    });
    const [startMinute, endMinute] = shifts[i % 3]!;
    await demoCall(core, 'center:save-shifts', {
      nurseId: id,
      shifts: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute, endMinute })),
    });
  }
}

async function loadDays(core: Pick<Core, 'store'>, from: string, to: string): Promise<Map<string, ClinicDay | null>> {
  const days = new Map<string, ClinicDay | null>();
  for (let day = from; day <= to; day = addDays(day, 1)) days.set(day, await getClinicDay(core.store.db, day));
  return days;
}

/** Builds the large center on a fresh database (created with `createCore`). */
export async function generateLargeCenter(core: Core, options: LargeCenterOptions): Promise<LargeCenterSummary> {
  const started = Date.now();
  const center = await seedCenter(core, { today: options.today, chairs: options.chairs });
  await addNurses(core, options.chairs, center.nurseIds.length);
  const from = addDays(options.today, -Math.round(options.years * 365));
  const to = addDays(options.today, 56);
  const days = await loadDays(core, from, to);
  const limits = await getCenterLimits(core.store.db);
  const { sink, counts } = preparedSink(core.store, 'demo-generator');
  const result = core.store.transaction(() =>
    generateLargeCenterInto(
      {
        from,
        to,
        today: options.today,
        days,
        rules: chairTimeRules(limits),
        toleranceDays: limits.schedulingToleranceDays,
        library: clinicalLibrary(options.resourcesDir ?? findResourcesDir()),
        visitsPerChairPerDay: options.visitsPerChairPerDay ?? 3,
        seed: options.seed ?? 2026,
      },
      sink,
    ),
  );
  // The bulk insert bypasses the channels; its one audit event goes through the core's unit of work.
  const generator = { userId: 'demo-generator', workstation: 'demo-generator' };
  await core.deps.write(generator, (_tx, { audit }) =>
    audit({ action: 'demo.generate', objectType: 'database', detail: { ...counts, from, to } }),
  );
  return { ...counts, from, to, unplaced: result.unplaced, seconds: (Date.now() - started) / 1000 };
}
