import type { Locator, Page } from '@playwright/test';
import type { BrowserApp } from '../harness/app';
import { ADMIN, CHARGE, NURSE } from '../support/auth';
import { expect, test } from './fixtures';

// The charting issue's Done-when, at the chairside: (a) check-in, assessment, a second nurse's double check,
// pembrolizumab started, a grade 2 infusion reaction treated with diphenhydramine, rechallenged at 50 % and
// signed, and the reaction flag on the day view; (b) a CAR T patient on day 3 graded CRS 2 and ICANS 1.

const TODAY = '2026-11-27';
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });

async function core<T = { id: string }>(app: BrowserApp, channel: string, input: unknown): Promise<T> {
  const result = await app.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** Center, patient and plan through the app's channels (setup mode), then the nurses; Marie is signed in. */
async function setUp(app: BrowserApp, plan: Record<string, unknown>, patient: Record<string, unknown>) {
  const chair = await core(app, 'center:save-chair', { name: 'Chair 1' });
  const staff = await core(app, 'center:save-nurse', { displayName: 'Avery Lindqvist', initials: 'AL' });
  const shifts = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 465, endMinute: 1035 }));
  await core(app, 'center:save-shifts', { nurseId: staff.id, shifts });
  const p = await core(app, 'patients:create', { birthDate: '1962-09-14', sex: 'female', ...patient });
  const created = await core(app, 'plans:create', { patientId: p.id, ...plan });
  await core(app, 'auth:setup-admin', ADMIN);
  await core(app, 'users:create', NURSE);
  await core(app, 'users:create', CHARGE);
  await core(app, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  return { chairId: chair.id, patientId: p.id, planId: created.id };
}

async function minTargetSize(page: Page): Promise<number> {
  const sizes = await page
    .locator(
      '.cs-tab button:visible, .cs-tab input:visible:not([type=radio]):not([type=checkbox]), .cs-tab select:visible, .cs-choice:visible',
    )
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
  return Math.min(...sizes);
}

const group = (page: Page | Locator, name: string | RegExp) => page.getByRole('group', { name });

async function answer(scope: Page | Locator, legend: string | RegExp, choice: string) {
  await group(scope, legend).getByLabel(choice, { exact: true }).check();
}

async function expectSaved(page: Page) {
  await expect(page.getByTestId('entry-state').first()).toContainText(/Draft saved \d{2}:\d{2}/);
}

