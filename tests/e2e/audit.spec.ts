import { expect, test } from './fixtures';

// The audit list in pages of 100 rows (it rendered every row, 35,000 px), with dates typed YYYY-MM-DD and read
// back in words rather than the operating system's mm/dd/yyyy.

test('the audit list shows 100 rows a page and reads typed dates back in words', async ({ app }) => {
  const { page, core } = app;
  for (let i = 0; i < 110; i++) {
    const result = await core.dispatch('center:save-chair', { name: `Chair ${i + 1}` });
    if (!result.ok) throw new Error(result.error.message);
  }
  await page.getByRole('link', { name: 'Audit' }).click();
  const table = page.locator('.audit-table');
  await expect(table.locator('tbody tr')).toHaveCount(100);
  const pageText = page.getByTestId('audit-page');
  await expect(pageText).toHaveText(/^Page 1 of 2$/);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(pageText).toHaveText('Page 2 of 2');
  expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();

  const from = page.getByLabel('From (date)');
  await from.pressSequentially('2026-11-27');
  await expect(page.getByText('Reads as 27 Nov 2026.')).toBeVisible();
  // The frozen clock's day: every event is from it, so the count does not change.
  await expect(page.getByText(/^1\d\d of 1\d\d events shown$/)).toBeVisible();
  await page.getByLabel('To (date, included)').pressSequentially('2026-11-26');
  await expect(page.locator('.audit-table tbody tr')).toHaveCount(0);
});
