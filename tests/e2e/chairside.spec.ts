import { writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { normalizePdfText, pdfToText } from '../support/pdf';
import type { fixedClock } from '../../electron/main/core/clock';
import type { BrowserApp } from '../harness/app';
import { CHARGE, NURSE } from '../support/auth';
import { expect, test, typeInto } from './fixtures';
import { consentAndEducation, dayBeforeLabs, readyPolicy } from './ready-support';
import { core, releasePembrolizumab, setCenter, setLanguage, setUp } from './visit-setup';

// The charting issue's Done-when, at the chairside: (a) check-in, assessment, a second nurse's double check,
// pembrolizumab started, a grade 2 infusion reaction treated with diphenhydramine, rechallenged at 50 % and
// signed, and the reaction flag on the day view; (b) a CAR T patient on day 3 graded CRS 2 and ICANS 1.

const TODAY = '2026-11-27';
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });

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

async function expectSaved(page: Page | Locator) {
  await expect(page.getByTestId('entry-state').first()).toContainText(/Draft saved \d{2}:\d{2}|Brouillon enregistré/);
}

const type = typeInto;

/**
 * Moves the core's frozen clock on, in steps of a few minutes with the nurse active at each (as at a real
 * chair), so the idle lock does not close the session meanwhile.
 */
async function setClock(app: BrowserApp, iso: string) {
  const clock = app.clock as ReturnType<typeof fixedClock>;
  const target = new Date(iso).getTime();
  while (clock.now().getTime() < target) {
    clock.set(new Date(Math.min(target, clock.now().getTime() + 5 * 60_000)).toISOString());
    await core(app, 'auth:activity', {});
  }
}

/** A printed PDF's text (pdftotext), for what the patient takes home. */
async function pdfTextOf(pdf: Uint8Array): Promise<string> {
  const path = test.info().outputPath(`printed-${Date.now()}.pdf`);
  writeFileSync(path, pdf);
  return pdfToText(path);
}

