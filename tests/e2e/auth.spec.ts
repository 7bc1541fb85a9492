import type { fixedClock } from '../../electron/main/core/clock';
import type { BrowserApp } from '../harness/app';
import { ADMIN, NURSE } from '../support/auth';
import { makePatient } from '../support/patients';
import { TEST_SECRET_COST } from '../support/secret-cost';
import { expect, test, typeInto } from './fixtures';

const shot = (app: BrowserApp, name: string) =>
  app.page.screenshot({ path: test.info().outputPath(name), fullPage: true });

async function core<T>(app: BrowserApp, channel: string, input: unknown): Promise<T> {
  const result = await app.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** The app with an administrator and a nurse, the administrator signed in, and the page reloaded. */
async function withAccounts(app: BrowserApp): Promise<void> {
  await core(app, 'auth:setup-admin', ADMIN);
  await core(app, 'users:create', NURSE);
  await app.page.reload();
  await expect(app.page.getByTestId('session-user')).toHaveText('Signed in: Ada Administrator (AA)');
}

async function minTargetSize(app: BrowserApp): Promise<number> {
  const sizes = await app.page
    .locator('button, input:not([type=radio]), select, .user-tile')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
  return Math.min(...sizes);
}

test('first run: creates the administrator account from the setup banner and signs it in', async ({ app }) => {
  const { page } = app;
  await expect(page.getByText('No user accounts yet')).toBeVisible();
  await shot(app, 'setup-banner.png');
  await page.getByRole('button', { name: 'Create the administrator account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create the administrator account' })).toBeVisible();
  await expect(page.getByLabel('Full name')).toBeFocused();
  await page.keyboard.type('Ada Administrator');
  await typeInto(page.getByLabel('Initials'), 'aa');
  await typeInto(page.getByLabel('New password'), 'short');
  await typeInto(page.getByLabel('Type it again'), 'short');
  await page.getByRole('button', { name: 'Create and sign in' }).click();
  await expect(page.locator('.field-error')).toContainText('At least 8 characters');
  await typeInto(page.getByLabel('New password'), ADMIN.secret);
  await typeInto(page.getByLabel('Type it again'), ADMIN.secret);
  expect(await minTargetSize(app)).toBeGreaterThanOrEqual(44);
  await shot(app, 'first-run.png');
  await page.getByLabel('Type it again').press('Enter');
  // Last step of the first run: the recovery key of the encrypted database, shown until she stores it.
  await expect(page.getByRole('heading', { level: 1, name: 'Store the recovery key' })).toBeVisible();
  await page.getByRole('button', { name: 'Show the recovery key' }).click();
  await expect(page.getByTestId('recovery-key')).toHaveText(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
  await expect(page.getByRole('button', { name: 'Done' })).toBeDisabled();
  await page.getByLabel('I have printed or stored the recovery key in a safe place').check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('session-user')).toHaveText('Signed in: Ada Administrator (AA)');
  await expect(page.getByText('No user accounts yet')).toHaveCount(0);
  expect(app.core.deps.secure.security.pendingRecoveryKey).toBeNull();
  const rows = app.core.store.prepare<{ secret_hash: string }>('SELECT secret_hash FROM user_account').all();
  expect(rows).toHaveLength(1);
  // Hashed with the cost this core was given (the tests' floor; a center's default is tested in secrets.test.ts).
  const { N, r, p } = TEST_SECRET_COST;
  expect(rows[0]!.secret_hash.startsWith(`scrypt$${N}$${r}$${p}$`)).toBe(true);
});

test('sign-in: picks a nurse from the list or types initials, refuses a wrong PIN, keyboard only', async ({ app }) => {
  const { page } = app;
  await withAccounts(app);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Chairside' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await page.getByRole('radio', { name: /Marie Tremblay/ }).check();
  await typeInto(page.getByLabel('PIN'), '000000');
  await page.getByLabel('PIN').press('Enter');
  await expect(page.getByRole('alert')).toHaveText(/Wrong initials or password\/PIN/);
  expect(await minTargetSize(app)).toBeGreaterThanOrEqual(44);
  await shot(app, 'sign-in.png');
  await typeInto(page.getByLabel('Or type your initials'), 'mt');
  await page.keyboard.press('Tab');
  await page.keyboard.type(NURSE.secret);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('session-user')).toHaveText('Signed in: Marie Tremblay (MT)');
  // A nurse does not see the audit report.
  await expect(page.getByRole('link', { name: 'Audit' })).toHaveCount(0);
});

test('idle lock hides all patient data; unlocking brings back the same screen', async ({ app }) => {
  const { page } = app;
  const patient = await core<{ id: string; mrn: string }>(
    app,
    'patients:create',
    makePatient({ familyName: 'Quillfeather' }),
  );
  await withAccounts(app);
  await page.evaluate((id) => (window.location.hash = `#/patients/${id}`), patient.id);
  await expect(page.getByTestId('patient-banner')).toContainText(patient.mrn);
  (app.clock as ReturnType<typeof fixedClock>).advanceMinutes(11);
  await expect(page.getByRole('heading', { level: 1, name: 'Chairside is locked' })).toBeVisible({ timeout: 10_000 });
  const html = await page.content();
  expect(html).not.toContain('Quillfeather');
  expect(html).not.toContain(patient.mrn);
  expect(html).not.toContain('Penicillin');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByLabel('Password')).toBeFocused();
  expect(await minTargetSize(app)).toBeGreaterThanOrEqual(44);
  await shot(app, 'locked.png');
  await page.keyboard.type('wrong-passphrase');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(/Wrong initials/);
  await typeInto(page.getByLabel('Password'), ADMIN.secret);
  await page.getByRole('button', { name: 'Unlock as Ada Administrator' }).click();
  await expect(page.getByTestId('patient-banner')).toContainText(patient.mrn);
  expect(await page.evaluate(() => window.location.hash)).toBe(`#/patients/${patient.id}`);
});

