import { expect, test, typeInto } from './fixtures';

test('shows the navigation, the version and the database location', async ({ app }) => {
  const { page } = app;
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  for (const name of ['Schedule', 'Patients', 'Chairside', 'Handouts', 'Library', 'Settings']) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }
  await expect(page.getByTestId('db-path')).toContainText(app.databasePath);
  await expect(page.getByTestId('app-version')).toContainText('Version 0.1.0');
  await page.screenshot({ path: test.info().outputPath('shell.png') });
});

test('is keyboard navigable and every navigation target is at least 44 px', async ({ app }) => {
  const { page } = app;
  // A nurse presses Tab once the window has loaded: wait for the session answer (setup banner) and the status bar.
  await expect(page.getByText(/No user accounts yet/)).toBeVisible();
  await expect(page.getByTestId('app-version')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Schedule' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
  const boxes = await page
    .locator('.nav-link, button, input, select')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
  expect(Math.min(...boxes)).toBeGreaterThanOrEqual(44);
});

test('saves settings, switches to French and keeps it after a reload', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Settings' }).click();
  await typeInto(page.getByLabel('Center name'), 'Centre de jour Saint-Laurent');
  await typeInto(page.getByLabel('24-hour phone number'), '+1 514 555 0199');
  await page.getByLabel('Language').selectOption('fr');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText(/Paramètres enregistrés à \d\d:\d\d/);
  await expect(page.getByRole('link', { name: 'Paramètres' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Planning' })).toBeVisible();
  const saved = await app.core.dispatch('settings:get', {});
  expect(saved).toMatchObject({ ok: true, value: { language: 'fr', centerPhone24h: '+1 514 555 0199' } });
});

test('the weight rule for weight-based doses is set in Settings, typed with a French decimal comma', async ({
  app,
}) => {
  const { page } = app;
  await app.core.dispatch('settings:update', { language: 'fr' });
  await page.reload();
  await page.getByRole('link', { name: 'Paramètres' }).click();
  const days = page.getByLabel('Un poids reste récent pendant (jours)');
  await expect(days).toHaveValue('7');
  await typeInto(days, '14');
  await typeInto(page.getByLabel('Écart par rapport au poids du plan qui demande le prescripteur (%)'), '7,5');
  await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
  await expect(page.getByRole('status')).toContainText(/Paramètres enregistrés/);
  const saved = await app.core.dispatch('settings:get', {});
  expect(saved).toMatchObject({ ok: true, value: { weightMaxAgeDays: 14, weightMaxChangePercent: 7.5 } });
  await page.reload();
  await expect(page.getByLabel('Écart par rapport au poids du plan qui demande le prescripteur (%)')).toHaveValue(
    '7,5',
  );
});

test('names the field and keeps saved values when input is refused', async ({ app }) => {
  const { page } = app;
  await app.core.dispatch('settings:update', { centerPhone24h: '555 0100' });
  await page.getByRole('link', { name: 'Settings' }).click();
  await typeInto(page.getByLabel('24-hour phone number'), '<script>alert(1)</script>');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Please correct the fields marked below.')).toBeVisible();
  await expect(page.locator('.field-error')).toContainText('Use digits');
  const saved = await app.core.dispatch('settings:get', {});
  expect(saved).toMatchObject({ ok: true, value: { centerPhone24h: '555 0100' } });
});

test('stays usable at 200 % zoom: nothing scrolls sideways', async ({ openApp }) => {
  // 200 % zoom of a 1366 px window is a 683 px CSS viewport.
  const { page } = await openApp({ viewport: { width: 683, height: 430 } });
  await page.getByRole('link', { name: 'Settings' }).click();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath('zoom-200.png'), fullPage: true });
});
