import { expect, test, typeInto } from './fixtures';
import type { Locator } from '@playwright/test';
import type { BrowserApp } from '../harness/app';

// Issue 3 Done-when: a nurse finds "pembrolizumab", "Yescarta" and "Colitis" in the library and sees their
// sources and UNVERIFIED marks next to the facts; center values show beside the shipped value.

const shot = (app: BrowserApp, name: string) =>
  app.page.screenshot({ path: test.info().outputPath(name), fullPage: true });
const shotOf = (locator: Locator, name: string) => locator.screenshot({ path: test.info().outputPath(name) });

async function openLibrary(app: BrowserApp) {
  await app.page.getByRole('link', { name: 'Library' }).click();
  await expect(app.page.getByRole('heading', { name: 'Clinical library', level: 1 })).toBeVisible();
}

async function searchAndOpen(app: BrowserApp, query: string, option: RegExp) {
  const box = app.page.getByRole('combobox', { name: 'Search the library' });
  await typeInto(box, query);
  await expect(app.page.getByRole('option', { name: option }).first()).toBeVisible();
  // Keyboard: ↓ to the first result, Enter to open it.
  await box.press('ArrowDown');
  await box.press('Enter');
}

test('finds pembrolizumab by brand, with doses, sources and unverified marks beside the facts', async ({ app }) => {
  const { page } = app;
  await openLibrary(app);
  await expect(page.getByRole('note').filter({ hasText: 'Not yet reviewed' })).toBeVisible();
  await searchAndOpen(app, 'Keytruda', /Pembrolizumab \(Keytruda\)/);
  const detail = page.getByRole('article');
  await expect(detail.getByRole('heading', { name: 'Pembrolizumab (Keytruda)' })).toBeVisible();
  await expect(detail).toContainText('200 mg');
  await expect(detail).toContainText('every 3 weeks (21 days)');
  await expect(detail).toContainText('400 mg');
  await expect(detail.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(detail).toContainText('https://drugs.com/dosage/keytruda.html');
  // The UNVERIFIED mark sits in the monitoring fact itself.
  const monitoring = detail.locator('.lib-fact', { hasText: 'Monitoring' });
  await expect(monitoring.locator('.lib-unverified')).toContainText('Unverified');
  await expect(monitoring.locator('.lib-unverified')).toContainText('class sentence is assumed');
  await shot(app, 'library-pembrolizumab.png');

  // The SC look-alike product carries its warning at the top, with icon and text.
  await searchAndOpen(app, 'Keytruda Qlex', /Keytruda Qlex/);
  await expect(page.getByRole('note').filter({ hasText: 'Look-alike product' })).toBeVisible();
  await expect(
    detail.locator('.lib-fact', { hasText: 'Doses and intervals' }).locator('.lib-unverified').first(),
  ).toContainText('395 mg');
  await shot(app, 'library-keytruda-qlex.png');
});

test('finds Yescarta with lymphodepletion days, current and REMS-era monitoring, and a calendar', async ({ app }) => {
  const { page } = app;
  await openLibrary(app);
  await searchAndOpen(app, 'Yescarta', /Axicabtagene ciloleucel \(Yescarta\)/);
  const detail = page.getByRole('article');
  await expect(detail.getByRole('heading', { name: 'Axicabtagene ciloleucel (Yescarta)' })).toBeVisible();
  await expect(detail).toContainText('Day −5');
  await expect(detail.getByRole('table', { name: /REMS-era/ })).toContainText('28 days');
  await expect(
    detail
      .locator('.lib-fact', { hasText: 'Current labels' })
      .locator('.lib-unverified', { hasText: 'post-June-2025' }),
  ).toContainText('Unverified');
  await typeInto(detail.getByLabel('Day 0 (CAR T infusion)'), '2026-12-10');
  await expect(detail.locator('.lib-calendar')).toContainText('Daily monitoring until Thu, 17 Dec 2026');
  await expect(detail.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
  await shot(app, 'library-yescarta.png');
});

test('finds Colitis by name and by MedDRA code, with grade texts and status', async ({ app }) => {
  const { page } = app;
  await openLibrary(app);
  await searchAndOpen(app, 'Colitis', /^Colitis/);
  const detail = page.getByRole('article');
  await expect(detail.getByRole('heading', { name: 'Colitis' })).toBeVisible();
  await expect(detail).toContainText('Grade text verified');
  await expect(detail).toContainText('Severe abdominal pain; peritoneal signs');
  await expect(detail.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await searchAndOpen(app, '10016256', /Fatigue/);
  await expect(detail).toContainText('Grade text partly verified');
  await expect(detail.locator('.lib-fact', { hasText: 'Grades' }).first().locator('.lib-unverified')).toContainText(
    'partly matched',
  );
  await expect(detail).toContainText('– (not available for this term)');
  await shot(app, 'library-fatigue.png');
});

test('previews a regimen schedule for a start date and weight', async ({ app }) => {
  const { page } = app;
  await openLibrary(app);
  await searchAndOpen(app, 'nivolumab ipilimumab melanoma', /Nivolumab 1 mg\/kg \+ ipilimumab 3 mg\/kg/);
  const detail = page.getByRole('article');
  await typeInto(detail.getByLabel('Start date'), '2026-12-01');
  await typeInto(detail.getByLabel('Weight (kg)'), '72.4');
  const table = detail.getByRole('table', { name: 'Planned visits' });
  await expect(table).toContainText('217.2 mg');
  await expect(table).toContainText('Tue, 1 Dec 2026');
  // Each UNVERIFIED fact is listed once under the table; the rows point at it by number.
  await expect(table.locator('tbody tr').first()).toContainText('Unverified see 1 below the table');
  await expect(detail.locator('.lib-notes')).toContainText('the 0.2/0.22 µm size is believed');
  // The combination stops after dose 4 and says why: nivolumab alone is planned on the prescriber's order.
  await expect(detail.getByTestId('regimen-end')).toContainText('Nivolumab alone');
  await shotOf(detail.getByRole('region', { name: 'Schedule preview' }), 'library-nivo-ipi-preview.png');
});

test('a center value is saved in Settings and shown beside the shipped value in the library', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Settings' }).click();
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('link', { name: 'Center regimens', exact: true })
    .click();
  const section = page.getByRole('region', { name: 'Center library' });
  await typeInto(section.getByRole('combobox', { name: 'Find the drug, regimen or CAR T product' }), 'Keytruda');
  await section
    .getByRole('option', { name: /Pembrolizumab \(Keytruda\)/ })
    .first()
    .click();
  await section
    .getByLabel('Value to change')
    .selectOption({ label: 'First infusion (min) — Pembrolizumab (Keytruda)' });
  await typeInto(section.getByLabel('Center value (min)'), '600');
  await typeInto(section.getByLabel('Reason', { exact: true }), 'Center policy for first doses');
  await section.getByRole('button', { name: 'Save center value' }).click();
  await expect(section.locator('.field-error')).toContainText('longest opening day (9 h = 540 min)');
  await typeInto(section.getByLabel('Center value (min)'), '45');
  await section.getByRole('button', { name: 'Save center value' }).click();
  await expect(section.getByRole('list', { name: 'Center values' })).toContainText(
    'Center value: 45 min (shipped: 30 min)',
  );
  await shotOf(section, 'settings-center-library.png');

  await openLibrary(app);
  await searchAndOpen(app, 'pembrolizumab', /Pembrolizumab \(Keytruda\)/);
  const time = page.getByRole('article').locator('.lib-fact', { hasText: 'Infusion time' });
  await expect(time).toContainText('First infusion 45 min; later infusions 30 min');
  await expect(time.locator('.lib-override')).toContainText('Center value: 45 min (shipped: 30 min)');
});

test('is usable at 683 px wide (200 % zoom) and in French', async ({ openApp }) => {
  const app = await openApp({ now: '2026-11-27T09:30:00Z', viewport: { width: 683, height: 860 } });
  const { page } = app;
  await openLibrary(app);
  await searchAndOpen(app, 'dostarlimab', /Dostarlimab \(Jemperli\)/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(683);
  await shot(app, 'library-narrow.png');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption('fr');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('link', { name: 'Bibliothèque' }).click();
  await expect(page.getByText('affichés dans une traduction de travail non validée')).toBeVisible();
  // The Jemperli record's clinical text is French on a French screen; its source titles stay as published.
  const box = page.getByRole('combobox', { name: 'Rechercher dans la bibliothèque' });
  await box.pressSequentially('dostarlimab');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page.getByRole('article')).toContainText('Ne pas administrer en IV directe ni en bolus.');
  await shot(app, 'library-fr.png');
});

test('a center regimen is made from a shipped one, refused with the field named, then offered in the library', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Settings' }).click();
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('link', { name: 'Center regimens', exact: true })
    .click();
  const form = page.getByRole('form', { name: 'Add a center regimen' });
  await typeInto(form.getByRole('combobox', { name: 'Start from the regimen' }), 'pembrolizumab 200');
  const box = form.getByRole('combobox', { name: 'Start from the regimen' });
  await box.press('ArrowDown');
  await box.press('Enter');
  await typeInto(form.getByLabel('Short name (id)'), 'pembrolizumab-45-min');
  await typeInto(form.getByLabel('Name', { exact: true }), 'Pembrolizumab 200 mg every 3 weeks, 45-minute infusions');
  await typeInto(form.getByLabel('Interval (days)'), '0');
  await typeInto(form.getByLabel('pembrolizumab first infusion (min)'), '45');
  await typeInto(form.getByLabel('Center protocol (source)'), 'Protocol IT-12, 2026');
  await typeInto(form.getByLabel('Reason', { exact: true }), 'Pharmacy decision');
  await form.getByRole('button', { name: 'Save center regimen' }).click();
  await expect(
    form.locator('.field', { has: page.getByLabel('Interval (days)') }).locator('.field-error'),
  ).toContainText('Interval must be more than 0 days.');
  await shotOf(form, 'settings-center-regimen-error.png');
  await typeInto(form.getByLabel('Interval (days)'), '21');
  await form.getByRole('button', { name: 'Save center regimen' }).click();
  await expect(page.getByRole('list', { name: 'Center regimens' })).toContainText('center:pembrolizumab-45-min');

  await page.getByRole('list', { name: 'Center regimens' }).getByRole('link').first().click();
  const detail = page.getByRole('article');
  await expect(detail.getByText('Center regimen')).toBeVisible();
  await expect(detail.getByRole('table', { name: 'Planned visits' })).toContainText('45 min');
  await expect(detail).toContainText('Protocol IT-12, 2026');
});
