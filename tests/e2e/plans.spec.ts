import type { Locator, Page } from '@playwright/test';
import type { BrowserApp } from '../harness/app';
import { ADMIN, CHARGE, NURSE } from '../support/auth';
import { PHARMACIST, PRESCRIBER } from '../support/orders';
import { expect, test } from './fixtures';

// The plan side of issue 9, typed like a person: an external order entered by a nurse (refused until it adds
// up), verified by a pharmacist, a prescriber's own order in French; Hold, Resume and Discontinue from the
// plan card with the held visits on the day view; a CAR T plan from the form; the allergy banner.

const TODAY = '2026-11-27';
const VIEWPORT = { width: 1366, height: 768 };
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });

async function core<T = { id: string }>(app: BrowserApp, channel: string, input: unknown): Promise<T> {
  const result = await app.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** Center, a patient with a booked pembrolizumab plan, and every kind of account; the nurse is signed in. */
async function setUp(app: BrowserApp, patient: Record<string, unknown> = {}) {
  const chair = await core(app, 'center:save-chair', { name: 'Chair 1' });
  await core(app, 'center:save-chair', { name: 'Chair 2' });
  const staff = await core(app, 'center:save-nurse', { displayName: 'Avery Lindqvist', initials: 'AL' });
  const shifts = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 465, endMinute: 1035 }));
  await core(app, 'center:save-shifts', { nurseId: staff.id, shifts });
  const p = await core(app, 'patients:create', {
    mrn: 'DEMO-007301',
    familyName: 'Okonkwo-Reyes',
    givenName: 'Marisol',
    birthDate: '1962-09-14',
    sex: 'female',
    weightKg: 64,
    weightMeasuredOn: '2026-11-24',
    allergies: 'Penicillin (rash)',
    ...patient,
  });
  const plan = await core(app, 'plans:create', {
    kind: 'regimen',
    patientId: p.id,
    regimenId: 'pembrolizumab-200-q3w',
    startDate: '2026-11-30',
    maxDoses: 4,
  });
  await core(app, 'schedule:book-plan', { planId: plan.id });
  await core(app, 'auth:setup-admin', ADMIN);
  for (const user of [NURSE, CHARGE, PRESCRIBER, PHARMACIST]) await core(app, 'users:create', user);
  await signIn(app, NURSE);
  return { chairId: chair.id, patientId: p.id, planId: plan.id };
}

async function signIn(app: BrowserApp, who: { initials: string; secret: string }) {
  await core(app, 'auth:sign-in', { initials: who.initials, secret: who.secret });
}

/** Opens the patient's plans afresh, so the screen starts from the signed-in user the core has now. */
async function openPlans(app: BrowserApp, patientId: string) {
  await app.page.goto(`${app.url}#/schedule/plans/${patientId}`);
  await app.page.reload();
  await expect(app.page.getByTestId('session-user')).toBeVisible();
  await expect(app.page.getByTestId('plan-card')).toBeVisible();
}

/** Clears a field the way a person does (select all, delete), then types. */
async function retype(field: Locator, text: string) {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Delete');
  await field.pressSequentially(text);
}

