import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseIcs } from '../support/ics';
import { expect, test, typeInto } from './fixtures';
import { bookedPatient, must, setUpCenter, shot } from './schedule-support';

// The Done-when: a nurse creates a patient, starts a pembrolizumab plan, books it, sees every dose on
// the right dates in the day view, drags one to another chair, holds one and sees the later doses shift.

const PEMBRO_DATES = ['2026-11-30', '2026-12-21', '2027-01-11', '2027-02-01', '2027-02-22', '2027-03-15'];

async function createPatientInUi(page: Page) {
  await page.getByRole('link', { name: 'Patients' }).click();
  await page.getByRole('link', { name: 'New patient' }).click();
  const values: Record<string, string> = {
    MRN: 'DEMO-007301',
    'Family name': 'Okonkwo-Reyes',
    'Given name': 'Marisol',
    'Date of birth': '1962-09-14',
    'Weight (kg)': '64',
    'Weight measured on': '2026-11-24',
    Allergies: 'No known allergies',
  };
  for (const [label, value] of Object.entries(values)) await typeInto(page.getByLabel(label, { exact: true }), value);
  await page.getByLabel('Sex').selectOption('female');
  await page.getByLabel('Preferred time of day').selectOption('morning');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByTestId('patient-banner')).toContainText('DEMO-007301');
}

async function startAndBookPembrolizumab(page: Page) {
  await page.getByRole('link', { name: 'Schedule' }).click();
  await page.getByRole('link', { name: 'Plans and booking' }).click();
  await typeInto(page.getByLabel('Find a patient'), '7301');
  await page.getByRole('option', { name: /OKONKWO-REYES, Marisol/ }).click();
  await expect(page.getByTestId('patient-banner')).toContainText('DEMO-007301');
  await page.getByLabel('Regimen').selectOption({ label: 'Pembrolizumab 200 mg every 3 weeks' });
  await typeInto(page.getByLabel('First dose on'), '2026-11-30');
  await typeInto(page.getByLabel('Doses to plan'), '6');
  await page.getByRole('button', { name: 'Create plan' }).click();
  const doses = page.getByTestId('plan-doses');
  await expect(doses.locator('tbody tr')).toHaveCount(6);
  // Days are shown the reader's way; the ISO day stays in each <time dateTime> for machines.
  for (const date of PEMBRO_DATES) await expect(doses.locator(`time[datetime="${date}"]`)).toHaveCount(1);
  await expect(page.getByTestId('dose-row-1')).toContainText('Mon, 30 Nov 2026');
  await expect(doses).not.toContainText('2026-11-30');
  await expect(doses).toContainText('200 mg');
  await page.getByRole('button', { name: 'Book all doses' }).click();
  await expect(page.getByTestId('book-result')).toContainText('6 doses booked.');
  await expect(doses.getByRole('link')).toHaveCount(6);
}

test('a nurse books a pembrolizumab plan, sees every dose, drags one and holds one', async ({ openApp }) => {
  const app = await openApp({ now: '2026-11-27T09:30:00Z' });
  const { page } = app;
  await setUpCenter(app);
  await createPatientInUi(page);
  await startAndBookPembrolizumab(page);
  await shot(page, 'schedule-01-plan-booked.png');

  // Every dose is on its date in the day view, in the patient's morning window.
  for (const [i, date] of PEMBRO_DATES.entries()) {
    await page.goto(`${app.url}#/schedule/${date}`);
    const block = page.getByTestId('appointment-block');
    await expect(block).toHaveCount(1);
    await expect(block).toContainText('OKONKWO-REYES, Marisol');
    await expect(block).toHaveAccessibleName(/Pembrolizumab \(Keytruda\) 200 mg/);
    await expect(block).toHaveAccessibleName(new RegExp(`cycle ${i + 1} dose ${i + 1}, Scheduled`));
  }
  await page.goto(`${app.url}#/schedule/2026-11-30`);
  await expect(page.getByTestId('appointment-block')).toHaveAccessibleName(/Scheduled\. First dose/);
  await shot(page, 'schedule-02-day-view.png');

  // Drag dose 1 to another chair: the live check says the target is free before the drop.
  const block = page.getByTestId('appointment-block');
  const from = await block.boundingBox();
  const target = page.getByTestId('track-Chair 3');
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('no geometry');
  await page.mouse.move(from.x + 10, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, to.y + to.height / 2, { steps: 8 });
  await expect(page.getByTestId('drag-status')).toContainText('Free: Chair 3 at');
  await shot(page, 'schedule-03-dragging.png');
  await page.mouse.up();
  await expect(page.getByTestId('schedule-message')).toContainText('Moved to Chair 3');
  await expect(page.getByTestId('track-Chair 3').getByTestId('appointment-block')).toHaveCount(1);
  await shot(page, 'schedule-04-dragged.png');

  // Hold dose 2: it and every later dose move back three weeks.
  await typeInto(page.getByLabel('Date', { exact: true }), '2026-12-21');
  await expect(page.getByText('Reads as 21 Dec 2026.')).toBeVisible();
  await page.getByRole('button', { name: 'Go' }).click();
  await expect(page.getByTestId('day-date')).toHaveText('Monday, 21 December 2026');
  await page.getByTestId('appointment-block').click();
  await page.getByRole('button', { name: 'Hold dose…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hold this dose' });
  await typeInto(dialog.getByLabel('Reason'), 'Grade 2 diarrhoea: oncologist asks to hold');
  await shot(page, 'schedule-05-hold-dialog.png');
  await dialog.getByRole('button', { name: 'Hold and shift' }).click();
  await expect(page.getByTestId('schedule-message')).toContainText('Dose held. 5 doses re-booked.');
  await expect(page.getByTestId('appointment-block')).toHaveCount(0);
  await expect(page.getByTestId('worklist')).toContainText('Held');
  await shot(page, 'schedule-06-held.png');

  const shifted = ['2027-01-11', '2027-02-01', '2027-02-22', '2027-03-15', '2027-04-05'];
  for (const [i, date] of shifted.entries()) {
    await page.goto(`${app.url}#/schedule/${date}`);
    await expect(page.getByTestId('appointment-block')).toHaveAccessibleName(
      new RegExp(`cycle ${i + 2} dose ${i + 2}`),
    );
  }
  await page.getByRole('link', { name: 'Plans and booking' }).click();
  await typeInto(page.getByLabel('Find a patient'), '7301');
  await page.getByRole('option', { name: /OKONKWO-REYES, Marisol/ }).click();
  const doses = page.getByTestId('plan-doses');
  for (const date of ['2026-11-30', ...shifted])
    await expect(doses.locator(`time[datetime="${date}"]`).first()).toBeVisible();
  await expect(doses.locator('time[datetime="2026-12-21"]')).toHaveCount(0);
  await shot(page, 'schedule-07-plan-shifted.png');

  // The patient's calendar file: every upcoming visit, titled without drug or diagnosis.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Calendar file (.ics)' }).click();
  const file = await (await download).path();
  const calendar = parseIcs(readFileSync(file, 'utf8'));
  expect(calendar.events.map((e) => e.DTSTART?.slice(0, 8))).toEqual([
    '20261130',
    '20270111',
    '20270201',
    '20270222',
    '20270315',
    '20270405',
  ]);
  expect(calendar.events.every((e) => e.SUMMARY === 'Infusion appointment')).toBe(true);
  await expect(page.getByText('6 appointments in the calendar file.')).toBeVisible();
});

