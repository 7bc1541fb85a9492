import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The library re-checked against current labels (issue 10): the new records are found, each fact's source is
// shown with its revision and check dates, Aucatzyl's split dose shows its hold rules and the lymphodepletion
// to book by hand. Typed like a person; screenshots at 1366×768 for review.

const shotOf = (locator: Locator | Page, name: string) => locator.screenshot({ path: test.info().outputPath(name) });

async function open(page: Page, query: string, option: RegExp) {
  await page.getByRole('link', { name: 'Library' }).click();
  const box = page.getByRole('combobox', { name: 'Search the library' });
  await box.clear();
  await box.pressSequentially(query);
  await expect(page.getByRole('option', { name: option }).first()).toBeVisible();
  await box.press('ArrowDown');
  await box.press('Enter');
  return page.getByRole('article');
}

test('shows Aucatzyl with blast-dependent doses, second-dose hold rules, lymphodepletion by hand and dated sources', async ({
  openApp,
}) => {
  const app = await openApp({ now: '2026-12-03T09:30:00Z', viewport: { width: 1366, height: 768 } });
  const detail = await open(app.page, 'Aucatzyl', /Obecabtagene autoleucel \(Aucatzyl\)/);
  await expect(detail.getByTestId('dose-depends-on')).toContainText('Bone marrow blast percentage');
  await expect(detail.getByTestId('later-infusion')).toContainText('CRS grade 3 or higher after the first dose');
  await expect(detail.getByTestId('later-infusion')).toContainText('hold the second dose until the prescriber decides');
  await expect(detail.getByTestId('ld-unscheduled')).toContainText('Fludarabine 30 mg/m² daily ×4');
  const source = detail.getByTestId('library-source').filter({ hasText: 'Aucatzyl dosage' });
  await expect(source).toContainText('Label text (copy)');
  await expect(source).toContainText('revised 2025-03-14');
  await expect(source).toContainText('checked 2026-12-03');
  await expect(source).toContainText('https://drugs.com/dosage/aucatzyl.html');
  await detail.getByLabel('Day 0 (CAR T infusion)').clear();
  await detail.getByLabel('Day 0 (CAR T infusion)').pressSequentially('2026-12-10');
  await expect(detail.getByTestId('ld-by-hand')).toContainText('book them by hand');
  await expect(detail.locator('.lib-calendar')).toContainText('Daily monitoring until Sat, 26 Dec 2026');
  await app.page.getByRole('heading', { name: 'Obecabtagene autoleucel (Aucatzyl)' }).scrollIntoViewIfNeeded();
  await shotOf(app.page, 'library-aucatzyl-1366.png');
  await detail.getByRole('heading', { name: 'Sources', exact: true }).scrollIntoViewIfNeeded();
  await shotOf(app.page, 'library-aucatzyl-sources-1366.png');
});

test('finds cosibelimab and the ipilimumab record with its 30/90-minute times, CTLA-4 labs and preparation', async ({
  openApp,
}) => {
  const app = await openApp({ now: '2026-12-03T09:30:00Z', viewport: { width: 1366, height: 768 } });
  const cosi = await open(app.page, 'Unloxcyt', /Cosibelimab-ipdl \(Unloxcyt\)/i);
  await expect(cosi).toContainText('1,200 mg');
  await expect(cosi.locator('.lib-fact', { hasText: 'Doses and intervals' }).locator('.lib-unverified')).toContainText(
    'news reports of the approval',
  );
  const ipi = await open(app.page, 'Yervoy', /Ipilimumab \(Yervoy\)/);
  await expect(ipi.locator('.lib-fact', { hasText: 'Infusion time' })).toContainText('30 min');
  await expect(ipi.locator('.lib-item', { hasText: 'Adjuvant melanoma, doses 1–4' })).toContainText(
    '90 min, every infusion',
  );
  await expect(ipi.locator('.lib-fact', { hasText: 'Labs before each dose' })).toContainText('ACTH / cortisol');
  await expect(ipi.getByTestId('lib-preparation')).toContainText('1–2 mg/mL');
  await expect(ipi.getByTestId('library-source').first()).toContainText('revised 2023-02-15');
  await shotOf(app.page, 'library-ipilimumab-1366.png');
});