test('a nurse enters an external order, refused until it adds up; a pharmacist verifies it and the dose is released', async ({
  openApp,
}) => {
  const app = await openApp({ now: `${TODAY}T09:30:00Z`, viewport: VIEWPORT });
  const { page } = app;
  const { patientId } = await setUp(app);
  await openPlans(app, patientId);
  await expect(page.getByTestId('dose-row-1').getByTestId('dose-release')).toHaveText(/No order/);

  await page.getByRole('button', { name: 'Enter an order…' }).click();
  const form = page.getByRole('dialog', { name: /Order for Pembrolizumab/ });
  await expect(form.getByTestId('order-pembrolizumab-doseMg')).toHaveValue('200');
  await expect(form.getByTestId('order-pembrolizumab-infusionMinutes')).toHaveValue('30');
  await form.getByLabel('Diluent').pressSequentially('Sodium chloride 0.9 %');
  await form.getByTestId('order-pembrolizumab-volumeMl').pressSequentially('100');
  await form.getByTestId('order-pembrolizumab-rateMlPerHour').pressSequentially('400');
  await form.getByLabel('Prescriber', { exact: true }).pressSequentially('Dr Nadia Okafor');
  await form.getByLabel('Your password or PIN').pressSequentially(NURSE.secret);
  await form.getByRole('button', { name: 'Enter the order' }).click();
  // The core names each problem beside its field, in words.
  await expect(form.getByText('Copy the order’s reference.')).toBeVisible();
  await expect(form.getByText('Confirm that you read the order back to the prescriber.')).toBeVisible();
  await expect(form.getByText('Volume and time give 200 mL/h: check the rate, the volume or the time.')).toBeVisible();
  await expect(form.getByTestId('order-failure')).toHaveText(/Please correct the fields marked below/);
  await expect(form).not.toContainText(/lines\.0|external\.|Invalid input/);
  await shot(page, 'plans-01-order-refused.png');

  await retype(form.getByTestId('order-pembrolizumab-rateMlPerHour'), '200');
  await form.getByLabel('Order reference').pressSequentially('RX-2026-0042');
  await form.getByLabel(/I read the whole order back/).check();
  await form.getByRole('button', { name: 'Enter the order' }).click();
  await expect(page.getByTestId('book-result')).toHaveText(/awaits a pharmacist’s verification/);
  const order = page.getByTestId('order-item');
  await expect(order).toContainText('Awaiting pharmacist');
  await expect(order).toContainText(
    'Pembrolizumab (Keytruda) 200 mg IV · Sodium chloride 0.9 % 100 mL · 30 min, 200 mL/h',
  );
  await expect(order).toContainText(
    'External order from Dr Nadia Okafor, ref. RX-2026-0042, read back by Marie Tremblay',
  );
  await expect(order.getByRole('button', { name: 'Verify…' })).toHaveCount(0);

  await signIn(app, PHARMACIST);
  await page.reload();
  await expect(page.getByTestId('session-user')).toContainText(PHARMACIST.displayName);
  await order.getByRole('button', { name: 'Verify…' }).click();
  const verify = page.getByRole('dialog', { name: /Verify the order/ });
  await expect(verify.getByTestId('order-lines')).toContainText('200 mL/h');
  await verify.getByLabel('Your password or PIN').pressSequentially(PHARMACIST.secret);
  await verify.getByRole('button', { name: 'Verify and release' }).click();
  await expect(order).toContainText('Verified by Paul Pharmacien');
  await expect(page.getByTestId('dose-row-1').getByTestId('dose-release')).toHaveText(/Released/);
  await expect(page.getByTestId('dose-row-2').getByTestId('dose-release')).toHaveText(/No order/);
  await shot(page, 'plans-02-order-verified.png');
});

test('a prescriber signs her own order in French; a wrong secret and a rate that does not add up are refused in French', async ({
  openApp,
}) => {
  const app = await openApp({ now: `${TODAY}T09:30:00Z`, viewport: VIEWPORT });
  const { page } = app;
  const { patientId } = await setUp(app);
  await signIn(app, ADMIN);
  await core(app, 'settings:update', { language: 'fr' });
  await signIn(app, PRESCRIBER);
  await openPlans(app, patientId);
  await page.getByRole('button', { name: 'Signer une prescription…' }).click();
  // The plan stored the library's English name; the French screen says it in French.
  const form = page.getByRole('dialog', { name: 'Prescription pour Pembrolizumab 200 mg toutes les 3 semaines' });
  await expect(form).toContainText('Vous signez cette prescription en tant que prescripteur.');
  await expect(
    page.getByRole('heading', { name: 'Pembrolizumab 200 mg toutes les 3 semaines', exact: true }),
  ).toBeVisible();
  await form.getByLabel('À la dose').selectOption('4');
  await form.getByTestId('order-pembrolizumab-volumeMl').pressSequentially('100,5');
  await form.getByTestId('order-pembrolizumab-rateMlPerHour').pressSequentially('150');
  await form.getByLabel('Votre mot de passe ou code PIN').pressSequentially('pas-le-bon');
  await form.getByRole('button', { name: 'Signer la prescription' }).click();
  await expect(
    form.getByText('Volume et durée donnent 201 mL/h : vérifiez le débit, le volume ou la durée.'),
  ).toBeVisible();
  // What was typed stays as typed, comma included.
  await expect(form.getByTestId('order-pembrolizumab-volumeMl')).toHaveValue('100,5');
  await retype(form.getByTestId('order-pembrolizumab-rateMlPerHour'), '201');
  await form.getByRole('button', { name: 'Signer la prescription' }).click();
  await expect(form.getByTestId('order-failure')).toHaveText(/le mot de passe ou NIP, sont erronés/);
  await form.getByLabel('Votre mot de passe ou code PIN').pressSequentially(PRESCRIBER.secret);
  await form.getByRole('button', { name: 'Signer la prescription' }).click();
  const order = page.getByTestId('order-item');
  await expect(order).toContainText('Doses 1 à 4');
  // The volume typed as 100,5 is shown with the French mark it was typed with, never as 1005 or 100.5.
  await expect(order).toContainText('100,5 mL');
  await expect(order).not.toContainText('100.5');
  await expect(order).toContainText('Signée par Dr Nadia Okafor');
  await expect(order.getByRole('button', { name: 'Valider…' })).toHaveCount(0);
  await shot(page, 'plans-03-prescriber-fr.png');
});

