import type { BrowserApp } from '../harness/app';
import { ADMIN, NURSE } from '../support/auth';
import { fillDatabase } from '../support/faults';
import { makePatient } from '../support/patients';
import { expect, test } from './fixtures';

// Backups, the record-access report, the downtime sheet and storage failures in the nurse's language,
// through the real renderer and the real core.

const shot = (app: BrowserApp, name: string) =>
  app.page.screenshot({ path: test.info().outputPath(name), fullPage: true });

async function core<T>(app: BrowserApp, channel: string, input: unknown): Promise<T> {
  const result = await app.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function asAdmin(app: BrowserApp): Promise<void> {
  await core(app, 'auth:setup-admin', ADMIN);
  await core(app, 'security:confirm-recovery-key', {});
  await app.page.reload();
  await expect(app.page.getByTestId('session-user')).toHaveText('Signed in: Ada Administrator (AA)');
}

test('Settings › Backups: back up now, then restore it after a verification', async ({ app }) => {
  const { page } = app;
  await asAdmin(app);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('link', { name: 'Backups', exact: true })
    .click();
  const backups = page.getByRole('region', { name: 'Backups' });
  await expect(backups.getByText('No backup yet.')).toBeVisible();
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(
    backups.getByRole('status').filter({ hasText: /Backup chairside-.*manual\.sqlite3 made/ }),
  ).toBeVisible();
  const row = backups.getByRole('row').filter({ hasText: 'By hand' });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: /^Restore chairside-/ }).click();
  await backups.getByRole('button', { name: 'Yes, restore this backup' }).click();
  await expect(
    backups.getByRole('status').filter({ hasText: /was verified .* Close and reopen Chairside now/ }),
  ).toBeVisible();
  await expect(backups.getByText(/A restore of chairside-.* is waiting/)).toBeVisible();
  await shot(app, 'backups.png');
});

test('the patient page tells a charge nurse or administrator who looked at the record', async ({ app }) => {
  const { page } = app;
  await asAdmin(app);
  await core(app, 'users:create', NURSE);
  const patient = await core<{ id: string }>(app, 'patients:create', makePatient({ familyName: 'Lookedat' }));
  await core(app, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  await core(app, 'patients:get', { id: patient.id });
  await core(app, 'auth:sign-in', { initials: ADMIN.initials, secret: ADMIN.secret });
  await page.goto(`${app.url}#/patients/${patient.id}`);
  const panel = page.getByRole('region', { name: 'Who looked at this record' });
  await panel.getByRole('button', { name: 'Show who read or changed this record' }).click();
  const nurseRow = panel.getByRole('row').filter({ hasText: 'Marie Tremblay' });
  // The action, the object and what was looked at in words; the stored codes stay in the cell's title.
  await expect(nurseRow.first().getByRole('cell').nth(3)).toHaveText('Viewed');
  await expect(nurseRow.first().getByRole('cell').nth(4)).toHaveText('Patient · Patient details');
  await expect(nurseRow.first().getByRole('cell').nth(4)).toHaveAttribute('title', 'patient · demographics');
  await shot(app, 'record-access.png');
});

test('one click on the day view prints the downtime sheet', async ({ app }) => {
  const { page } = app;
  await asAdmin(app);
  await page.getByRole('link', { name: 'Schedule' }).click();
  await page.getByRole('button', { name: 'Print the downtime sheet' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Downtime sheet printed \(0 appointments\)/ })).toBeVisible();
  expect(app.platform.printed.at(-1)?.title).toBe('Downtime sheet');
});

test('a full disk is said in the nurse’s language, naming the file; nothing is half-saved', async ({ app }) => {
  const { page } = app;
  await asAdmin(app);
  await core(app, 'settings:update', { language: 'fr' });
  await page.reload();
  await page.getByRole('link', { name: 'Paramètres' }).click();
  const disk = await fillDatabase(app.core.store);
  const name = page.getByLabel('Nom du centre');
  await name.pressSequentially('Centre Nord');
  await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Le disque qui contient ${app.databasePath} est plein` }),
  ).toBeVisible();
  disk.release();
  expect((await core<{ centerName: string }>(app, 'settings:get', {})).centerName).toBe('');
  // A refusal of the core's own, a chair name already taken, is said in French beside the field too.
  await page.getByRole('link', { name: 'Fauteuils et lits' }).click();
  const add = page.getByRole('button', { name: 'Ajouter le fauteuil' });
  const chairForm = page.locator('form.center-add').filter({ has: add });
  for (let time = 0; time < 2; time += 1) {
    await chairForm.getByLabel('Nom', { exact: true }).pressSequentially('F9');
    await add.click();
  }
  await expect(chairForm).toContainText('Un autre fauteuil porte déjà ce nom.');
  await chairForm.screenshot({ path: test.info().outputPath('chair-name-refused-fr.png') });
});
