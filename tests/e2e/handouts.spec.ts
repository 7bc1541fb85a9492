import { execFile } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import type { BrowserApp } from '../harness/app';
import { ADMIN, NURSE } from '../support/auth';
import { makePatient } from '../support/patients';
import { normalizePdfText, pdfToText } from '../support/pdf';
import { expect, test } from './fixtures';

// The Done-when: from the day view, a nurse prints a patient's take-home sheet, and the chart then
// shows "education given". The printed PDF is read back (pdftotext) and its pages rendered to PNG to look at.

const run = promisify(execFile);
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });
const CENTER = { centerName: 'Hôpital de jour Saint-Laurent', centerPhone24h: '+1 514 555 0199' };

async function core<T>(app: BrowserApp, channel: string, input: unknown): Promise<T> {
  const result = await app.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** A center, Éloïse with two booked pembrolizumab doses, and Marie Tremblay signed in. */
async function setUp(app: BrowserApp, settings: Partial<typeof CENTER> = CENTER): Promise<string> {
  await core(app, 'settings:update', settings);
  for (const name of ['Chair 1', 'Chair 2']) await core(app, 'center:save-chair', { name });
  const nurse = await core<{ id: string }>(app, 'center:save-nurse', {
    displayName: 'Avery Lindqvist',
    initials: 'AL',
  });
  const shifts = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 465, endMinute: 1035 }));
  await core(app, 'center:save-shifts', { nurseId: nurse.id, shifts });
  const patient = await core<{ id: string }>(
    app,
    'patients:create',
    makePatient({
      givenName: 'Éloïse',
      familyName: "O'Brien-Lefèvre",
      preferredLanguage: 'fr',
      preferredWindow: 'morning',
    }),
  );
  const plan = await core<{ id: string }>(app, 'plans:create', {
    kind: 'regimen',
    patientId: patient.id,
    regimenId: 'pembrolizumab-200-q3w',
    startDate: '2026-11-30',
    maxDoses: 2,
  });
  await core(app, 'schedule:book-plan', { planId: plan.id });
  await core(app, 'auth:setup-admin', ADMIN);
  await core(app, 'users:create', NURSE);
  await core(app, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  await app.page.reload();
  return patient.id;
}

/** The share of an image's pixels that are not white: a page pdf.js drew has text and a banner on it. */
function inkShare(image: HTMLImageElement | SVGElement): number {
  const img = image as HTMLImageElement;
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const context = canvas.getContext('2d')!;
  context.drawImage(img, 0, 0);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
  return ink / (data.length / 4);
}

async function noSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

/** The smallest visible control's height (choices inside a closed <details> are not on screen). */
async function smallestTarget(page: Page): Promise<number> {
  const sizes = await page
    .locator('.handouts-screen button, .handouts-screen a.button, .handouts-screen .choice, .handouts-screen summary')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height).filter((height) => height > 0));
  return Math.min(...sizes);
}

/** Saves the PDF, checks its text, and renders every page to PNG (60 dpi) beside the test's screenshots. */
async function keepPdf(pdf: Uint8Array): Promise<{ text: string; pages: string[] }> {
  const path = test.info().outputPath('printed-handout.pdf');
  writeFileSync(path, pdf);
  const text = normalizePdfText(await pdfToText(path));
  await run('pdftoppm', ['-png', '-r', '60', path, test.info().outputPath('printed-page')]);
  const pages = readdirSync(test.info().outputPath('')).filter((f) => f.startsWith('printed-page'));
  return { text, pages };
}