test('Hold, Resume and Discontinue from the plan card: held visits show on the day view with the reason', async ({
  openApp,
}) => {
  const app = await openApp({ now: `${TODAY}T09:30:00Z`, viewport: VIEWPORT });
  const { page } = app;
  const { patientId } = await setUp(app);
  await openPlans(app, patientId);

  await page.getByRole('button', { name: 'Hold plan…' }).click();
  const hold = page.getByRole('dialog', { name: /Hold Pembrolizumab/ });
  await hold.getByRole('button', { name: 'Hold the plan' }).click();
  await expect(hold.getByText('Give a reason (at least 3 characters).')).toBeVisible();
  await hold.getByLabel('Reason').pressSequentially('Grade 2 colitis, prescriber to review');
  await hold.getByRole('button', { name: 'Hold the plan' }).click();
  await expect(page.getByTestId('book-result')).toHaveText(/Plan on hold: 4 visits held/);
  await expect(page.getByTestId('plan-status')).toContainText('On hold — Grade 2 colitis, prescriber to review');
  await expect(page.getByTestId('dose-row-1')).toContainText('Held: Grade 2 colitis, prescriber to review');
  await expect(page.getByTestId('dose-row-1').getByTestId('dose-release')).toHaveText(/Plan not active/);
  await expect(page.getByTestId('plan-history')).toContainText('Held by Marie Tremblay: Grade 2 colitis');
  await shot(page, 'plans-04-held.png');

  await page.goto(`${app.url}#/schedule/2026-11-30`);
  await expect(page.getByRole('table', { name: /Chairs and times/ }).getByTestId('appointment-block')).toHaveCount(0);
  await expect(page.getByTestId('set-aside')).toContainText(
    'Held 08:00 OKONKWO-REYES, Marisol (DEMO-007301) · Pembrolizumab (Keytruda) 200 mg — Grade 2 colitis, prescriber to review',
  );
  await expect(page.getByTestId('worklist').getByTitle('Grade 2 colitis, prescriber to review')).toBeVisible();
  await shot(page, 'plans-05-day-view-held.png');

  await openPlans(app, patientId);
  await page.getByRole('button', { name: 'Resume plan…' }).click();
  const resume = page.getByRole('dialog', { name: /Resume Pembrolizumab/ });
  await resume.getByLabel('Reason').pressSequentially('Colitis back to grade 1');
  await resume.getByRole('button', { name: 'Resume and book' }).click();
  await expect(resume.getByText('Name the prescriber who decided this.')).toBeVisible();
  await resume.getByLabel('Decided by (prescriber)').pressSequentially('Dr Nadia Okafor');
  await resume.getByRole('button', { name: 'Resume and book' }).click();
  await expect(page.getByTestId('book-result')).toHaveText(/Plan resumed: 4 doses booked again/);
  await expect(page.getByTestId('plan-history')).toContainText('decided by Dr Nadia Okafor');

  await signIn(app, PRESCRIBER);
  await page.reload();
  await expect(page.getByTestId('session-user')).toContainText(PRESCRIBER.displayName);
  await page.getByRole('button', { name: 'Discontinue plan…' }).click();
  const stop = page.getByRole('dialog', { name: /Discontinue Pembrolizumab/ });
  await expect(stop).toContainText('You record this as the prescriber.');
  await stop.getByLabel('Reason').pressSequentially('Grade 3 colitis recurred');
  await stop.getByRole('button', { name: 'Discontinue the plan' }).click();
  await expect(page.getByTestId('book-result')).toHaveText(/Plan discontinued: 4 visits cancelled/);
  await expect(page.getByRole('button', { name: /Hold plan|Resume plan|Discontinue plan/ })).toHaveCount(0);
  await shot(page, 'plans-06-discontinued.png');
});