test('the Lock button locks at once; another nurse can take over from the lock screen', async ({ app }) => {
  const { page } = app;
  await withAccounts(app);
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chairside is locked' })).toBeVisible();
  await page.getByRole('button', { name: 'Another nurse? Sign in as someone else' }).click();
  await page.getByRole('radio', { name: /Marie Tremblay/ }).check();
  await typeInto(page.getByLabel('PIN'), NURSE.secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('session-user')).toHaveText('Signed in: Marie Tremblay (MT)');
});

test('the audit report lists, filters and sorts the events, and verifies the chain', async ({ app }) => {
  const { page } = app;
  await withAccounts(app);
  await page.getByRole('button', { name: 'Lock' }).click();
  await typeInto(page.getByLabel('Password'), ADMIN.secret);
  await page.getByLabel('Password').press('Enter');
  await page.getByRole('link', { name: 'Audit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit report' })).toBeVisible();
  const table = page.locator('.audit-table');
  // Each action in words, with the stored code under it for IT.
  const worded = { 'sign-in': 'Signed in', create: 'Created', lock: 'Locked', unlock: 'Unlocked' };
  for (const [code, words] of Object.entries(worded)) {
    const cell = table.locator('td[data-column=action]', {
      has: page.locator('code', { hasText: new RegExp(`^${code}$`) }),
    });
    await expect(cell.first()).toContainText(words);
  }
  await expect(table.locator('tbody tr').first().locator('td[data-column=user]')).toHaveText('Ada Administrator');
  await page.getByLabel('Action').selectOption('lock');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await page.getByLabel('Action').selectOption('');
  await page.getByRole('button', { name: 'When' }).click();
  await expect(page.locator('th[aria-sort=ascending]')).toHaveText(/When/);
  await page.getByRole('button', { name: 'Verify the audit chain' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Audit chain intact' })).toBeVisible();
  // The signed checkpoint taken for the check is shown, to print or copy away from this computer.
  const checkpoint = page.getByRole('region', { name: 'Latest signed checkpoint' });
  await expect(checkpoint).toContainText(/\(last event #\d+\)/);
  await expect(checkpoint.locator('code').first()).toHaveText(/^[0-9a-f]{64}$/);
  await shot(app, 'audit.png');
});

test('Settings: a charge nurse or administrator manages accounts; every nurse changes her own PIN', async ({ app }) => {
  const { page } = app;
  await withAccounts(app);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('link', { name: 'Staff and accounts', exact: true })
    .click();
  const accounts = page.getByRole('region', { name: 'Accounts' });
  await expect(accounts.getByRole('cell', { name: 'Marie Tremblay', exact: true })).toBeVisible();
  const add = accounts.getByRole('group', { name: 'Add an account' });
  await typeInto(add.getByLabel('Full name'), 'Jo Doucet');
  await typeInto(add.getByLabel('Initials'), 'JD');
  await add.getByLabel('Role').selectOption('charge-nurse');
  await typeInto(add.getByLabel('New PIN'), '246810');
  await add.getByRole('button', { name: 'Create the account' }).click();
  await expect(add.getByRole('status')).toHaveText(/Account created for Jo Doucet/);
  await expect(accounts.getByRole('cell', { name: 'Jo Doucet', exact: true })).toBeVisible();
  await accounts.getByRole('button', { name: 'Deactivate Marie Tremblay' }).click();
  await expect(accounts.getByRole('button', { name: 'Activate Marie Tremblay' })).toBeVisible();
  await accounts.getByRole('button', { name: 'Activate Marie Tremblay' }).click();
  await accounts.getByRole('button', { name: 'Reset the password or PIN of Marie Tremblay' }).click();
  const reset = accounts.getByRole('group', { name: 'New password or PIN for Marie Tremblay' });
  // The administrator confirms it is her before resetting someone else's secret.
  await reset.getByLabel('Your own password or PIN (to confirm it is you)').pressSequentially(ADMIN.secret);
  await reset.getByLabel('New PIN').pressSequentially('13579');
  await reset.getByRole('button', { name: 'Save' }).click();
  await expect(reset.locator('.field-error')).toContainText('6 to 12 digits');
  await reset.getByLabel('Your own password or PIN (to confirm it is you)').pressSequentially(ADMIN.secret);
  await reset.getByLabel('New PIN').pressSequentially('135790');
  await reset.getByRole('button', { name: 'Save' }).click();
  await expect(accounts.getByRole('group', { name: /New password or PIN for/ })).toHaveCount(0);
  await shot(app, 'accounts.png');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Or type your initials').pressSequentially('MT');
  await page.getByLabel('Password or PIN').pressSequentially('135790');
  await page.getByLabel('Password or PIN').press('Enter');
  // A reset secret is temporary: she chooses her own before anything else is shown.
  await expect(page.getByRole('heading', { name: 'Choose your own password or PIN' })).toBeVisible();
  await page.getByLabel('Current password or PIN').pressSequentially('135790');
  await page.getByLabel('New PIN').pressSequentially('975310');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('link', { name: 'Staff and accounts', exact: true })
    .click();
  await expect(page.getByRole('button', { name: /Deactivate/ })).toHaveCount(0);
  const mine = page.getByRole('group', { name: 'My password or PIN' });
  await mine.getByLabel('Current password or PIN').pressSequentially('975310');
  await mine.getByLabel('New PIN').pressSequentially('864200');
  await mine.getByRole('button', { name: 'Save' }).click();
  await expect(mine.getByRole('status')).toHaveText(/Your password or PIN was changed/);
});
