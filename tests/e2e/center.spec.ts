import { expect, test, typeInto } from './fixtures';
import type { BrowserApp } from '../harness/app';

const shot = (app: BrowserApp, name: string) =>
  app.page.screenshot({ path: test.info().outputPath(name), fullPage: true });

// One test sets the center's zone apart from the browser's; no other test inherits it.
test.afterEach(() => {
  delete process.env.CHAIRSIDE_TIME_ZONE;
});

/** Settings, then one section from its side menu. */
async function openCenterSetup(app: BrowserApp, section: string) {
  await app.page.getByRole('link', { name: 'Settings' }).click();
  const menu = app.page.getByRole('navigation', { name: 'Settings sections' });
  await menu.getByRole('link', { name: section, exact: true }).click();
  await expect(menu.getByRole('link', { name: section, exact: true })).toHaveAttribute('aria-current', 'page');
}

test('adds a chair, renames it and takes it out of service', async ({ app }) => {
  const { page, core } = app;
  await openCenterSetup(app, 'Chairs and beds');
  const chairs = page.getByRole('region', { name: 'Chairs and beds' });
  await typeInto(chairs.getByLabel('Name', { exact: true }), 'Chair 1');
  await typeInto(chairs.getByLabel('Area'), 'North');
  await chairs.getByRole('button', { name: 'Add chair' }).click();
  const list = chairs.getByRole('list', { name: 'Chairs and beds' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Chair 1');
  await expect(list).toContainText('✓ In service');

  await chairs.getByRole('button', { name: 'Rename Chair 1' }).click();
  await typeInto(chairs.getByLabel('New name for Chair 1'), 'Window chair');
  await chairs.getByRole('button', { name: 'Save name' }).click();
  await expect(list).toContainText('Window chair');
  await chairs.getByRole('button', { name: 'Take out of service: Window chair' }).click();
  await expect(list).toContainText('⊘ Out of service');

  // A second chair with the same name is refused beside the name field.
  await typeInto(chairs.getByLabel('Name', { exact: true }), 'window CHAIR');
  await chairs.getByRole('button', { name: 'Add chair' }).click();
  await expect(chairs.locator('.field-error')).toContainText('Another chair already has this name');
  const setup = await core.dispatch('center:get-setup', {});
  expect(setup).toMatchObject({
    ok: true,
    value: { chairs: [{ name: 'Window chair', area: 'North', active: false }] },
  });

  // Injection places sit below the chairs: a chair's name is refused, a room taking 3 patients is added.
  const places = page.getByRole('region', { name: 'Injection places' });
  await typeInto(places.getByLabel('Name', { exact: true }), 'Window chair');
  await places.getByRole('button', { name: 'Add injection place' }).click();
  await expect(places.locator('.field-error')).toContainText('a chair already has this name');
  await typeInto(places.getByLabel('Name', { exact: true }), 'Injection room');
  await typeInto(places.getByLabel('Patients at once'), '3');
  await places.getByRole('button', { name: 'Add injection place' }).click();
  await expect(places.getByRole('list', { name: 'Injection places' })).toContainText('Injection room3 at once');
  await shot(app, 'chairs-and-injection-places.png');
});

test('adds and removes a closure; a closure without a reason is refused beside the field', async ({ openApp }) => {
  // The center keeps Toronto's clock while this workstation's browser is set to Tokyo: "Saved at" is the
  // center's time (09:30 UTC is 04:30 in Toronto in November), never the browser's (18:30).
  process.env.CHAIRSIDE_TIME_ZONE = 'America/Toronto';
  const app = await openApp({ now: '2026-11-27T09:30:00Z', timezoneId: 'Asia/Tokyo' });
  const { page, core } = app;
  await openCenterSetup(app, 'Hours and closures');
  const closures = page.getByRole('region', { name: 'Closures' });
  await typeInto(closures.getByLabel('Date'), '2026-12-25');
  await expect(closures.getByText('Reads as 25 Dec 2026.')).toBeVisible();
  await closures.getByRole('button', { name: 'Add closure' }).click();
  await expect(closures.locator('.field', { has: page.getByLabel('Reason') }).locator('.field-error')).toHaveText(
    /A reason is required/,
  );
  await typeInto(closures.getByLabel('Reason'), 'Public holiday');
  await closures.getByRole('button', { name: 'Add closure' }).click();
  await expect(closures.getByRole('list', { name: 'Planned closures' })).toContainText('25 Dec 2026');
  await expect(closures.getByRole('status')).toContainText('Saved at 04:30');
  expect(await core.dispatch('center:get-setup', {})).toMatchObject({
    ok: true,
    value: { closures: [{ date: '2026-12-25', reason: 'Public holiday' }] },
  });
  await closures.getByRole('button', { name: 'Remove the closure on 25 Dec 2026' }).click();
  await expect(closures.getByText('No closures planned.')).toBeVisible();
});

test('saves opening hours on the 24-hour clock and names a closing time before opening', async ({ app }) => {
  const { page, core } = app;
  await openCenterSetup(app, 'Hours and closures');
  const hours = page.getByRole('region', { name: 'Opening hours' });
  await hours.getByLabel('Saturday opens').isDisabled();
  await hours.getByLabel('Open on Saturday').check();
  await typeInto(hours.getByLabel('Saturday opens'), '09:00');
  await typeInto(hours.getByLabel('Saturday closes'), '08:30');
  await hours.getByRole('button', { name: 'Save opening hours' }).click();
  await expect(hours.getByLabel('Saturday closes')).toHaveAttribute('aria-invalid', 'true');
  await expect(hours.locator('.cell-error')).toContainText('Closing time must be after opening time');
  await typeInto(hours.getByLabel('Saturday closes'), '1pm');
  await hours.getByRole('button', { name: 'Save opening hours' }).click();
  await expect(hours.locator('.cell-error')).toContainText('24-hour clock');
  await typeInto(hours.getByLabel('Saturday closes'), '13:00');
  await hours.getByRole('button', { name: 'Save opening hours' }).click();
  await expect(hours.getByRole('status')).toContainText('Saved at');
  const setup = await core.dispatch('center:get-setup', {});
  expect(setup).toMatchObject({
    ok: true,
    value: { hours: expect.arrayContaining([{ weekday: 6, isClosed: false, openMinute: 540, closeMinute: 780 }]) },
  });
});

test('adds a nurse with weekly shifts, and shows the notes on published standards beside the limits', async ({
  app,
}) => {
  const { page, core } = app;
  await openCenterSetup(app, 'Staff and accounts');
  const nurses = page.getByRole('region', { name: 'Nurses and weekly shifts' });
  await typeInto(nurses.getByLabel('Name'), 'Avery Quillfeather');
  await typeInto(nurses.getByLabel('Initials'), 'AQ');
  await nurses.getByRole('button', { name: 'Add nurse' }).click();
  await expect(nurses.getByRole('list', { name: 'Nurses' })).toContainText('Avery Quillfeather (AQ)');
  await nurses.getByText('Weekly shifts:').click();
  for (const day of ['Monday', 'Tuesday']) {
    await nurses.getByLabel(`Works on ${day}`).check();
    await typeInto(nurses.getByLabel(`${day} shift starts`), '07:30');
    await typeInto(nurses.getByLabel(`${day} shift ends`), '15:30');
  }
  await nurses.getByRole('button', { name: 'Save shifts' }).click();
  await expect(nurses.locator('summary')).toContainText('Mon 07:30–15:30 · Tue 07:30–15:30');

  await openCenterSetup(app, 'Limits');
  const limits = page.getByRole('region', { name: 'Scheduling limits' });
  await expect(limits).toContainText('no gold-standard nurse:patient ratio');
  await expect(limits).toContainText('UNVERIFIED');
  await expect(limits).toContainText('Center default — set by your center');
  await typeInto(limits.getByLabel('Patients per nurse at the same time (maximum)'), '0');
  await limits.getByRole('button', { name: 'Save limits' }).click();
  await expect(limits.locator('.field-error')).toHaveText(/At least 1/);
  await typeInto(limits.getByLabel('Patients per nurse at the same time (maximum)'), '3');
  await limits.getByRole('button', { name: 'Save limits' }).click();
  await expect(limits.getByRole('status')).toContainText('Saved at');
  const setup = await core.dispatch('center:get-setup', {});
  expect(setup).toMatchObject({
    ok: true,
    value: { limits: { maxPatientsPerNurse: 3 }, nurses: [{ shifts: [{ weekday: 1 }, { weekday: 2 }] }] },
  });
  await shot(app, 'center-setup.png');
});

test('center setup has no sideways scroll at 200 % zoom and 44 px targets', async ({ openApp }) => {
  const app = await openApp({ viewport: { width: 683, height: 600 }, now: '2026-11-27T09:30:00Z' });
  const { seedCenter } = await import('../../electron/main/demo/center');
  await seedCenter(app.core, { today: '2026-11-27' });
  await openCenterSetup(app, 'Staff and accounts');
  await app.page.getByRole('region', { name: 'Nurses and weekly shifts' }).locator('summary').first().click();
  const overflow = await app.page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const small = await app.page
    .locator('.center-setup')
    .locator('button, input:not([type=checkbox]), select, summary, label.check')
    .evaluateAll(
      (els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => el.getBoundingClientRect())
          .filter((r) => Math.min(r.width, r.height) < 44).length,
    );
  expect(small).toBe(0);
  await shot(app, 'center-zoom-200.png');
});