test('a CAR T plan from the form: product, indication, lymphodepletion as in the library, day 0', async ({
  openApp,
}) => {
  const app = await openApp({ now: `${TODAY}T09:30:00Z`, viewport: VIEWPORT });
  const { page } = app;
  const { patientId } = await setUp(app);
  await openPlans(app, patientId);
  await page.getByLabel('CAR T cell therapy').check();
  await page.getByLabel('CAR T product').selectOption({ label: 'Tisagenlecleucel (Kymriah)' });
  await page
    .getByLabel('Indication')
    .selectOption({ label: 'Relapsed or refractory LBCL after 2 or more lines of systemic therapy' });
  await expect(page.getByLabel('Lymphodepletion', { exact: true })).toHaveValue('lymphoma-flu-cy');
  await expect(page.getByLabel('Lymphodepletion', { exact: true }).locator('option')).toHaveText([
    /Fludarabine 25 mg\/m² \+ cyclophosphamide 250 mg\/m² daily ×3/,
    /^Bendamustine 90 mg\/m² daily ×2 \(alternative\)$/,
  ]);
  await retype(page.getByLabel('Day 0 (CAR T infusion)'), '2026-12-14');
  await page.getByLabel('Days between the end of lymphodepletion and day 0').selectOption('3');
  await page.getByRole('button', { name: 'Create plan' }).click();
  const card = page.getByTestId('plan-card');
  await expect(card.getByRole('heading', { name: 'Tisagenlecleucel (Kymriah)' })).toBeVisible();
  const doses = card.getByTestId('plan-doses');
  for (const date of ['2026-12-08', '2026-12-09', '2026-12-10', '2026-12-14'])
    await expect(doses.locator(`time[datetime="${date}"]`)).toHaveCount(1);
  await expect(doses).toContainText('Lymphodepletion, day -4');
  // Booked as one plan or not at all: the labels give no chair time for these visits, and the center has not
  // set its own yet, so booking names each missing setting and where to set it.
  await card.getByRole('button', { name: 'Book all doses' }).click();
  const refusal = card.getByTestId('book-result');
  await expect(refusal).toContainText('Nothing was booked.');
  await expect(refusal).toContainText(
    'The center’s CAR T protocol has no chair minutes for the cell-infusion visit of Tisagenlecleucel (Kymriah): set them in Settings › CAR T protocol.',
  );
  await shot(page, 'plans-07-car-t.png');
});

test('allergies: a real allergy warns (colour, icon, text); "No known allergies" in English or French is neutral', async ({
  openApp,
}) => {
  const app = await openApp({ now: `${TODAY}T09:30:00Z`, viewport: VIEWPORT });
  const { page } = app;
  const cases = [
    ['DEMO-000101', 'Penicillin (rash)', 'recorded', /⚠\s*Allergies:\s*Penicillin \(rash\)/],
    ['DEMO-000102', 'No known allergies', 'none-known', /✓\s*No known allergies/],
    ['DEMO-000103', 'Aucune allergie connue.', 'none-known', /✓\s*No known allergies/],
    ['DEMO-000104', 'No known allergies except latex', 'recorded', /⚠\s*Allergies:\s*No known allergies except latex/],
    ['DEMO-000105', null, 'not-recorded', /\?\s*Allergies not recorded: ask the patient/],
  ] as const;
  const backgrounds: Record<string, string> = {};
  const icons: Record<string, string> = {};
  for (const [mrn, allergies, status, text] of cases) {
    const p = await core(app, 'patients:create', {
      mrn,
      familyName: 'Larkspurre',
      givenName: 'Inès',
      birthDate: '1958-02-14',
      sex: 'female',
      allergies,
    });
    await page.goto(`${app.url}#/patients/${p.id}`);
    const line = page.getByTestId('allergies');
    await expect(line).toHaveAttribute('data-allergy-status', status);
    await expect(line).toHaveText(text);
    backgrounds[status] = await line.evaluate((el) => getComputedStyle(el).backgroundColor);
    icons[status] = await line.locator('.allergy-icon').evaluate((el) => getComputedStyle(el).backgroundColor);
    if (mrn === 'DEMO-000103') await shot(page, 'plans-08-allergy-none.png');
  }
  // Three looks, not one red for all: the banner and its icon differ for each state.
  expect(new Set(Object.values(backgrounds)).size).toBe(3);
  expect(new Set(Object.values(icons)).size).toBe(3);
});
