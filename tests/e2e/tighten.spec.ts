import type { BrowserApp } from '../harness/app';
import { expect, test } from './fixtures';
import { bookOneDose, core } from './visit-setup';

// "Tighten this day" on a coming Monday booked one call at a time (three patients on three chairs, 15 minutes
// apart): the link on the day view, the proposal's table naming whose time changes, one step to apply it,
// and the day view afterwards. A fresh install (setup mode) opens every screen, so no sign-in is needed.

const TODAY = '2026-11-27';
const DAY = '2026-11-30';

async function setUp(app: BrowserApp) {
  const shifts = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 465, endMinute: 1035 }));
  for (const initials of ['AL', 'MT']) {
    const nurse = await core(app, 'center:save-nurse', { displayName: `Nurse ${initials}`, initials });
    await core(app, 'center:save-shifts', { nurseId: nurse.id, shifts });
  }
  const chairs = [];
  for (const name of ['Chair 1', 'Chair 2', 'Chair 3']) chairs.push(await core(app, 'center:save-chair', { name }));
  for (const [i, familyName] of ['Brennan', 'Okonkwo', 'Tremblay'].entries()) {
    const start = 9 * 60 + 15 * i;
    await bookOneDose(app, { mrn: `DEMO-00740${i}`, familyName, date: DAY, start, chairId: chairs[i]!.id });
  }
}

test('the charge nurse tightens a coming day and sees whose time changes', async ({ openApp }) => {
  const app = await openApp({ now: `${TODAY}T07:30:00Z` });
  const { page } = app;
  await setUp(app);
  await page.goto(`${app.url}#/schedule/${TODAY}`);
  // Today's patients may be on their way: no link on today.
  await expect(page.getByRole('link', { name: 'Tighten this day…' })).toHaveCount(0);
  await page.goto(`${app.url}#/schedule/${DAY}`);
  const link = page.getByRole('link', { name: 'Tighten this day…' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Tighten the day/ })).toBeVisible();
  await expect(page.getByText('Infusion chairs in use at the busiest time: 3 now,')).toBeVisible();
  const table = page.getByRole('table', { name: 'Proposed moves' });
  await expect(table.getByRole('row')).not.toHaveCount(1);
  await expect(table).toContainText('BRENNAN, Colette (DEMO-007400)');
  await expect(table).toContainText('New time: tell the patient');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: test.info().outputPath('tighten-1366.png'), fullPage: true });
  const apply = page.getByRole('button', { name: /^Apply \d+ moves?$/ });
  await apply.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tighten-message')).toContainText(/visits? moved: chairs at the busiest time 3 → [12]/);
  await expect(page.getByText('This day is already as tight as the planner can make it')).toBeVisible();
});