test('“Move to…” does with the keyboard what dragging does: focus stays in the dialog, Esc closes it', async ({
  openApp,
}) => {
  const app = await openApp({ now: '2026-11-27T09:30:00Z' });
  const { page } = app;
  await setUpCenter(app, 3);
  const { planId } = await bookedPatient(app, 1);
  await must(app, 'schedule:book-plan', { planId });
  await page.goto(`${app.url}#/schedule/2026-11-30`);

  const block = page.getByTestId('appointment-block');
  await block.focus();
  await page.keyboard.press('Enter');
  await expect(block).toHaveAttribute('aria-pressed', 'true');
  // The appointment's history, opened now, stays open through the move below and gains it (the move invalidates
  // the history's read; the panel is not remounted).
  const history = page.getByTestId('appointment-panel').locator('details.appt-history');
  await history.locator('summary').click();
  await expect(history.locator('li').last()).toContainText('— Booked');
  const moveButton = page.getByRole('button', { name: 'Move to…' });
  await moveButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Move appointment' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Date')).toBeFocused();
  // Tabbing never leaves the dialog: the page behind it is inert.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(
      await dialog.evaluate((d) => d.contains(document.activeElement) || document.activeElement === document.body),
    ).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(moveButton).toBeFocused();

  await page.keyboard.press('Enter');
  await dialog.getByLabel('Chair').selectOption({ label: 'Chair 2' });
  await dialog.getByLabel('Start time').selectOption({ label: '13:30' });
  await expect(dialog.getByTestId('move-check')).toContainText('This slot is free until 14:45.');
  await shot(page, 'schedule-08-move-dialog.png');
  // Only times within opening hours are offered: from opening, and none that would end the visit after closing.
  const offered = await dialog.getByLabel('Start time').locator('option').allTextContents();
  expect(offered[0]).toBe(await page.locator('.grid-time').first().textContent());
  expect(offered).not.toContain('16:30');
  expect(offered.at(-1)).toBe('15:45');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(page.getByTestId('schedule-message')).toContainText('Moved to Chair 2 at 13:30.');
  await expect(page.getByTestId('track-Chair 2').getByTestId('appointment-block')).toHaveAccessibleName(/^13:30–/);
  await expect(history).toHaveAttribute('open', '');
  await expect(history.locator('li').last()).toContainText('— Moved');

  // A booking made elsewhere (another window; in center mode another workstation) shows without a reload.
  const other = await bookedPatient(app, 2);
  await must(app, 'schedule:book-plan', { planId: other.planId });
  await expect(page.getByTestId('appointment-block')).toHaveCount(2);
  // The center database stops answering: the banner says since when (clinic time), and goes when it is back.
  app.core.live.setConnection('unreachable', new Date('2026-11-27T09:30:00Z'));
  await expect(page.getByTestId('connection-banner')).toHaveText(
    /Center database unreachable since \d\d:30 — your drafts are kept on this workstation/,
  );
  app.core.live.setConnection('ok', new Date('2026-11-27T09:31:00Z'));
  await expect(page.getByTestId('connection-banner')).toBeHidden();
});