test('a whole chairside day, typed like a person: check-in, assessment, blind double check, reaction with decimals in both languages, restart at 50 %, observation, completed, a side effect with Hold holding the next dose', async ({
  openApp,
}) => {
  test.setTimeout(180_000);
  const app = await openApp({ now: `${TODAY}T09:30:00Z` });
  const { page } = app;
  const { chairId, planId, patientId } = await setUp(
    app,
    { kind: 'regimen', regimenId: 'pembrolizumab-200-q3w', startDate: TODAY, maxDoses: 3 },
    { mrn: 'DEMO-007301', familyName: 'Okonkwo-Reyes', givenName: 'Marisol', allergies: 'No known allergies' },
  );
  const booked = await core(app, 'schedule:book-dose', { planId, doseNumber: 1, date: TODAY, chairId, start: 600 });
  await core(app, 'schedule:book-plan', { planId });
  await releasePembrolizumab(app, planId, 1);
  await readyPolicy(app);
  await consentAndEducation(app, patientId, planId);
  await dayBeforeLabs(app, patientId);
  await page.reload();
  await expect(page.getByTestId('session-user')).toHaveText('Signed in: Marie Tremblay (MT)');

  // From the day view to the chairside.
  await page.goto(`${app.url}#/schedule/${TODAY}`);
  await page.getByTestId('appointment-block').click();
  await page.getByTestId('open-chairside').click();
  await expect(page.getByTestId('patient-banner')).toContainText('DEMO-007301');
  await expect(page.getByTestId('step-administration')).toContainText('(after check-in)');

  // Check-in: a wrong date of birth is a hard stop; the wristband scan then checks the patient in.
  await type(page.getByLabel('Name the patient gives'), 'Marisol Okonkwo-Reyes');
  await type(page.getByLabel('Date of birth'), '1962-04-19');
  await page.getByRole('button', { name: 'Confirm identity and sign the check-in' }).click();
  await expect(page.getByTestId('hard-stop')).toContainText('Not matching: date of birth');
  await shot(page, 'chairside-01-hard-stop.png');
  await page.getByRole('button', { name: 'Start the check-in again' }).click();
  await type(page.getByLabel('Name the patient gives'), 'okonkwo-reyes marisol');
  await page.getByLabel(/MRN \(type it or scan/).click();
  await page.keyboard.type('DEMO-007301', { delay: 4 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('scanned')).toContainText('Wristband scanned');
  await page.getByRole('button', { name: 'Confirm identity and sign the check-in' }).click();
  await expect(page.getByTestId('checked-in')).toContainText('name + MRN · wristband scanned');
  await expect(page.getByTestId('visit-phase')).toContainText('Checked in');
  await expect(page.getByTestId('step-administration')).toContainText('(after the assessment)');

  // Assessment: 379 (a slip for 37.9) is kept as typed and said beside the field; 38.2 °C is flagged.
  await page.getByTestId('step-assessment').click();
  const temperature = page.getByLabel('Temperature (°C)');
  await type(temperature, '379');
  await temperature.press('Tab');
  await expect(page.locator('.field-error').first()).toContainText('Above 45 °C, the highest value accepted here');
  await expect(temperature).toHaveValue('379');
  await type(temperature, '38.2');
  await expect(temperature).toHaveValue('38.2');
  await expect(page.getByTestId('flag-temperatureC')).toContainText('Above the center flag (38 °C)');
  const vitals: Record<string, string> = {
    'Heart rate (/min)': '84',
    'BP systolic (mmHg)': '126',
    'BP diastolic (mmHg)': '78',
    'Respiratory rate (/min)': '16',
    'SpO2 (%)': '97',
    'Weight (kg)': '64.5',
    'Pain (/10)': '1',
  };
  for (const [label, value] of Object.entries(vitals)) await type(page.getByLabel(label, { exact: true }), value);
  for (const organ of ['Lungs', 'Intestines', 'Liver', 'Hormone glands', 'Kidneys', 'Skin']) {
    await page.getByRole('button', { name: `No to the rest of ${organ}` }).click();
  }
  await answer(page, 'Premedication', 'Not required');
  await type(page.getByLabel(/Corticosteroids now/), '0');
  await expectSaved(page);
  // 38.2 °C is a vital-sign flag: Ready to treat holds for the prescriber, who releases it by phone.
  const ready = page.getByTestId('ready-panel');
  await expect(ready.getByTestId('ready-line-vitals')).toHaveAttribute('data-status', 'not-met');
  await expect(ready.getByTestId('ready-outcome')).toHaveText('Hold for the prescriber');
  await type(ready.getByLabel('Prescriber who gave the order'), 'Dr Nadia Okafor');
  await type(ready.getByLabel('Order time (HH:mm)'), '09:25');
  await type(ready.getByLabel('The prescriber’s reason'), 'Low-grade temperature, no infection signs: treat today.');
  await ready.getByRole('button', { name: 'Record the release' }).click();
  await expect(ready.getByTestId('ready-outcome')).toContainText('Hold released by Dr Nadia Okafor (09:25)');
  await shot(page, 'chairside-02-assessment.png');
  await page.getByRole('button', { name: 'Sign the assessment' }).click();
  await expect(page.getByTestId('entry-state')).toContainText('Signed by Marie Tremblay (MT)');
  await expect(page.getByTestId('visit-phase')).toContainText('Assessed');
  expect(await minTargetSize(page)).toBeGreaterThanOrEqual(44);
  const assessment = app.core.store
    .prepare<{ payload: string }>("SELECT payload FROM chart_entry WHERE kind = 'assessment' AND status = 'signed'")
    .get();
  expect((JSON.parse(assessment!.payload) as { vitals: unknown }).vitals).toMatchObject({
    temperatureC: 38.2,
    weightKg: 64.5,
  });

  // Administration: the first nurse reads the bag; the second nurse reads it blind; a mismatch blocks.
  await page.getByTestId('step-administration').click();
  const card = page.getByTestId('drug-pembrolizumab');
  await expect(card).toContainText('1. Pembrolizumab (Keytruda) — 200 mg IV');
  const first = card.getByTestId('bag-first');
  await first.getByLabel('Drug on the label').selectOption({ label: 'Pembrolizumab (Keytruda)' });
  await type(first.getByLabel('Dose on the label (mg)'), '200');
  await type(first.getByLabel('Volume in the bag (mL)'), '100');
  await type(first.getByLabel('Rate set on the pump (mL/h)'), '200');
  await first.getByLabel('Route').selectOption('IV');
  await type(first.getByLabel('Lot number'), 'KX4417');
  await type(first.getByLabel('Expiry date'), '2027-01-31');
  await card.getByLabel('Line').selectOption('peripheral');
  await type(card.getByLabel('Site'), 'Left forearm');
  await answer(card, 'In-line filter used', 'Yes');
  await expect(card.getByTestId('start-blocked')).toContainText('Not double-checked yet');
  await expect(card.getByRole('button', { name: 'Start', exact: true })).toBeDisabled();

  async function doubleCheck(dose: string) {
    await card.getByRole('button', { name: 'Independent double check…' }).click();
    const dialog = page.getByRole('dialog', { name: /Independent double check/ });
    await expect(dialog.getByRole('radio', { name: /Marie Tremblay/ })).toHaveCount(0);
    const second = dialog.getByTestId('bag-second');
    // Blind: nothing of the first nurse's reading is on the second nurse's form.
    await expect(second.getByLabel('Lot number')).toHaveValue('');
    await dialog.getByRole('radio', { name: 'Chloé Charge (CC)' }).check();
    await second.getByLabel('Drug on the label').selectOption({ label: 'Pembrolizumab (Keytruda)' });
    await type(second.getByLabel('Dose on the label (mg)'), dose);
    await type(second.getByLabel('Volume in the bag (mL)'), '100');
    await type(second.getByLabel('Rate set on the pump (mL/h)'), '200');
    await second.getByLabel('Route').selectOption('IV');
    await type(second.getByLabel('Lot number'), 'kx4417');
    await type(second.getByLabel('Expiry date'), '2027-01-31');
    await type(dialog.getByLabel('Second nurse’s PIN or password'), CHARGE.secret);
    await shot(page, `chairside-03-double-check-${dose}.png`);
    await dialog.getByRole('button', { name: 'Verify and sign the double check' }).click();
    return dialog;
  }
  let dialog = await doubleCheck('20');
  await expect(dialog.getByTestId('check-results')).toContainText('Dose: does not match');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(card.getByTestId('start-blocked')).toContainText('found a difference');
  await setClock(app, `${TODAY}T09:31:00Z`);
  dialog = await doubleCheck('200');
  await expect(dialog.getByTestId('check-summary')).toContainText('both readings match the order');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await card.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(card.getByTestId('infusion-status')).toContainText('Running since 09:31 at 200 mL/h');
  await expect(card.getByTestId('infusion-status')).toContainText('expected end 10:01');
  await expect(page.getByTestId('visit-phase')).toContainText('Infusing');
  await shot(page, 'chairside-04-infusing.png');

  // A grade 2 reaction, typed in English: stopped for the reaction, vitals 37.9, epinephrine 0.5 mg.
  await setClock(app, `${TODAY}T09:40:00Z`);
  await page.getByTestId('step-reaction').click();
  await page.getByRole('button', { name: 'Now: Onset time' }).click();
  await page.getByRole('button', { name: 'Stop the infusion now' }).click();
  await expect(page.getByTestId('reaction-infusion')).toContainText('Interrupted at 09:40');
  await expect(page.getByTestId('visit-phase')).toContainText('Interrupted');
  await page.getByLabel('Flushing').check();
  await page.getByRole('button', { name: 'Add vital signs' }).click();
  const row = page.getByTestId('vitals-row-0');
  await type(row.getByLabel('Temperature (°C)'), '37.9');
  await type(row.getByLabel('Heart rate (/min)'), '108');
  await type(row.getByLabel('SpO2 (%)'), '95');
  await page.getByRole('button', { name: 'Add a medication' }).click();
  const med = page.getByTestId('medication-0');
  await type(med.getByLabel('Medication'), 'Epinephrine');
  await type(med.getByLabel('Dose (mg)'), '0.5');
  await med.getByLabel('Route').selectOption('IM');
  await expect(med.getByLabel('Dose (mg)')).toHaveValue('0.5');
  await answer(page, /Life-threatening consequences/, 'No');
  await answer(page, /hospitalization indicated/, 'No');
  await answer(page, /Did symptoms come back/, 'No');
  await answer(page, /Was the infusion interrupted/, 'Yes');
  await answer(page, /Did it respond promptly/, 'Yes');
  await page
    .getByTestId('grade-definitions')
    .getByRole('radio', { name: /Grade 2 — suggested/ })
    .check();
  await expectSaved(page);

  // The rest in French: a second set of vitals 38,4 and a second dose 0,5 mg, typed with a comma.
  await setLanguage(app, 'fr');
  await page.getByRole('button', { name: 'Ajouter des signes vitaux' }).click();
  const row2 = page.getByTestId('vitals-row-1');
  await type(row2.getByLabel('Température (°C)'), '38,4');
  await page.getByRole('button', { name: 'Ajouter un médicament' }).click();
  const med2 = page.getByTestId('medication-1');
  await type(med2.getByLabel('Médicament'), 'Diphenhydramine');
  await type(med2.getByLabel('Dose (mg)'), '25,5');
  await med2.getByLabel('Dose (mg)').press('Tab');
  await expect(med2.getByLabel('Dose (mg)')).toHaveValue('25,5');
  await expectSaved(page);
  await setLanguage(app, 'en');
  await setClock(app, `${TODAY}T09:50:00Z`);
  await page.getByRole('button', { name: 'Restart at 50 % (100 mL/h)' }).click();
  await expect(page.getByTestId('reaction-stop')).toContainText('restarted at 09:50 at 100 mL/h (50 %)');
  await answer(page, 'Outcome', 'Resolved');
  await expectSaved(page);
  await shot(page, 'chairside-05-reaction.png');
  await page.getByRole('button', { name: 'Sign the reaction' }).click();
  await expect(page.getByTestId('entry-state')).toContainText('Signed by Marie Tremblay (MT)');
  await expect(page.getByTestId('reaction-alert')).toContainText('Infusion reaction grade 2 (Pembrolizumab (Keytruda)');
  const reaction = app.core.store
    .prepare<{ payload: string }>("SELECT payload FROM chart_entry WHERE kind = 'reaction' AND status = 'signed'")
    .get();
  expect(JSON.parse(reaction!.payload)).toMatchObject({
    grade: 2,
    vitalsSeries: [{ temperatureC: 37.9, heartRate: 108, spo2: 95 }, { temperatureC: 38.4 }],
    medications: [
      { name: 'Epinephrine', dose: 0.5, unit: 'mg', route: 'IM' },
      { name: 'Diphenhydramine', dose: 25.5, unit: 'mg' },
    ],
    infusion: { interruptedAt: '09:40', rateBefore: 200, restartedAt: '09:50', restartRate: 100, restartPercent: 50 },
  });

  // The administration record tells the same story: the interruption, the new rate, the new expected end.
  await page.getByTestId('step-administration').click();
  await expect(card.getByTestId('interruptions')).toContainText(
    'Interrupted 09:40–09:50: 200 mL/h before, restarted at 100 mL/h',
  );
  // 100 mL at 200 mL/h for 9 min leaves 70 mL, at 100 mL/h from 09:50: 42 min → 10:32.
  await expect(card.getByTestId('infusion-status')).toContainText('Running since 09:31 at 100 mL/h');
  await expect(card.getByTestId('infusion-status')).toContainText('expected end 10:32');
  await setClock(app, `${TODAY}T10:32:00Z`);
  await card.getByRole('button', { name: 'Stop: whole dose given' }).click();
  await expect(page.getByTestId('visit-phase')).toContainText('Observation');
  await card.getByRole('button', { name: 'Sign the administration' }).click();
  await expect(card.getByTestId('entry-state')).toContainText('Signed by Marie Tremblay (MT)');
  const administration = app.core.store
    .prepare<{ payload: string }>("SELECT payload FROM chart_entry WHERE kind = 'administration' AND status = 'signed'")
    .get();
  expect((JSON.parse(administration!.payload) as { infusion: unknown }).infusion).toMatchObject({
    startTime: '09:31',
    stopTime: '10:32',
    currentRate: 100,
    interruptions: [{ from: '09:40', to: '09:50', rateBefore: 200, restartRate: 100 }],
  });
  await shot(page, 'chairside-06-observation.png');

  // The patient leaves during observation: a reason is asked, then the visit is completed everywhere.
  await page.getByRole('button', { name: 'End the visit (patient leaves)' }).click();
  const end = page.getByRole('dialog', { name: 'End the visit' });
  await type(end.getByRole('textbox'), 'Observed 20 min after the reaction, vitals normal; prescriber agrees');
  await end.getByRole('button', { name: 'End the visit' }).click();
  await expect(page.getByTestId('visit-phase')).toContainText('Completed');

  // Readable at half a 1366 px screen: nothing wider than 683 px.
  await page.setViewportSize({ width: 683, height: 860 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(683);
  await page.setViewportSize({ width: 1366, height: 860 });

  // The day view follows the visit, with the reaction flag from now on.
  await page.goto(`${app.url}#/schedule/${TODAY}`);
  await expect(page.getByTestId('appointment-block')).toHaveAccessibleName(/Reaction history/);
  await expect(page.getByTestId('appointment-block')).toHaveAccessibleName(/Completed/);
  await shot(page, 'chairside-07-day-view.png');
  await page.goto(`${app.url}#/patients/${patientId}`);
  await expect(page.getByTestId('reaction-alert')).toBeVisible();

  // A side effect charted with action Hold puts the plan on hold: the next dose is held on the day view and
  // drops out of the printed take-home sheet's next appointments.
  const plan = await core<{ doses: { doseNumber: number; appointment: { date: string } | null }[] }>(app, 'plans:get', {
    planId,
  });
  const next = plan.doses.find((d) => d.doseNumber === 2)!.appointment!.date;
  await page.goto(`${app.url}#/chairside/visit/${booked.id}/side-effects`);
  await type(page.getByLabel('CTCAE term'), 'colitis');
  await page
    .getByTestId('ctcae-results')
    .getByRole('button', { name: /^Colitis/ })
    .click();
  await page.getByRole('radio', { name: /^Grade 2/ }).check();
  await type(page.getByLabel('Onset date'), TODAY);
  await page.getByLabel('Attribution').selectOption('probable');
  // The organ's rule with its source, and the offer to hold the plan (which checks the Hold action).
  const organ = page.getByTestId('organ-guidance');
  await expect(organ).toContainText('Colitis / diarrhoea, grade 2');
  await expect(organ).toContainText('Pembrolizumab (Keytruda): Withhold (hold the dose)');
  await expect(organ).toContainText('prednisone is 10 mg/day or less');
  await shot(page, 'chairside-07b-organ-guidance.png');
  await organ.getByTestId('offer-hold').click();
  await expect(page.getByLabel('Hold', { exact: true })).toBeChecked();
  await expectSaved(page);
  await page.getByRole('button', { name: 'Sign the side effect' }).click();
  await expect(page.getByTestId('entry-state').first()).toContainText('Signed by Marie Tremblay (MT)');
  await page.goto(`${app.url}#/schedule/${next}`);
  await expect(page.getByTestId('worklist')).toContainText(
    /Held.*Colitis grade 2 \(CTCAE v5\.0\) charted with action Hold/,
  );
  await shot(page, 'chairside-08-next-dose-held.png');
  await setCenter(app, { centerName: 'Hôpital de jour Saint-Laurent', centerPhone24h: '+1 514 555 0199' });
  await page.goto(`${app.url}#/handouts/${patientId}`);
  await expect(page.getByText('None booked: the sheet says the team will call.')).toBeVisible();
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.getByTestId('handout-outcome')).toHaveText(/Printed and recorded in the chart/);
  const printed = normalizePdfText(await pdfTextOf(app.platform.printed[0]!.pdf));
  expect(printed).toContain('Your team will call you with your next date.');
  expect(printed).not.toMatch(new RegExp(String(Number(next.slice(8, 10))) + ' \\w+ ' + next.slice(0, 4)));
});

test('Lock mid-typing keeps the text: after unlock the same form opens with it', async ({ openApp }) => {
  const app = await openApp({ now: `${TODAY}T09:30:00Z` });
  const { page } = app;
  const { chairId, planId } = await setUp(
    app,
    { kind: 'regimen', regimenId: 'pembrolizumab-200-q3w', startDate: TODAY, maxDoses: 3 },
    { mrn: 'DEMO-007302', familyName: 'Lindgren', givenName: 'Ines' },
  );
  const booked = await core(app, 'schedule:book-dose', { planId, doseNumber: 1, date: TODAY, chairId, start: 600 });
  await core(app, 'charting:check-in', {
    appointmentId: booked.id,
    name: 'Ines Lindgren',
    dateOfBirth: '1962-09-14',
    clientRequestId: crypto.randomUUID(),
  });
  await page.goto(`${app.url}#/chairside/visit/${booked.id}/assessment`);
  await type(page.getByLabel('Temperature (°C)'), '37,2');
  const notes = page.getByLabel('Notes on the symptoms');
  await notes.click();
  await notes.pressSequentially('Mild fatigue since Tuesday');
  // No pause: Lock right after the last key.
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByText('Chairside is locked')).toBeVisible();
  await expect(page.getByText('Mild fatigue since Tuesday')).toHaveCount(0);
  await type(page.getByLabel('PIN', { exact: true }), NURSE.secret);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Notes on the symptoms')).toHaveValue('Mild fatigue since Tuesday');
  await expect(page.getByLabel('Temperature (°C)')).toHaveValue('37.2');
  await expectSaved(page);
  const stored = app.core.store
    .prepare<{ payload: string }>("SELECT payload FROM chart_entry WHERE kind = 'assessment'")
    .get();
  expect(JSON.parse(stored!.payload)).toMatchObject({
    screenNotes: 'Mild fatigue since Tuesday',
    vitals: { temperatureC: 37.2 },
  });
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
  await typeInto(page.getByLabel('Temperature (°C)'), '38.9');
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
  await expect(page.getByTestId('trend-table')).toContainText('Day 3 (27 Nov 2026');
  await expect(page.getByTestId('trend-table')).toContainText('38.9 °C');
  expect(await minTargetSize(page)).toBeGreaterThanOrEqual(44);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(683);
  await shot(page, 'chairside-08-car-t-683px.png');

  // A signed assessment is corrected as a new version with a reason; main grades the correction again.
  await page.getByRole('button', { name: 'Correct…' }).click();
  await typeInto(page.getByLabel('Temperature (°C)'), '39.2');
  await page.getByRole('button', { name: 'Save the correction' }).click();
  await typeInto(
    page.getByLabel('Reason (kept with the new version)'),
    'Temperature re-measured with a second thermometer',
  );
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

test('“Draft saved” only when the latest change is stored: a refused value is kept as typed, a failed save says why once', async ({
  openApp,
}) => {
  const app = await openApp({ now: `${TODAY}T09:30:00Z` });
  const { page } = app;
  const { chairId, planId } = await setUp(
    app,
    { kind: 'regimen', regimenId: 'pembrolizumab-200-q3w', startDate: TODAY, maxDoses: 3 },
    { mrn: 'DEMO-007303', familyName: 'Varga', givenName: 'Noémi' },
  );
  const booked = await core(app, 'schedule:book-dose', { planId, doseNumber: 1, date: TODAY, chairId, start: 600 });
  await core(app, 'charting:check-in', {
    appointmentId: booked.id,
    name: 'Noémi Varga',
    dateOfBirth: '1962-09-14',
    clientRequestId: crypto.randomUUID(),
  });
  await page.goto(`${app.url}#/chairside/visit/${booked.id}/assessment`);

  // 379 °C (a slip) is saved in the draft as typed; signing is refused, naming the field in words.
  await type(page.getByLabel('Temperature (°C)'), '379');
  await expectSaved(page);
  const draftRow = () =>
    app.core.store
      .prepare<{ id: string; payload: string }>("SELECT id, payload FROM chart_entry WHERE kind = 'assessment'")
      .get()!;
  expect((JSON.parse(draftRow().payload) as { vitals: { temperatureC: unknown } }).vitals.temperatureC).toBe(379);
  await page.getByRole('button', { name: 'Sign the assessment' }).click();
  await expect(page.getByTestId('sign-problem')).toContainText('Temperature: Temperature must be between 25 and 45 °C');
  await expect(page.getByTestId('sign-problem')).not.toContainText('payload');

  // Someone else's save makes this screen's copy stale: the footer says it is not saved, and why, once.
  const updates = () =>
    app.core.store.prepare<{ n: number }>("SELECT count(*) AS n FROM audit_event WHERE action = 'update'").get()!.n;
  const row = draftRow();
  await setClock(app, `${TODAY}T09:31:00Z`);
  await core(app, 'charting:save-draft', {
    id: row.id,
    patientId: (await core<{ patientId: string }>(app, 'charting:context', { appointmentId: booked.id })).patientId,
    appointmentId: booked.id,
    kind: 'assessment',
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    clientRequestId: crypto.randomUUID(),
  });
  const before = updates();
  await type(page.getByLabel('Heart rate (/min)'), '88');
  await expect(page.getByTestId('entry-state')).toContainText(
    'Not saved: This draft was saved again since you opened it',
  );
  await expect(page.getByTestId('entry-state')).not.toContainText('Draft saved');
  await page.waitForTimeout(3000);
  expect(updates()).toBe(before);
  await shot(page, 'chairside-08-not-saved.png');
});
