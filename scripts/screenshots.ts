// npm run screenshots [-- --db PATH --out DIR --today YYYY-MM-DD --language en|fr] — a PNG of every main screen on
// the demo, in the workstation language asked (English by default).
// Without --db a fresh demo is seeded for --today (the clinic's real date by default). The app's clock is frozen
// at 10:30 on the first day on or after --today that the center is open (the demo center closes at weekends),
// and the run fails unless the day view shows every appointment booked that day: an empty demo fails CI.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_ACCOUNTS } from '../electron/main/demo/orders';
import { writeDemoDatabase } from '../electron/main/demo/seed-demo';
import { clockOn, SHOW_MINUTE } from '../electron/main/demo/today';
import { clinicTimeZone } from '../electron/main/services/center/clinic-clock';
import { launchBrowserApp, type BrowserApp } from '../tests/harness/app';
import { SCREENS, type Screen } from '../renderer/src/app/routes';
import { chairRowsInView, checkDayView, firstOpenDay, LAPTOP } from './day-view-check';
import { todayOption } from './today-option';
import { devKeystore } from '../tests/harness/keystore';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    out: { type: 'string', default: 'screenshots' },
    today: { type: 'string' },
    language: { type: 'string', default: 'en' },
  },
});
const USAGE = 'Usage: npm run screenshots -- [--db PATH] [--out DIR] [--today YYYY-MM-DD] [--language en|fr]';
const today = todayOption(values.today, USAGE);
if (values.language !== 'en' && values.language !== 'fr') throw new Error(USAGE);
const language: 'en' | 'fr' = values.language;
const out = values.out;
// CI reads this file for its summary line: one left by an earlier run must not stand in for this one.
rmSync(join(out, 'summary.json'), { force: true });

async function showScreen(app: BrowserApp, screen: Screen): Promise<void> {
  await app.page.evaluate((name) => {
    window.location.hash = `#/${name}`;
  }, screen);
  await app.page.waitForLoadState('networkidle');
  await app.page
    .getByRole('heading', { level: 1 })
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => failed(app, screen, `The ${screen} screen showed no heading`));
}

async function failed(app: BrowserApp, screen: Screen, reason: string): Promise<never> {
  await app.page.screenshot({ path: join(out, `${screen}-FAILED.png`), fullPage: true });
  throw new Error(`${reason}; see ${join(out, `${screen}-FAILED.png`)}`);
}

/** The day grid on a laptop screen, scrolled to its top: every chair must be in view at once. */
async function laptopDayView(app: BrowserApp, full: { width: number; height: number }): Promise<void> {
  await app.page.setViewportSize(LAPTOP);
  await app.page.getByTestId('day-grid').evaluate((grid) => grid.scrollIntoView({ block: 'start' }));
  const file = join(out, `schedule-${LAPTOP.width}x${LAPTOP.height}.png`);
  await app.page.screenshot({ path: file });
  console.log(`wrote ${file}`);
  const rows = await chairRowsInView(app);
  if (rows.inView < rows.total) {
    await failed(
      app,
      'schedule',
      `At ${LAPTOP.width}×${LAPTOP.height} ${rows.inView} of ${rows.total} chairs are in view`,
    );
  }
  await app.page.setViewportSize(full);
}

/** The number of appointments the day view shows, or a failure with a screenshot of what it showed instead. */
async function dayViewShown(app: BrowserApp, day: string): Promise<number> {
  const check = await checkDayView(app, day);
  return check.ok ? check.appointments : failed(app, 'schedule', check.reason);
}

const FULL = { width: 1440, height: 900 };
const seedDir = values.db ? null : mkdtempSync(join(tmpdir(), 'chairside-shots-'));
const databasePath = values.db ?? join(seedDir!, 'demo.sqlite3');
try {
  if (seedDir) {
    await writeDemoDatabase(databasePath, {
      today,
      workstation: 'screenshots',
      keystore: devKeystore(databasePath),
      history: true,
    });
  }
  const day = await firstOpenDay(databasePath, today);
  mkdirSync(out, { recursive: true });
  const app = await launchBrowserApp({
    databasePath,
    now: clockOn(day, SHOW_MINUTE).now().toISOString(),
    timezoneId: clinicTimeZone(),
    viewport: FULL,
  });
  try {
    // The demo has accounts: the screens are taken as its charge nurse (who also sees the audit trail), signed
    // in through the core as the sign-in screen does.
    const { initials, secret } = DEMO_ACCOUNTS.charge;
    const signedIn = await app.core.dispatch('auth:sign-in', { initials, secret });
    if (!signedIn.ok && values.db === undefined) throw new Error(`Demo sign-in refused: ${signedIn.error.message}`);
    if (language !== 'en') {
      const set = await app.core.dispatch('settings:update', { language });
      if (!set.ok) throw new Error(`The workstation language was refused: ${set.error.message}`);
    }
    await app.page.reload();
    let booked = 0;
    for (const screen of SCREENS) {
      await showScreen(app, screen);
      if (screen === 'schedule') {
        booked = await dayViewShown(app, day);
        await laptopDayView(app, FULL);
      }
      const file = join(out, `${screen}.png`);
      await app.page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${file}`);
    }
    console.log(`The day view of ${day} shows its ${booked} booked appointments (demo "today": ${today}).`);
    writeFileSync(join(out, 'summary.json'), JSON.stringify({ today, day, appointments: booked, screens: SCREENS }));
  } finally {
    await app.close();
  }
} finally {
  if (seedDir) rmSync(seedDir, { recursive: true, force: true });
}
