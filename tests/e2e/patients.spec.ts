import { expect, test, typeInto } from './fixtures';
import type { BrowserApp } from '../harness/app';
import { makePatient } from '../support/patients';

const shot = (app: BrowserApp, name: string) =>
  app.page.screenshot({ path: test.info().outputPath(name), fullPage: true });

async function fillNewPatient(app: BrowserApp, overrides: Record<string, string> = {}) {
  const { page } = app;
  await page.getByRole('link', { name: 'Patients' }).click();
  await page.getByRole('link', { name: 'New patient' }).click();
  const values: Record<string, string> = {
    MRN: 'DEMO-004217',
    'Family name': 'Fennimoor',
    'Given name': 'Gaëlle',
    'Date of birth': '1958-06-04',
    'Weight (kg)': '71,5',
    'Weight measured on': '2026-11-25',
    Allergies: 'Iodinated contrast (hives)',
    Notes: '<script>window.__pwned = true</script><b>bold?</b>',
    ...overrides,
  };
  for (const [label, value] of Object.entries(values)) await typeInto(page.getByLabel(label, { exact: true }), value);
  await page.getByLabel('Sex').selectOption('female');
  await page.getByLabel('Preferred language').selectOption('fr');
}

test('creates a patient, finds it by typing part of the MRN and shows the banner', async ({ app }) => {
  const { page } = app;
  await fillNewPatient(app);
  await shot(app, 'patient-form.png');
  await page.getByRole('button', { name: 'Save patient' }).click();

  const banner = page.getByTestId('patient-banner');
  await expect(banner.getByRole('heading', { name: 'FENNIMOOR, Gaëlle' })).toBeVisible();
  await expect(banner).toContainText('DEMO-004217');
  await expect(banner).toContainText('4 Jun 1958 (68 years)');
  await expect(banner).toContainText('71.5 kg (measured 25 Nov 2026)');
  await expect(banner).toContainText('French');
  await expect(banner.getByTestId('allergies')).toHaveText(/⚠\s*Allergies: Iodinated contrast \(hives\)/);

  // Script in notes is shown as text and never runs.
  await expect(page.getByTestId('patient-notes')).toHaveText('<script>window.__pwned = true</script><b>bold?</b>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await expect(page.locator('.patient-details b')).toHaveCount(0);

  await typeInto(page.getByLabel('Find a patient'), '4217');
  const results = page.getByRole('listbox', { name: 'Matching patients' });
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option')).toContainText('DEMO-004217');
  await expect(results.getByRole('option')).toContainText('FENNIMOOR, Gaëlle');
  await expect(results.getByRole('option')).toContainText('4 Jun 1958');
  await shot(app, 'patient-banner.png');
});

test('finds a patient by MRN prefix and by an accent-free name, from the keyboard', async ({ app }) => {
  const { page, core } = app;
  for (const [mrn, familyName, givenName] of [
    ['DEMO-000123', 'Lefèvre', 'Élodie'],
    ['DEMO-000124', 'Quillfeather', 'Otto'],
  ]) {
    await core.dispatch('patients:create', makePatient({ mrn, familyName, givenName }));
  }
  await page.getByRole('link', { name: 'Patients' }).click();
  // A WAI-ARIA 1.2 combobox: the focus stays in the box, the options are pointed at (aria-activedescendant).
  const search = page.getByRole('combobox', { name: 'Find a patient' });
  const list = page.getByRole('listbox', { name: 'Matching patients' });
  await search.focus();
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.type('demo-0001');
  await expect(page.getByRole('status')).toHaveText('2 patients found');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await expect(search).toHaveAttribute('aria-controls', (await list.getAttribute('id'))!);
  const options = list.getByRole('option');
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await expect(search).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(search).toBeFocused();
  const optionHeights = await options.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
  expect(Math.min(...optionHeights)).toBeGreaterThanOrEqual(44);
  // Escape closes the list and keeps what was typed.
  await page.keyboard.press('Escape');
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  await expect(list).toBeHidden();
  await expect(search).toHaveValue('demo-0001');
  await expect(search).not.toHaveAttribute('aria-activedescendant');
  await typeInto(search, '');
  await page.keyboard.type('lefevre');
  await expect(page.getByRole('status')).toHaveText('1 patient found');
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('option', { name: /DEMO-000123/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('patient-banner').getByRole('heading')).toHaveText('LEFÈVRE, Élodie');
});

test('shows a refused weight beside the field and saves nothing', async ({ app }) => {
  const { page, core } = app;
  await fillNewPatient(app, { 'Weight (kg)': '700' });
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('alert').first()).toContainText('Please correct the fields marked below.');
  const weight = page.locator('.field', { has: page.getByLabel('Weight (kg)', { exact: true }) });
  await expect(weight.locator('.field-error')).toHaveText(/Above 400 kg, the highest value accepted here/);
  await expect(page.getByLabel('Weight (kg)', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await shot(app, 'patient-weight-refused.png');
  const search = await core.dispatch('patients:search', { query: 'DEMO-004217' });
  expect(search).toEqual({ ok: true, value: [] });
});

test('edits a patient and names a duplicate MRN beside the field', async ({ app }) => {
  const { page, core } = app;
  await core.dispatch('patients:create', makePatient({ mrn: 'DEMO-000001' }));
  const created = await core.dispatch(
    'patients:create',
    makePatient({ mrn: 'DEMO-000002', familyName: 'Kestrelmoor', givenName: 'Inès', allergies: null }),
  );
  if (!created.ok) throw new Error('seed failed');
  await page.goto(`${app.url}#/patients/${(created.value as { id: string }).id}`);
  await expect(page.getByTestId('allergies')).toHaveText(/Allergies not recorded/);
  await page.getByRole('link', { name: 'Edit' }).click();
  await typeInto(page.getByLabel('MRN'), 'demo-000001');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.locator('.field', { has: page.getByLabel('MRN') }).locator('.field-error')).toHaveText(
    /already has this MRN/,
  );
  await typeInto(page.getByLabel('MRN'), 'DEMO-000003');
  await typeInto(page.getByLabel('Allergies'), 'No known allergies');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByTestId('patient-banner')).toContainText('DEMO-000003');
  await expect(page.getByTestId('allergies')).toContainText('No known allergies');
});

test('has no sideways scroll at 200 % zoom, and 44 px targets', async ({ openApp }) => {
  const app = await openApp({ viewport: { width: 683, height: 600 }, now: '2026-11-27T09:30:00Z' });
  const { page, core } = app;
  const created = await core.dispatch(
    'patients:create',
    makePatient({
      mrn: 'DEMO-000777',
      familyName: 'Hautepierrot-Valmorenne',
      allergies: 'Penicillin (anaphylaxis); iodinated contrast; latex; sulfonamides',
    }),
  );
  await page.goto(`${app.url}#/patients/${(created as { value: { id: string } }).value.id}`);
  await typeInto(page.getByLabel('Find a patient'), 'DEMO');
  await expect(page.getByRole('status')).toHaveText('1 patient found');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const sizes = await page
    .locator('main a, main button, main input, main select, main [role="option"]')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
  await shot(app, 'patients-zoom-200.png');
  await page.getByRole('link', { name: 'Edit' }).click();
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await shot(app, 'patients-form-zoom-200.png');
});

test('counts the age and dates a new weight on the center’s today (the frozen clock), never the browser’s date', async ({
  app,
}) => {
  const { page } = app;
  // Today is 27 November 2026 on the core's clock: born 28 November 1962, the patient is 63 until tomorrow.
  await fillNewPatient(app, { 'Date of birth': '1962-11-28', 'Weight measured on': '' });
  await page.getByLabel('Weight measured on', { exact: true }).clear();
  await typeInto(page.getByLabel('Weight (kg)', { exact: true }), '70');
  await expect(page.getByLabel('Weight measured on', { exact: true })).toHaveValue('2026-11-27');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByTestId('patient-banner')).toContainText('28 Nov 1962 (63 years)');
});
