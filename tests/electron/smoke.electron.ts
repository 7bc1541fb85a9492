import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { ADMIN, NURSE } from '../support/auth';
import { PHARMACIST } from '../support/orders';

// `npm run test:electron`, where an Electron binary exists: the real app, started the way a workstation starts
// it, through the real preload and ipcMain. First run, a booked plan, a check-in charted at the chairside, a
// handout saved as PDF; then quit, start again on the same database and find all of it. The app runs on the
// real clock here, so the dates are taken from the app's own "today" rather than fixed.

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'chairside-electron-'));
const database = join(work, 'chairside.sqlite3');
const savedPdf = join(work, 'education.pdf');
const PATIENT = { givenName: 'Ines', familyName: 'Lindgren', mrn: 'DEMO-007302', birthDate: '1962-09-14' };

const launch = () => electron.launch({ args: [root, `--db=${database}`], cwd: root });

/** A channel through window.api, the preload's one function: the same path the screens use. */
async function invoke<T = { id: string }>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    ([c, i]) => (window as unknown as { api: { invoke(c: string, i: unknown): Promise<unknown> } }).api.invoke(c, i),
    [channel, input] as const,
  );
  const envelope = result as { ok: boolean; value?: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error?.message}`);
  return envelope.value as T;
}

async function typeInto(page: Page, label: string | RegExp, text: string) {
  const field = page.getByLabel(label);
  await field.click();
  await field.pressSequentially(text);
}

/** The center's local date and the next quarter hour, as the page's clock sees them. */
function todayAndSoon(page: Page) {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    const minute = Math.min(Math.ceil((now.getHours() * 60 + now.getMinutes()) / 15) * 15, 23 * 60);
    return { date, minute };
  });
}

async function createAdministrator(page: Page) {
  await expect(page.getByText('No user accounts yet')).toBeVisible();
  await page.getByRole('button', { name: 'Create the administrator account' }).click();
  await typeInto(page, 'Full name', ADMIN.displayName);
  await typeInto(page, 'Initials', ADMIN.initials);
  await typeInto(page, 'New password', ADMIN.secret);
  await typeInto(page, 'Type it again', ADMIN.secret);
  await page.getByRole('button', { name: 'Create and sign in' }).click();
  await expect(page.getByTestId('session-user')).toHaveText(`Signed in: ${ADMIN.displayName} (${ADMIN.initials})`);
}

/** Center, patient and pembrolizumab plan, booked, its first dose ordered and verified; the nurse signed in. */
async function bookPlan(page: Page): Promise<{ appointmentId: string; patientId: string; date: string }> {
  const { date, minute } = await todayAndSoon(page);
  await invoke(page, 'settings:update', {
    centerName: 'Hôpital de jour Saint-Laurent',
    centerPhone24h: '+1 514 555 0199',
  });
  const chair = await invoke(page, 'center:save-chair', { name: 'Chair 1' });
  const staff = await invoke(page, 'center:save-nurse', { displayName: 'Avery Lindqvist', initials: 'AL' });
  const shifts = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, startMinute: 0, endMinute: 1440 }));
  await invoke(page, 'center:save-shifts', { nurseId: staff.id, shifts });
  await invoke(page, 'users:create', NURSE);
  await invoke(page, 'users:create', PHARMACIST);
  const patient = await invoke(page, 'patients:create', { ...PATIENT, sex: 'female', preferredLanguage: 'en' });
  const plan = await invoke(page, 'plans:create', {
    kind: 'regimen',
    patientId: patient.id,
    regimenId: 'pembrolizumab-200-q3w',
    startDate: date,
    maxDoses: 2,
  });
  const booked = await invoke(page, 'schedule:book-dose', {
    planId: plan.id,
    doseNumber: 1,
    date,
    chairId: chair.id,
    start: minute,
  });
  await invoke(page, 'schedule:book-plan', { planId: plan.id });
  await invoke(page, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  const line = { drugId: 'pembrolizumab', doseMg: 200, route: 'IV', diluent: 'Sodium chloride 0.9 %', volumeMl: 100 };
  const order = await invoke(page, 'orders:enter', {
    planId: plan.id,
    firstDose: 1,
    lastDose: 1,
    lines: [{ ...line, infusionMinutes: 30, rateMlPerHour: 200 }],
    external: { prescriberName: 'Dr Nadia Okafor', reference: 'RX-1', readBack: true },
    secret: NURSE.secret,
  });
  await invoke(page, 'auth:sign-in', { initials: PHARMACIST.initials, secret: PHARMACIST.secret });
  await invoke(page, 'orders:verify', { orderId: order.id, secret: PHARMACIST.secret });
  await invoke(page, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  await page.reload();
  return { appointmentId: booked.id, patientId: patient.id, date };
}

async function chartCheckIn(page: Page, appointmentId: string) {
  await page.evaluate((id) => (location.hash = `#/chairside/visit/${id}`), appointmentId);
  await expect(page.getByTestId('patient-banner')).toContainText(PATIENT.mrn);
  await typeInto(page, 'Name the patient gives', `${PATIENT.givenName} ${PATIENT.familyName}`);
  await typeInto(page, 'Date of birth', PATIENT.birthDate);
  await page.getByRole('button', { name: 'Confirm identity and sign the check-in' }).click();
  await expect(page.getByTestId('visit-phase')).toContainText('Checked in');
}

async function saveHandout(app: ElectronApplication, page: Page, patientId: string) {
  // The save dialog is the operating system's: answer it from main, as a nurse choosing a file would.
  await app.evaluate(({ dialog }, file) => {
    dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: file });
  }, savedPdf);
  await page.evaluate((id) => (location.hash = `#/handouts/${id}`), patientId);
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.getByTestId('handout-outcome')).toContainText('recorded in the chart as education given');
  expect(readFileSync(savedPdf).subarray(0, 5).toString()).toBe('%PDF-');
}

test('starts, runs a first day (administrator, plan, check-in, handout PDF), quits, and finds it all after a restart', async () => {
  test.setTimeout(180_000);
  const first = await launch();
  const page = await first.firstWindow();
  expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  await createAdministrator(page);
  const { appointmentId, patientId, date } = await bookPlan(page);
  await chartCheckIn(page, appointmentId);
  await saveHandout(first, page, patientId);
  await first.close();

  const second = await launch();
  const again = await second.firstWindow();
  await expect(again.getByRole('heading', { level: 1, name: 'Sign in to Chairside' })).toBeVisible();
  await typeInto(again, 'Or type your initials', NURSE.initials);
  await again.keyboard.press('Tab');
  await again.keyboard.type(NURSE.secret);
  await again.keyboard.press('Enter');
  await expect(again.getByTestId('db-path')).toContainText(database);
  await again.evaluate((d) => (location.hash = `#/schedule/${d}`), date);
  await expect(again.getByTestId('appointment-block')).toHaveCount(1);
  await again.evaluate((id) => (location.hash = `#/chairside/visit/${id}`), appointmentId);
  await expect(again.getByTestId('visit-phase')).toContainText('Checked in');
  await again.evaluate((id) => (location.hash = `#/handouts/${id}`), patientId);
  await expect(again.getByTestId('education-given')).toContainText('Pembrolizumab');
  await second.close();
  expect(existsSync(database)).toBe(true);
});
