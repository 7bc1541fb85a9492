import type { Page } from '@playwright/test';
import { CHARGE, NURSE, setupAdmin, createUser } from '../support/auth';
import type { TestCore } from '../support/core';
import { expect, test } from './fixtures';

// Settings in sections with a side menu; read-only for a nurse, who cannot change the center's setup.

const menuLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name, exact: true });

test('a nurse reads every settings section with its fields disabled, and still changes her own PIN', async ({
  openApp,
}) => {
  const app = await openApp({ now: '2026-11-27T09:30:00Z' });
  const t = { ok: async (c: string, i: unknown) => must(await app.core.dispatch(c, i)) } as unknown as TestCore;
  await setupAdmin(t);
  await app.core.dispatch('center:save-chair', { name: 'Chair 1' });
  await createUser(t, NURSE);
  await app.core.dispatch('auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  const { page } = app;
  await page.reload();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('settings-read-only')).toContainText('Only a charge nurse or an administrator');
  await expect(page.getByLabel('Center name')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save settings' })).toBeHidden();
  await expect(page.getByLabel('LOINC code for ALT')).toBeDisabled();

  await menuLink(page, 'Chairs and beds').click();
  const chairs = page.getByRole('region', { name: 'Chairs and beds' });
  await expect(chairs).toContainText('Chair 1');
  await expect(chairs.getByLabel('Name', { exact: true })).toBeDisabled();
  await expect(chairs.getByRole('button', { name: 'Add chair' })).toBeDisabled();

  await menuLink(page, 'Ready to treat').click();
  await expect(page.getByLabel(/Labs “before each dose” may be drawn up to/)).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save the Ready-to-treat values' })).toBeDisabled();

  await menuLink(page, 'Staff and accounts').click();
  await expect(
    page.getByRole('region', { name: 'Nurses and weekly shifts' }).getByRole('button').first(),
  ).toBeDisabled();
  const mine = page.getByRole('group', { name: 'My password or PIN' });
  await expect(mine.getByLabel('Current password or PIN')).toBeEnabled();
  await page.screenshot({ path: test.info().outputPath('settings-nurse.png'), fullPage: true });
});

test('a charge nurse edits the sections; the menu marks the one shown', async ({ openApp }) => {
  const app = await openApp({ now: '2026-11-27T09:30:00Z' });
  const t = { ok: async (c: string, i: unknown) => must(await app.core.dispatch(c, i)) } as unknown as TestCore;
  await setupAdmin(t);
  await createUser(t, CHARGE);
  await app.core.dispatch('auth:sign-in', { initials: CHARGE.initials, secret: CHARGE.secret });
  const { page } = app;
  await page.reload();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(menuLink(page, 'Center')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('settings-read-only')).toHaveCount(0);
  await expect(page.getByLabel('Center name')).toBeEnabled();
  // The center's LOINC code for a test: typed, refused with the test named, corrected; Enter saves.
  const labCodes = page.getByRole('form', { name: 'Lab codes (LOINC)' });
  const alt = labCodes.getByLabel('LOINC code for ALT');
  await alt.pressSequentially('1742-5');
  await alt.press('Enter');
  await expect(labCodes.locator('.cell-error')).toHaveText(
    /The LOINC code for ALT has a last digit that is not the check digit/,
  );
  await labCodes.screenshot({ path: test.info().outputPath('settings-lab-codes-refused.png') });
  await alt.press('Backspace');
  await alt.pressSequentially('6');
  await alt.press('Enter');
  await expect(labCodes.getByRole('status')).toContainText('Saved at 09:30');
  await expect(labCodes.locator('.cell-error')).toHaveCount(0);
  await menuLink(page, 'Hours and closures').click();
  await expect(menuLink(page, 'Hours and closures')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('region', { name: 'Opening hours' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Closures' })).toBeVisible();
  await expect(page.getByLabel('Center name')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('settings-charge.png'), fullPage: true });
});

function must(result: { ok: boolean; value?: unknown; error?: { message: string } }): unknown {
  if (!result.ok) throw new Error(result.error?.message);
  return result.value;
}