test('a nurse checks in, assesses, gets a double check, starts pembrolizumab, charts a grade 2 reaction and rechallenges at 50 %', async ({
  openApp,
}) => {
  const app = await openApp({ now: `${TODAY}T09:30:00Z` });
  const { page } = app;
  const { chairId, planId, patientId } = await setUp(
    app,
    { kind: 'regimen', regimenId: 'pembrolizumab-200-q3w', startDate: TODAY, maxDoses: 3 },
    { mrn: 'DEMO-007301', familyName: 'Okonkwo-Reyes', givenName: 'Marisol', allergies: 'No known allergies' },
  );
  await core(app, 'schedule:book-dose', { planId, doseNumber: 1, date: TODAY, chairId, start: 600 });
  await page.reload();
  await expect(page.getByTestId('session-user')).toHaveText('Signed in: Marie Tremblay (MT)');

  // From the day view to the chairside.
  await page.goto(`${app.url}#/schedule/${TODAY}`);
  await page.getByTestId('appointment-block').click();
  await page.getByTestId('open-chairside').click();
  await expect(page.getByTestId('patient-banner')).toContainText('DEMO-007301');
  await expect(page.getByTestId('step-administration')).toContainText('(after check-in)');

  // Check-in: a wrong date of birth is a hard stop; the wristband scan then checks the patient in.
  await page.getByLabel('Name the patient gives').fill('Marisol Okonkwo-Reyes');
  await page.getByLabel('Date of birth').fill('1962-04-19');
  await page.getByRole('button', { name: 'Confirm identity and sign the check-in' }).click();
  await expect(page.getByTestId('hard-stop')).toContainText('STOP — the identifiers do not match this patient');
  await expect(page.getByTestId('hard-stop')).toContainText('Not matching: date of birth');
  await expect(page.getByRole('button', { name: /Confirm identity/ })).toHaveCount(0);
  await shot(page, 'chairside-01-hard-stop.png');
  await page.getByRole('button', { name: 'Start the check-in again' }).click();
  await page.getByLabel('Name the patient gives').fill('okonkwo-reyes marisol');
  await page.getByLabel(/MRN \(type it or scan/).click();
  await page.keyboard.type('DEMO-007301', { delay: 4 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('scanned')).toContainText('Wristband scanned');
  await page.getByRole('button', { name: 'Confirm identity and sign the check-in' }).click();
  await expect(page.getByTestId('checked-in')).toContainText('Checked in by Marie Tremblay (MT)');
  await expect(page.getByTestId('checked-in')).toContainText('name + MRN · wristband scanned');
  await page.getByRole('button', { name: 'Patient is in the chair' }).click();
  await expect(page.getByTestId('visit-line')).toContainText('In chair');
  await shot(page, 'chairside-02-checked-in.png');

  // Pre-infusion assessment: a temperature of 60 °C is refused naming the field; 38.2 °C is flagged.
  await page.getByTestId('step-assessment').click();
  await page.getByLabel('Temperature (°C)').fill('60');
  await expect(page.locator('.field-error').first()).toContainText('Temperature must be between 25 and 45 °C');
  await page.getByLabel('Temperature (°C)').fill('38.2');
  await expect(page.getByTestId('flag-temperatureC')).toContainText('Above the center flag (38 °C)');
  const vitals: Record<string, string> = {
    'Heart rate (/min)': '84',
    'BP systolic (mmHg)': '126',
    'BP diastolic (mmHg)': '78',
    'Respiratory rate (/min)': '16',
    'SpO2 (%)': '97',
    'Weight (kg)': '64',
    'Pain (/10)': '1',
  };
  for (const [label, value] of Object.entries(vitals)) await page.getByLabel(label, { exact: true }).fill(value);
  for (const organ of ['Lungs', 'Intestines', 'Liver', 'Hormone glands', 'Kidneys', 'Skin']) {
    await page.getByRole('button', { name: `No to the rest of ${organ}` }).click();
  }
  for (const item of ['Lab results reviewed', 'Consent on file', 'Education given'])
    await page.getByLabel(item).check();
  await answer(page, 'Premedication', 'Not required');
  await expect(page.getByTestId('ready-state')).toContainText('Ready to treat: every item is done');
  await expectSaved(page);
  await shot(page, 'chairside-03-assessment.png');
  await page.getByRole('button', { name: 'Sign the assessment' }).click();
  await expect(page.getByTestId('entry-state')).toContainText('Signed by Marie Tremblay (MT)');
  expect(await minTargetSize(page)).toBeGreaterThanOrEqual(44);

  // Administration: the second nurse's independent double check, then the start and the timer.
  await page.getByTestId('step-administration').click();
  const card = page.getByTestId('drug-pembrolizumab');
  await expect(card).toContainText('1. Pembrolizumab (Keytruda) — 200 mg IV');
  await expect(card).toContainText('0.2–5 µm in-line or add-on filter');
  await card.getByLabel('Rate (mL/h)').fill('200');
  await card.getByLabel('Volume (mL)').fill('100');
  await card.getByLabel('Line').selectOption('peripheral');
  await card.getByLabel('Site').fill('Left forearm');
  await card.getByLabel('Lot number').fill('KX4417');
  await answer(card, 'In-line filter used', 'Yes');
  await expect(card.getByRole('button', { name: 'Start now' })).toBeDisabled();
  await card.getByRole('button', { name: 'Independent double check…' }).click();
  const dialog = page.getByRole('dialog', { name: /Independent double check/ });
  for (const what of ['Patient', 'Drug', 'Dose', 'Rate', 'Route'])
    await dialog.getByLabel(new RegExp(`^${what}:`)).check();
  await expect(dialog.getByRole('radio', { name: /Marie Tremblay/ })).toHaveCount(0);
  await dialog.getByRole('radio', { name: 'Chloé Charge (CC)' }).check();
  await dialog.getByLabel('Second nurse’s PIN or password').fill(CHARGE.secret);
  await shot(page, 'chairside-04-double-check.png');
  await dialog.getByRole('button', { name: 'Verify and sign the double check' }).click();
  await expect(card.getByTestId('double-check-state')).toContainText('Double-checked by Chloé Charge (CC) at 200 mL/h');
  await card.getByRole('button', { name: 'Start now' }).click();
  await expect(card.getByTestId('timer')).toContainText(/Infusing: \d{2}:\d{2} elapsed · expected 30:00/);
  await expect(page.getByTestId('visit-line')).toContainText('Infusing');
  await shot(page, 'chairside-05-infusing.png');

  // Grade 2 infusion reaction: stopped, diphenhydramine, guided grading, rechallenge at 50 %.
  await page.getByTestId('step-reaction').click();
  await page.getByRole('button', { name: 'Now: Onset time' }).click();
  await page.getByLabel('Flushing').check();
  await page.getByLabel('Itching or rash').check();
  const series = page.getByRole('group', { name: 'Vital signs during the reaction' });
  await series.getByRole('button', { name: 'Now: Time' }).click();
  for (const [label, value] of Object.entries({
    'Temperature (°C)': '37.6',
    'Heart rate (/min)': '108',
    'BP systolic (mmHg)': '112',
    'BP diastolic (mmHg)': '70',
    'Respiratory rate (/min)': '22',
    'SpO2 (%)': '95',
  })) {
    await series.getByLabel(label, { exact: true }).fill(value);
  }
  await series.getByRole('button', { name: 'Add these vitals' }).click();
  await expect(page.getByTestId('vitals-series')).toContainText('108');
  await page.getByLabel('Infusion stopped').check();
  await page.getByLabel('Medication', { exact: true }).fill('Diphenhydramine');
  await page.getByLabel('Dose (mg)').fill('25');
  await page.getByLabel('Route', { exact: true }).selectOption('IV');
  await page.getByRole('button', { name: 'Now: Given at' }).click();
  await page.getByRole('button', { name: 'Add the medication' }).click();
  await expect(page.getByTestId('medications')).toContainText('Diphenhydramine 25 mg IV');
  await answer(page, /Life-threatening consequences/, 'No');
  await answer(page, /hospitalization indicated/, 'No');
  await answer(page, /Did symptoms come back/, 'No');
  await answer(page, /Was the infusion interrupted/, 'Yes');
  await answer(page, /Did it respond promptly/, 'Yes');
  await expect(page.getByTestId('suggested-grade')).toContainText('The answers suggest grade 2');
  const grades = page.getByTestId('grade-definitions');
  await expect(grades).toContainText(
    'Therapy or infusion interruption indicated but responds promptly to symptomatic treatment',
  );
  await expect(page.getByTestId('grade-status')).toContainText('Grade texts verified');
  await grades.getByRole('radio', { name: /Grade 2 — suggested/ }).check();
  await page.getByLabel(/Restart at a reduced rate \(50 %/).check();
  await expect(page.getByTestId('new-rate')).toContainText('New rate: 100 mL/h (50 % of 200 mL/h)');
  await page.getByRole('button', { name: 'Now: Restarted at' }).click();
  await answer(page, 'Outcome', 'Resolved');
  await expectSaved(page);
  await shot(page, 'chairside-06-reaction.png');
  await page.getByRole('button', { name: 'Sign the reaction' }).click();
  await expect(page.getByTestId('entry-state')).toContainText('Signed by Marie Tremblay (MT)');
  await expect(page.getByTestId('reaction-alert')).toContainText('Infusion reaction grade 2 (Pembrolizumab (Keytruda)');

  const stored = app.core.store
    .prepare<{ payload: string }>("SELECT payload FROM chart_entry WHERE kind = 'reaction' AND status = 'signed'")
    .get();
  expect(JSON.parse(stored!.payload)).toMatchObject({
    grade: 2,
    suggestedGrade: 2,
    ctcaeVersion: '5.0',
    medications: [{ name: 'Diphenhydramine', dose: 25, unit: 'mg', route: 'IV' }],
    rechallenge: { rateBeforeMlPerHour: 200, percent: 50, newRateMlPerHour: 100 },
  });

  // Readable at half a 1366 px screen: nothing wider than 683 px.
  await page.setViewportSize({ width: 683, height: 860 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(683);
  await page.setViewportSize({ width: 1366, height: 860 });

  // The reaction flag on the day view, from now on.
  await page.goto(`${app.url}#/schedule/${TODAY}`);
  await expect(page.getByTestId('appointment-block')).toContainText('Reaction history');
  await shot(page, 'chairside-07-day-view-flag.png');
  await page.goto(`${app.url}#/patients/${patientId}`);
  await expect(page.getByTestId('reaction-alert')).toBeVisible();
});

test('a CAR T patient on day 3 is graded CRS 2 and ICANS 1 with ASTCT, computed again in main', async ({ openApp }) => {
  const app = await openApp({ now: `${TODAY}T09:30:00Z`, viewport: { width: 683, height: 900 } });
  const { page } = app;
  await setUp(
    app,
    {
      kind: 'car-t',
      productId: 'axicabtagene-ciloleucel',
      indicationId: 'lbcl-second-line',
      day0: '2026-11-24',
      confirmPastStart: true,
    },
    { mrn: 'DEMO-004410', familyName: 'Brennan', givenName: 'Tomas', sex: 'male' },
  );
  await page.reload();
  await page.getByRole('link', { name: 'Chairside' }).click();
  await page.getByRole('link', { name: /BRENNAN, Tomas/ }).click();
  await expect(page.getByTestId('car-t-day')).toContainText('today is day 3');
  await page.getByLabel('Temperature (°C)').fill('38.9');
  await answer(page, 'Hypotension', 'Responds to fluids (no vasopressor)');
  await answer(page, 'Hypoxia', 'None');
  await expect(page.getByTestId('crs-grade')).toContainText('CRS (ASTCT) grade 2');
  const items = [
    'Orientation: year',
    'Orientation: month',
    'Orientation: city',
    'Orientation: hospital',
    'Naming: object 1',
    'Naming: object 2',
    'Naming: object 3',
    'Follows commands',
    'Writes a standard sentence',
    'Counts backwards from 100 by 10',
  ];
  for (const [i, item] of items.entries()) await answer(page, item, i < 8 ? 'Right' : 'Wrong');
  await expect(page.getByTestId('ice-total')).toContainText('ICE 8/10');
  await answer(page, 'Level of consciousness', 'Awakens spontaneously');
  await answer(page, 'Seizure', 'None');
  await answer(page, 'Motor findings', 'None');
  await answer(page, /Raised intracranial pressure/, 'None');
  await expect(page.getByTestId('icans-grade')).toContainText('ICANS (ASTCT) grade 1');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Sign the CAR T assessment' }).click();
  await expect(page.getByTestId('entry-state')).toContainText('Signed by Marie Tremblay (MT)');
  await expect(page.getByTestId('trend-table')).toContainText('Day 3 (2026-11-27');
  await expect(page.getByTestId('trend-table')).toContainText('38.9 °C');
  expect(await minTargetSize(page)).toBeGreaterThanOrEqual(44);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(683);
  await shot(page, 'chairside-08-car-t-683px.png');

  // A signed assessment is corrected as a new version with a reason; main grades the correction again.
  await page.getByRole('button', { name: 'Correct…' }).click();
  await page.getByLabel('Temperature (°C)').fill('39.2');
  await page.getByRole('button', { name: 'Save the correction' }).click();
  await page.getByLabel('Reason (kept with the new version)').fill('Temperature re-measured with a second thermometer');
  await page.getByRole('dialog').getByRole('button', { name: 'Save the correction' }).click();
  await expect(page.getByTestId('entry-state')).toContainText('version 2');
  await page.getByTestId('step-history').click();
  await page.getByRole('button', { name: 'Show every version' }).click();
  await expect(page.getByTestId('versions')).toContainText(
    'correction: Temperature re-measured with a second thermometer',
  );
  await expect(page.getByTestId('versions')).toContainText('38.9 °C');
  await shot(page, 'chairside-09-history-versions.png');

  const stored = app.core.store
    .prepare<{ payload: string }>(
      "SELECT payload FROM chart_entry WHERE kind = 'car-t-toxicity' AND status = 'signed' AND version = 2",
    )
    .get();
  expect(JSON.parse(stored!.payload)).toMatchObject({
    crs: { grade: 2 },
    icans: { grade: 1, ice: 8 },
    gradingSystem: 'ASTCT 2019',
  });
});
