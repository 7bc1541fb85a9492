import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

test('the real Electron app starts, shows the navigation and answers through the preload', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'chairside-electron-')), 'chairside.sqlite3');
  const app = await electron.launch({ args: [resolve(import.meta.dirname, '../..'), `--db=${db}`] });
  const page = await app.firstWindow();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(page.getByTestId('db-path')).toContainText(db);
  const isolated = await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require);
  expect(isolated).toBe('undefined');
  await app.close();
});
