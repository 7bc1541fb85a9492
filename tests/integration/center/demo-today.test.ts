import { queryRow } from '../../support/rows';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCore } from '../../../electron/main/core/create-core';
import { DEMO_ACCOUNTS } from '../../../electron/main/demo/orders';
import { seedDemo, writeDemoDatabase } from '../../../electron/main/demo/seed-demo';
import { clockOn, SHOW_MINUTE } from '../../../electron/main/demo/today';
import { liveOnDate } from '../../../electron/main/repositories/appointments';
import { firstOpenDay, MIN_BOOKED } from '../../../scripts/day-view-check';
import { openTestCore } from '../../support/core';
import { devKeystore } from '../../harness/keystore';

// `npm run bench` broke the day after it landed: its seed said 27 November while the core's clock moved on.
// The demo now takes one "today" and every core it writes through is frozen on that day, so it works for any
// date, long after the one this test was written on (2031-02-14 is a Friday; the 15th a Saturday).

const FRIDAY = '2031-02-14';
// A fixed center zone, so "15:00 UTC on the 14th" is the 14th at the clinic on any machine.
const savedZone = process.env.CHAIRSIDE_TIME_ZONE;
let dir: string;
let databasePath: string;
beforeAll(async () => {
  process.env.CHAIRSIDE_TIME_ZONE = 'America/Toronto';
  dir = mkdtempSync(join(tmpdir(), 'chairside-demo-today-'));
  databasePath = join(dir, 'demo.sqlite3');
  await writeDemoDatabase(databasePath, { today: FRIDAY, workstation: 'test', keystore: devKeystore(databasePath) });
  // The demo's accounts and released orders check a secret for each order (scrypt): tens of seconds on 2 cores.
}, 180_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (savedZone === undefined) delete process.env.CHAIRSIDE_TIME_ZONE;
  else process.env.CHAIRSIDE_TIME_ZONE = savedZone;
});

it('seeds a full working day for a "today" years after the one the demo was written on', async () => {
  const core = await createCore({
    databasePath,
    workstation: 'test',
    clock: clockOn(FRIDAY, SHOW_MINUTE),
    keystore: devKeystore(databasePath),
  });
  try {
    expect((await liveOnDate(core.store.db, FRIDAY)).length).toBeGreaterThanOrEqual(MIN_BOOKED);
    const early = await queryRow<{ date: string | null }>(
      core.store,
      "SELECT min(date) AS date FROM appointment WHERE status = 'scheduled'",
    );
    expect(early?.date).toBe(FRIDAY);
  } finally {
    await core.close();
  }
});

it('shows a weekend "today" on the next day the demo center opens', async () => {
  expect(await firstOpenDay(databasePath, FRIDAY)).toBe(FRIDAY);
  expect(await firstOpenDay(databasePath, '2031-02-15')).toBe('2031-02-17');
});

it('seeds on the clinic date of the core’s own clock when no "today" is given', async () => {
  const t = await openTestCore(`${FRIDAY}T15:00:00Z`);
  try {
    await seedDemo(t.core);
    // The demo ends with its accounts in place: read it as its charge nurse.
    await t.ok('auth:sign-in', { initials: DEMO_ACCOUNTS.charge.initials, secret: DEMO_ACCOUNTS.charge.secret });
    const day = await t.ok('schedule:day', { date: FRIDAY });
    expect(day.appointments.length).toBeGreaterThanOrEqual(MIN_BOOKED);
    const closures = (await t.ok('center:get-setup', {})).closures;
    expect(closures.every((c) => c.date > FRIDAY)).toBe(true);
  } finally {
    await t.close();
  }
}, 180_000);
