import type { Page } from '@playwright/test';
import { launchBrowserApp, type BrowserApp } from '../harness/app';
import { freshCenterDatabase, TEST_CENTER_KEY, testServerUrl, type TestDatabase } from '../support/postgres';
import { expect, test } from './fixtures';
import { must } from './schedule-support';

// Center mode's Done-when, in the browser: two workstations on one PostgreSQL database (two cores, each with
// its own connections and its own LISTEN), the day view open on both. The front desk books a plan with the
// plan card's button and moves a visit with the keyboard; the nurse's day view shows each change without a
// reload. The server is the CI's (CHAIRSIDE_TEST_PG); without one this test fails in CI and is skipped
// elsewhere.

const NOW = '2026-11-27T09:30:00Z';
const DAY = '2026-11-30';

async function setUpCenter(app: BrowserApp): Promise<string> {
  for (let i = 1; i <= 3; i++) await must(app, 'center:save-chair', { name: `Chair ${i}` });
  const nurse = await must(app, 'center:save-nurse', { displayName: 'Avery Lindqvist', initials: 'AL' });
  const shifts = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 465, endMinute: 1035 }));
  await must(app, 'center:save-shifts', { nurseId: nurse.id, shifts });
  const patient = await must(app, 'patients:create', {
    mrn: 'DEMO-204401',
    familyName: 'Valdés-Ostrowski',
    givenName: 'Clémence',
    birthDate: '1958-03-02',
    sex: 'unknown',
  });
  await must(app, 'plans:create', {
    kind: 'regimen',
    patientId: patient.id,
    regimenId: 'nivolumab-240-q2w',
    startDate: DAY,
    maxDoses: 1,
  });
  return patient.id;
}

const blocks = (page: Page) => page.getByTestId('appointment-block');

test('two workstations on one center database: a booking and a move on one show on the other without a reload', async ({
  browser,
  server,
}) => {
  if (!testServerUrl()) {
    test.skip(!process.env.CI, 'needs a PostgreSQL server (CHAIRSIDE_TEST_PG)');
    throw new Error('CHAIRSIDE_TEST_PG is not set: CI must start a PostgreSQL server (.ci/run).');
  }
  const database: TestDatabase = await freshCenterDatabase();
  const opened: BrowserApp[] = [];
  const open = async () => {
    const app = await launchBrowserApp({
      databasePath: database.url,
      centerKey: TEST_CENTER_KEY,
      now: NOW,
      browser,
      server,
    });
    opened.push(app);
    return app;
  };
  try {
    const front = await open();
    const nurse = await open();
    const patientId = await setUpCenter(front);
    await nurse.page.goto(`${nurse.url}#/schedule/${DAY}`);
    await expect(nurse.page.getByTestId('track-Chair 1')).toBeVisible();
    await expect(blocks(nurse.page)).toHaveCount(0);

    // The front desk books the plan from the patient's plan card.
    await front.page.goto(`${front.url}#/schedule/plans/${patientId}`);
    const card = front.page.getByTestId('plan-card');
    await card.getByRole('button', { name: 'Book all doses' }).click();
    await expect(card.getByTestId('book-result')).toContainText('1 dose booked.');
    const booked = Date.now();
    await expect(blocks(nurse.page)).toHaveCount(1);
    const seenAfter = Date.now() - booked;
    await expect(blocks(nurse.page)).toContainText('VALDÉS-OSTROWSKI, Clémence');

    // The front desk moves it to Chair 2 with the keyboard; the nurse sees it on Chair 2.
    await front.page.goto(`${front.url}#/schedule/${DAY}`);
    const block = blocks(front.page);
    await block.focus();
    await front.page.keyboard.press('Enter');
    await front.page.getByRole('button', { name: 'Move to…' }).focus();
    await front.page.keyboard.press('Enter');
    const dialog = front.page.getByRole('dialog', { name: 'Move appointment' });
    await dialog.getByLabel('Chair').selectOption({ label: 'Chair 2' });
    await dialog.getByRole('button', { name: 'Move' }).click();
    await expect(front.page.getByTestId('schedule-message')).toContainText('Moved to Chair 2');
    const moved = Date.now();
    await expect(nurse.page.getByTestId('track-Chair 2').getByTestId('appointment-block')).toHaveCount(1);
    const movedAfter = Date.now() - moved;
    await expect(nurse.page.getByTestId('track-Chair 1').getByTestId('appointment-block')).toHaveCount(0);
    console.log(`Seen on the other workstation ${seenAfter} ms after the booking, ${movedAfter} ms after the move.`);
    await nurse.page.screenshot({ path: test.info().outputPath('center-live-nurse.png'), fullPage: true });
  } finally {
    for (const app of opened) await app.close();
    await database.drop();
  }
});