test('prints a take-home sheet from the day view and the chart shows education given', async ({ openApp }) => {
  const app = await openApp({ now: '2026-11-27T09:30:00Z' });
  const { page } = app;
  const patientId = await setUp(app);

  // Day view → the appointment → "Print handout".
  await page.goto(`${app.url}#/schedule/2026-11-30`);
  await page.getByTestId('appointment-block').first().click();
  await page.getByTestId('appointment-panel').getByTestId('print-handout').click();
  await expect(page).toHaveURL(new RegExp(`#/handouts/${patientId}$`));
  await expect(page.getByTestId('patient-banner')).toContainText("O'BRIEN-LEFÈVRE");

  // Preselected: the plan's sheet, the patient's language, the center's paper (Letter unless Settings says A4).
  await expect(page.getByRole('checkbox', { name: 'Pembrolizumab (Keytruda)' })).toBeChecked();
  await expect(page.getByRole('radio', { name: /French \(patient’s preference\)/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Letter' })).toBeChecked();
  await expect(page.getByText('No take-home sheet recorded yet.')).toBeVisible();

  await page.getByRole('checkbox', { name: /wallet card/ }).check();
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('handout-outcome')).toHaveText(/Preview ready: \d+ pages/);
  // pdf.js drew every page of the real PDF in the page (no plugin, no frame): as many images as pages, not blank.
  const pageCount = Number(/(\d+) pages/.exec((await page.getByTestId('handout-outcome').textContent()) ?? '')![1]);
  const images = page.getByTestId('handout-preview').getByRole('img');
  await expect(images).toHaveCount(pageCount);
  await expect(images.first()).toHaveAccessibleName(`Page 1 of ${pageCount}`);
  expect(await images.first().evaluate(inkShare)).toBeGreaterThan(0.01);
  await shot(page, 'handouts-01-preview.png');

  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.getByTestId('handout-outcome')).toHaveText(/Printed and recorded in the chart as education given/);
  const line = /Education given: Pembrolizumab \(Keytruda\), French, 27 Nov 2026, \d\d:\d\d, Marie Tremblay/;
  await expect(page.getByTestId('education-given')).toContainText(line);
  await shot(page, 'handouts-02-printed.png');

  // What was printed: one job, the patient's sheet in French with both appointments.
  expect(app.platform.printed).toHaveLength(1);
  const { text, pages } = await keepPdf(app.platform.printed[0]!.pdf);
  expect(text).toContain("Éloïse O'Brien-Lefèvre");
  expect(text).toMatch(/lundi 30 novembre 2026 à \d\d:\d\d/);
  expect(text).toMatch(/lundi 21 décembre 2026 à \d\d:\d\d/);
  expect(text).toContain(CENTER.centerPhone24h);
  expect(pages.length).toBeGreaterThan(1);

  // The chart: the patient's page shows the education given, and the audit trail has the print.
  await page.goto(`${app.url}#/patients/${patientId}`);
  await expect(page.getByTestId('education-given')).toContainText(line);
  await shot(page, 'handouts-03-chart.png');
  const audit = app.core.store
    .prepare<{ n: number }>("SELECT count(*) AS n FROM audit_event WHERE action = 'print' AND patient_id = ?")
    .get(patientId);
  expect(audit?.n).toBe(1);
});

test('at 683 px: one column, no sideways scroll, 44 px targets, keyboard only', async ({ openApp }) => {
  const app = await openApp({ now: '2026-11-27T09:30:00Z', viewport: { width: 683, height: 900 } });
  const { page } = app;
  const patientId = await setUp(app);
  await page.goto(`${app.url}#/handouts/${patientId}`);
  await expect(page.getByRole('checkbox', { name: 'Pembrolizumab (Keytruda)' })).toBeChecked();
  expect(await noSidewaysScroll(page)).toBe(true);
  expect(await smallestTarget(page)).toBeGreaterThanOrEqual(44);
  // Keyboard: choose English, which moves the paper to Letter, then preview with Enter.
  await page.getByRole('radio', { name: /French/ }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Letter' })).toBeChecked();
  await page.getByRole('button', { name: 'Preview' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('handout-outcome')).toHaveText(/Preview ready/);
  expect(await noSidewaysScroll(page)).toBe(true);
  await shot(page, 'handouts-04-narrow.png');
});

test('without the 24-hour number, the screen says to set it in Settings → General and nothing prints', async ({
  openApp,
}) => {
  const app = await openApp({ now: '2026-11-27T09:30:00Z' });
  const { page } = app;
  const patientId = await setUp(app, { centerName: CENTER.centerName });
  await page.goto(`${app.url}#/handouts/${patientId}`);
  const alert = page.getByRole('alert').filter({ hasText: 'Settings → General' });
  await expect(alert).toContainText('the center’s 24-hour phone number');
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeDisabled();
  await expect(alert.getByRole('link', { name: 'Open Settings' })).toHaveAttribute('href', '#/settings');
  await shot(page, 'handouts-05-no-phone.png');
  expect(app.platform.printed).toEqual([]);
});
