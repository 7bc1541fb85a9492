import type { Page } from '@playwright/test';
import type { BrowserApp } from '../harness/app';
import { ADMIN, CHARGE, NURSE } from '../support/auth';
import { expect, test } from './fixtures';
import { bookOneDose, core } from './visit-setup';

// The charge nurse's morning board from the keyboard alone: the proposal first; two 10:00-slot starts given to
// Marie are flagged and refused, one goes back to Avery and the board is saved; then Marie's chairside list
// shows her patient first, under "My patients".

const TODAY = '2026-11-27';
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });

async function setUp(app: BrowserApp) {
  const shifts = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 465, endMinute: 1035 }));
  for (const who of [{ displayName: 'Avery Lindqvist', initials: 'AL' }, NURSE]) {
    const nurse = await core(app, 'center:save-nurse', { displayName: who.displayName, initials: who.initials });
    await core(app, 'center:save-shifts', { nurseId: nurse.id, shifts });
  }
  const chairs = [await core(app, 'center:save-chair', { name: 'Chair 1' })];
  chairs.push(await core(app, 'center:save-chair', { name: 'Chair 2' }));
  await bookOneDose(app, {
    mrn: 'DEMO-007302',
    familyName: 'Brennan-Adeyemi',
    date: TODAY,
    start: 10 * 60,
    chairId: chairs[0]!.id,
  });
  await bookOneDose(app, {
    mrn: 'DEMO-007303',
    familyName: 'Okonkwo',
    date: TODAY,
    start: 10 * 60 + 5,
    chairId: chairs[1]!.id,
  });
  await core(app, 'auth:setup-admin', ADMIN);
  for (const user of [NURSE, CHARGE]) await core(app, 'users:create', user);
}

test('the charge nurse assigns from the keyboard and the nurse sees her patients first', async ({ openApp }) => {
  const app = await openApp({ now: `${TODAY}T07:30:00Z` });
  const { page } = app;
  await setUp(app);
  await core(app, 'auth:sign-in', { initials: CHARGE.initials, secret: CHARGE.secret });
  await page.reload();
  await page.getByRole('link', { name: 'Schedule' }).click();
  await page.getByRole('link', { name: 'Nurse assignments' }).click();
  const board = page.getByTestId('nurse-board');
  await expect(page.getByText(/Proposed assignment, not saved yet/)).toBeVisible();
  // The two first doses start at the proposal on different nurses.
  await expect(board.getByRole('region', { name: 'Avery Lindqvist' }).getByTestId('board-card')).toHaveCount(1);
  await shot(page, 'board-01-proposal.png');

  // Both to Marie, from the keyboard: focus each "assign to" list and type her name. Both start in the 10:00
  // slot, so the board warns before saving, and main refuses the save in the same words.
  const assign = async (who: string, nurse: string) => {
    await board.getByLabel(`Assign ${who} to`).focus();
    await page.keyboard.type(nurse);
  };
  await assign('BRENNAN-ADEYEMI, Colette (10:00)', 'Marie');
  await assign('OKONKWO, Colette (10:05)', 'Marie');
  const marie = board.getByRole('region', { name: NURSE.displayName });
  await expect(marie.getByTestId('board-card')).toHaveCount(2);
  const startsTogether = `${NURSE.displayName} would start more patients at 10:00 than the 1 per slot the center allows.`;
  await expect(board.getByTestId('board-problem').first()).toHaveText(`⚠ ${startsTogether}`);
  await page.getByRole('button', { name: 'Save assignments' }).press('Enter');
  await expect(page.getByRole('alert')).toContainText(startsTogether);
  await shot(page, 'board-02-refused.png');

  await assign('OKONKWO, Colette (10:05)', 'Avery');
  await expect(board.getByTestId('board-problem')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save assignments' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Assignments saved.' })).toBeVisible();
  await expect(page.getByText(`by ${CHARGE.displayName}`)).toBeVisible();
  await expect(marie.getByTestId('board-card')).toHaveCount(1);

  // Marie signs in: the board is read-only for her, and her chairside list starts with her patients.
  await core(app, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  await page.reload();
  await expect(page.getByText('Only a charge nurse changes the assignments.')).toBeVisible();
  await expect(board.getByRole('combobox')).toHaveCount(0);
  await page.getByRole('link', { name: 'Chairside' }).click();
  await expect(page.getByRole('heading', { name: 'My patients (1)' })).toBeVisible();
  await expect(page.getByTestId('my-visits')).toContainText('BRENNAN-ADEYEMI, Colette');
  await expect(page.getByTestId('other-visits')).toContainText('OKONKWO, Colette');
  await shot(page, 'board-03-my-patients.png');
});
