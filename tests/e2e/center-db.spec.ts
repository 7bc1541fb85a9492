import type { Page } from '@playwright/test';
import { setupAdmin } from '../support/auth';
import { closedLocalPort } from '../support/center-db';
import type { TestCore } from '../support/core';
import { freshCenterDatabase, TEST_CENTER_KEY, testServerUrl } from '../support/postgres';
import { expect, test, typeInto } from './fixtures';

// Settings › Center database, typed like an administrator would: a server that is down is named in words and
// cannot be saved; the center's real server (CHAIRSIDE_TEST_PG in CI) passes the test, and only then saves.

const menuLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name, exact: true });

test('an administrator tests a server that is down, then the center server, and saves it for this workstation', async ({
  openApp,
}) => {
  const app = await openApp({ now: '2026-11-27T09:30:00Z', viewport: { width: 1366, height: 768 } });
  const must = async (c: string, i: unknown) => {
    const result = await app.core.dispatch(c, i);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  await setupAdmin({ ok: must } as unknown as TestCore);
  const { page } = app;
  await page.reload();
  await page.getByRole('link', { name: 'Settings' }).click();
  await menuLink(page, 'Center database').click();
  await expect(page.getByTestId('center-db-status')).toContainText('This workstation’s own file');

  const port = await closedLocalPort();
  await typeInto(page.getByLabel('Center database URL'), `postgres://chairside@127.0.0.1:${port}/center`);
  await page.getByLabel('Database password').pressSequentially('not-echoed-7Q');
  await page.getByRole('button', { name: 'Test connection' }).click();
  const result = page.getByTestId('center-db-result');
  await expect(result).toContainText(`No server answers at 127.0.0.1:${port} (ECONNREFUSED).`);
  await expect(result.locator('.status-error')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('center-db-down-1366x768.png') });
  await expect(page.getByRole('button', { name: 'Save for this workstation' })).toBeDisabled();
  // What was typed stays after the failure.
  await expect(page.getByLabel('Center database URL')).toHaveValue(`postgres://chairside@127.0.0.1:${port}/center`);

  test.skip(!testServerUrl(), 'No PostgreSQL server: set CHAIRSIDE_TEST_PG (CI starts one).');
  const center = await freshCenterDatabase();
  try {
    await typeInto(page.getByLabel('Center database URL'), center.url);
    await typeInto(page.getByLabel('Database password'), '');
    await page.getByLabel('Center key').pressSequentially(TEST_CENTER_KEY);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByTestId('center-db-ready')).toBeVisible();
    await expect(result).toContainText('The database is up to date for this version of Chairside.');
    await expect(result).toContainText('The center key is this database’s key.');
    const save = page.getByRole('button', { name: 'Save for this workstation' });
    await expect(save).toBeEnabled();
    await result.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('center-db-1366x768.png') });
    await save.click();
    await expect(page.getByRole('status').filter({ hasText: 'Restart Chairside to use it' })).toBeVisible();
    await expect(page.getByTestId('center-db-status')).toContainText(center.url);
  } finally {
    await center.drop();
  }
});
