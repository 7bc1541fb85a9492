import { dateInZone } from '../../../shared/schedule/timezone';
import { createCore, type Core } from '../core/create-core';
import type { CoreOptions } from '../core/build-deps';
import { clinicTimeZone } from '../services/center/clinic-clock';
import { seedCenter } from './center';
import { demoCall } from './dispatch';
import { generateLargeCenter } from './large-center';
import { seedHistory } from './history';
import { DEMO_ACCOUNTS, DEMO_SECRET_COST, seedAccounts, seedOrders } from './orders';
import { seedPatients } from './patients';
import { seedPlans } from './plans';
import { clockOn, SEED_MINUTE } from './today';

export interface DemoOptions {
  /** The demo's "today" (YYYY-MM-DD); the clinic date of the core's clock when omitted. */
  today?: string;
  /** Generate a large center instead of the everyday demo: years of history and this many chairs. */
  years?: number;
  chairs?: number;
  /** Chart the last two weeks at the chair too (demo/history.ts), for the Reports screen: about a minute more. */
  history?: boolean;
}

export interface DemoSummary {
  lines: string[];
}

/**
 * A realistic but fictional infusion center (no real people). Every feature adds its part here, through the
 * same channels the app uses, so the demo data is valid and audited by construction. The demo database has
 * accounts (DEMO_ACCOUNTS): sign in with one of them.
 */
export async function seedDemo(core: Core, options: DemoOptions = {}): Promise<DemoSummary> {
  const today = options.today ?? (await coreToday(core));
  if (options.years !== undefined) return seedLargeCenter(core, today, options.years, options.chairs ?? 40);
  await demoCall(core, 'settings:update', {
    centerName: 'Lakeside Day Oncology (demo)',
    // A fictional number in the range reserved for drama and examples.
    centerPhone24h: '+1 555 0100 247',
  });
  const center = await seedCenter(core, { today, ...(options.chairs ? { chairs: options.chairs } : {}) });
  const patients = await seedPatients(core, { today, count: 120 });
  const plans = await seedPlans(core, { patientIds: patients, today });
  // Accounts last: until the first one exists every channel is open, which is how the center is set up above.
  await seedAccounts(core);
  const orders = await seedOrders(core, plans.planIds);
  const restoreTo = core.deps.clock.now().toISOString();
  const history = options.history
    ? await seedHistory(core, plans.planIds, { today, chairIds: center.chairIds, restoreTo })
    : { visits: 0, unbooked: 0, refused: 0, refusals: [] };
  return {
    lines: [
      'center settings (name, 24-hour number)',
      `${center.chairIds.length} chairs and beds, ${center.nurseIds.length} nurses, ${center.closures.length} closures`,
      `${patients.length} fictional patients`,
      `${plans.planIds.length} treatment plans, ${plans.appointments} appointments booked` +
        (plans.unbooked.length ? `, ${plans.unbooked.length} plans left unbooked for lack of room` : ''),
      `${orders} orders signed by the prescriber and verified by the pharmacist: every planned dose is released`,
      ...(options.history
        ? [
            `${history.visits} visits of the last two weeks charted at the chair (${history.unbooked} found no room` +
              `${history.refused ? `, ${history.refused} refused part-way: ${history.refusals[0]}` : ''})`,
          ]
        : []),
      `fictional accounts (demo only): ${Object.values(DEMO_ACCOUNTS)
        .map((a) => `${a.initials} ${a.displayName} (${'role' in a ? a.role : 'admin'}) "${a.secret}"`)
        .join(', ')}`,
    ],
  };
}

/** The clinic date of the core's own clock, so a seed never disagrees with the core it writes through. */
async function coreToday(core: Core): Promise<string> {
  const info = await demoCall(core, 'system:info', {});
  return dateInZone(new Date(info.now), clinicTimeZone());
}

/**
 * Writes the demo into `databasePath` through a core whose clock is frozen early on `options.today`: what
 * `npm run seed:demo`, the screenshots and the benchmarks all use.
 */
export async function writeDemoDatabase(
  databasePath: string,
  options: DemoOptions & { today: string; workstation: string } & Pick<
      CoreOptions,
      'keystore' | 'unencryptedDatabase' | 'centerKey' | 'databasePassword'
    >,
): Promise<DemoSummary> {
  const { workstation, keystore, unencryptedDatabase, centerKey, databasePassword, ...demo } = options;
  const core = await createCore({
    databasePath,
    workstation,
    ...(centerKey ? { centerKey } : {}),
    ...(databasePassword ? { databasePassword } : {}),
    clock: clockOn(options.today, SEED_MINUTE),
    ...(keystore ? { keystore } : {}),
    ...(unencryptedDatabase ? { unencryptedDatabase } : {}),
    authPolicy: { secretCost: DEMO_SECRET_COST },
  });
  try {
    return await seedDemo(core, demo);
  } finally {
    await core.close();
  }
}

/** A generated large center (years of history) for benchmarks and load testing. */
async function seedLargeCenter(core: Core, today: string, years: number, chairs: number): Promise<DemoSummary> {
  await demoCall(core, 'settings:update', {
    centerName: 'Generated large center (demo)',
    centerPhone24h: '+1 555 0100 247',
  });
  const summary = await generateLargeCenter(core, { years, chairs, today });
  return {
    lines: [
      `${chairs} chairs, ${years} years of history (${summary.from} to ${summary.to})`,
      `${summary.appointments} appointments (${summary.unplaced} generated visits found no room) in ${summary.seconds.toFixed(1)} s`,
    ],
  };
}
