import { DEMO_ACCOUNTS } from '../../electron/main/demo/orders';
import { seedDemo } from '../../electron/main/demo/seed-demo';
import { REPORT_SECTIONS } from '../../shared/ipc/contract/reports';
import type { BrowserApp } from '../harness/app';
import { expect, test, typeInto } from './fixtures';

// The Reports screen on the demo center, as its charge nurse: the range typed like a person, every section's
// plot (an SVG with its text alternative) beside its table, and the refusals in words.

const shot = (app: BrowserApp, name: string) =>
  app.page.screenshot({ path: test.info().outputPath(name), fullPage: true });

async function demoAsChargeNurse(openApp: (o: object) => Promise<BrowserApp>): Promise<BrowserApp> {
  const app = await openApp({ now: '2026-11-27T09:30:00Z', viewport: { width: 1366, height: 768 } });
  await seedDemo(app.core, { today: '2026-11-27', history: true });
  const { initials, secret } = DEMO_ACCOUNTS.charge;
  const signedIn = await app.core.dispatch('auth:sign-in', { initials, secret });
  expect(signedIn.ok).toBe(true);
  await app.page.goto(`${app.url}#/reports`);
  return app;
}

test('a charge nurse reads the demo center’s report: each section a plot with its table', async ({ openApp }) => {
  test.setTimeout(360_000);
  const app = await demoAsChargeNurse(openApp);
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(page.getByLabel('From', { exact: true })).toHaveCount(1);
  await typeInto(page.getByLabel('From', { exact: true }), '2026-11-09');
  await typeInto(page.getByLabel('To (included)'), '2026-12-18');
  await page.getByRole('button', { name: 'Show the report' }).click();
  const utilisation = page.getByRole('region', { name: 'Chair utilisation' });
  await expect(utilisation.getByRole('table')).toBeVisible();
  await expect(utilisation.locator('svg[aria-label^="Booked chair-hours"]').first()).toBeVisible();
  await expect(utilisation.getByText(/active chairs, \d+ open days\. Booked: [1-9]\d* visits/)).toBeVisible();
  // The demo's last two weeks were charted at the chair: waits measured, reactions and side effects listed.
  await expect(page.getByRole('region', { name: 'Waiting' })).toContainText(
    /[1-9]\d* visits with check-in and infusion start charted/,
  );
  await expect(page.locator('section[data-section="reactions"] svg[aria-label]').first()).toBeVisible();
  await expect(page.locator('section[data-section="iraes"] tbody tr').first()).not.toContainText('Nothing recorded');
  for (const section of REPORT_SECTIONS) {
    await expect(page.locator(`section[data-section="${section}"] table`)).toHaveCount(1);
  }
  // Drug readiness is not recorded by Chairside yet: the report says so instead of a number.
  await expect(page.getByRole('region', { name: 'Waiting' })).toContainText('Drug wait: not recorded yet');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(app, 'reports-demo-1366.png');
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Saved center-report-2026-11-09-2026-12-18\.pdf/ }),
  ).toBeVisible({
    timeout: 30_000,
  });
  // One patient's records for the hospital, as FHIR: the placeholder identifiers are pointed out first.
  const fhir = page.getByRole('region', { name: 'FHIR R4 export for the hospital’s systems' });
  await expect(fhir.getByRole('note')).toContainText('ask IT to set them in Settings');
  await fhir.getByRole('radio', { name: 'One patient' }).check();
  await typeInto(fhir.getByLabel('Find the patient (name or MRN)'), 'DEMO-000001');
  await fhir.getByRole('option', { name: /DEMO-000001/ }).click();
  await expect(fhir.getByText(/Exporting .+ \(DEMO-000001\)\./)).toBeVisible();
  await fhir.getByRole('button', { name: 'One Bundle (JSON)…' }).click();
  await expect(
    fhir
      .getByRole('status')
      .filter({ hasText: /Saved fhir-bundle-patient-2026-11-09-2026-12-18\.json \([1-9]\d* resources\)/ }),
  ).toBeVisible({ timeout: 30_000 });
  // The same patient's whole history, whatever the range above.
  await fhir.getByRole('checkbox', { name: /the patient’s whole history/ }).check();
  await fhir.getByRole('button', { name: 'One Bundle (JSON)…' }).click();
  await expect(
    fhir.getByRole('status').filter({ hasText: /Saved fhir-bundle-patient-history\.json \([1-9]\d* resources\)/ }),
  ).toBeVisible({ timeout: 30_000 });
  await fhir.screenshot({ path: test.info().outputPath('reports-fhir-1366.png') });
});

test('the range is refused in words before anything is asked', async ({ openApp }) => {
  // A fresh install (no account yet: setup mode opens every screen); no demo needed to check the form.
  const app = await openApp({ now: '2026-11-27T09:30:00Z' });
  const { page } = app;
  await page.goto(`${app.url}#/reports`);
  await typeInto(page.getByLabel('From', { exact: true }), '2026-12-01');
  await typeInto(page.getByLabel('To (included)'), '2026-11-01');
  await page.getByRole('button', { name: 'Show the report' }).click();
  await expect(page.getByRole('alert')).toHaveText(/The end date must be on or after the start date/);
  await typeInto(page.getByLabel('From', { exact: true }), '2025-01-01');
  await typeInto(page.getByLabel('To (included)'), '2026-11-27');
  await page.getByRole('button', { name: 'Show the report' }).click();
  await expect(page.getByRole('alert')).toHaveText(/at most one year/);
});
