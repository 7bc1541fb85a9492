import type { Page } from '@playwright/test';
import type { fixedClock } from '../../electron/main/core/clock';
import type { BrowserApp } from '../harness/app';
import { ADMIN, CHARGE, NURSE } from '../support/auth';
import { PHARMACIST } from '../support/orders';
import { expect, test, typeInto as type } from './fixtures';
import { consentAndEducation, educationGiven, readyPolicy } from './ready-support';

// Issue 15 end to end: the day before, "labs needed" and the day view's flag show the patient; the nurse types
// the labs (one by hand in mg/dL, the rest pasted from the lab system's CSV, a malformed row refused first); the
// patient leaves the list and the flag clears; the next morning the Assessment shows Ready and the drug starts.
// The opposite path: a high ALT holds (and consent, missing, is recorded on the panel: the banner clears at once).

const DAY_BEFORE = '2026-11-26';
const TODAY = '2026-11-27';
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });

async function core<T = { id: string }>(app: BrowserApp, channel: string, input: unknown): Promise<T> {
  const result = await app.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function setUp(app: BrowserApp, options: { consent: boolean } = { consent: true }) {
  const chair = await core(app, 'center:save-chair', { name: 'Chair 1' });
  const staff = await core(app, 'center:save-nurse', { displayName: 'Avery Lindqvist', initials: 'AL' });
  const shifts = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 465, endMinute: 1035 }));
  await core(app, 'center:save-shifts', { nurseId: staff.id, shifts });
  const p = await core(app, 'patients:create', {
    birthDate: '1962-09-14',
    sex: 'female',
    mrn: 'DEMO-007301',
    familyName: 'Okonkwo-Reyes',
    givenName: 'Marisol',
    allergies: 'No known allergies',
  });
  const plan = await core(app, 'plans:create', {
    patientId: p.id,
    kind: 'regimen',
    regimenId: 'pembrolizumab-200-q3w',
    startDate: TODAY,
    maxDoses: 3,
  });
  await core(app, 'auth:setup-admin', ADMIN);
  for (const user of [NURSE, CHARGE, PHARMACIST]) await core(app, 'users:create', user);
  await core(app, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  const appointment = await core(app, 'schedule:book-dose', {
    planId: plan.id,
    doseNumber: 1,
    date: TODAY,
    chairId: chair.id,
    start: 600,
  });
  const order = await core(app, 'orders:enter', {
    planId: plan.id,
    firstDose: 1,
    lastDose: 1,
    lines: [
      {
        drugId: 'pembrolizumab',
        doseMg: 200,
        route: 'IV',
        diluent: 'Sodium chloride 0.9 %',
        volumeMl: 100,
        infusionMinutes: 30,
        rateMlPerHour: 200,
      },
    ],
    external: { prescriberName: 'Dr Nadia Okafor', reference: 'RX-1', readBack: true },
    secret: NURSE.secret,
  });
  await core(app, 'auth:sign-in', { initials: PHARMACIST.initials, secret: PHARMACIST.secret });
  await core(app, 'orders:verify', { orderId: order.id, secret: PHARMACIST.secret });
  await core(app, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  await readyPolicy(app);
  if (options.consent) await consentAndEducation(app, p.id, plan.id);
  else await educationGiven(app, p.id);
  // Earlier results from the referring hospital, for a trend (entered through the channel, as a CSV would).
  const older = [
    ['2026-10-15T09:00', '24'],
    ['2026-11-05T09:00', '41'],
    ['2026-11-19T09:00', '62'],
  ].map(([drawnAt, value]) => ({ analyte: 'alt', drawnAt, value, unit: 'U/L', refLow: '7', refHigh: '56' }));
  await core(app, 'labs:enter', { patientId: p.id, results: older, method: 'csv', locale: 'en' });
  return { patientId: p.id, planId: plan.id, appointmentId: appointment.id };
}

async function setClock(app: BrowserApp, iso: string) {
  const clock = app.clock as ReturnType<typeof fixedClock>;
  clock.set(iso);
  // Overnight the workstation locked: the nurse signs in again in the morning.
  await core(app, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
}

async function checkInAndAssess(page: Page, app: BrowserApp) {
  await page.goto(`${app.url}#/schedule/${TODAY}`);
  await page.getByTestId('appointment-block').click();
  await page.getByTestId('open-chairside').click();
  await type(page.getByLabel('Name the patient gives'), 'Marisol Okonkwo-Reyes');
  await type(page.getByLabel('Date of birth'), '1962-09-14');
  await page.getByRole('button', { name: 'Confirm identity and sign the check-in' }).click();
  await expect(page.getByTestId('checked-in')).toBeVisible();
  await page.getByTestId('step-assessment').click();
  const vitals: Record<string, string> = {
    'Temperature (°C)': '36.8',
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
  await page.getByRole('group', { name: 'Premedication' }).getByLabel('Not required', { exact: true }).check();
  await type(page.getByLabel(/Corticosteroids now/), '0');
  await expect(page.getByTestId('entry-state').first()).toContainText(/Draft saved \d{2}:\d{2}/);
}

const CSV = [
  'Test;Value;Unit;Date;Time;Range',
  'Glucose;5,4;mmol/L;2026-11-26;14:05;3,9-5,6',
  'TSH;1,9;mIU/L;2026-11-26;14:05;0,4-4',
  'ALT;{alt};U/L;2026-11-26;14:05;7-56',
  'AST;28;U/L;2026-11-26;14:05;10-40',
  'Bilirubine;12;µmol/L;2026-11-26;14:05;3-21',
].join('\n');

async function typeLabsDayBefore(page: Page, app: BrowserApp, alt: string) {
  await page.goto(`${app.url}#/labs`);
  const needed = page.getByTestId('labs-needed');
  await expect(needed).toContainText('OKONKWO-REYES, Marisol');
  await expect(needed).toContainText('Creatinine: no result — draw it before the dose.');
  await expect(needed).toContainText('TSH: no result');
  await shot(page, 'labs-01-needed.png');
  await needed.getByRole('link', { name: 'Open labs' }).click();
  await expect(page.getByTestId('patient-banner')).toContainText('DEMO-007301');

  // Creatinine by hand, in mg/dL: the converted value is shown beside it.
  const row = page.getByTestId('lab-row').first();
  await row.getByLabel('Test').selectOption({ label: 'Creatinine' });
  await type(row.getByLabel('Drawn at (YYYY-MM-DD HH:mm)'), `${DAY_BEFORE} 14:05`);
  await type(row.getByLabel('Value'), '0.9');
  await row.getByLabel('Unit').selectOption('mg/dL');
  await expect(row.getByTestId('converted')).toHaveText('= 79.56 µmol/L');
  await type(row.getByLabel('Reference low'), '0.5');
  await type(row.getByLabel('Reference high'), '1.02');
  await page.getByRole('button', { name: 'Save results' }).click();
  await expect(page.getByTestId('lab-entry-status')).toHaveText('1 result saved.');

  // The rest pasted from the lab system's CSV: a malformed row is refused and nothing is saved.
  const paste = page.getByLabel('CSV text');
  await paste.click();
  await page.keyboard.insertText(CSV.replace('{alt}', alt).replace('TSH;1,9', 'TSH;1,9,0'));
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('csv-preview')).toContainText('Value: “1,9,0” is not a number.');
  await expect(page.getByRole('button', { name: /^Save \d+ result/ })).toHaveCount(0);
  await shot(page, 'labs-02-csv-refused.png');
  await paste.fill('');
  await paste.click();
  await page.keyboard.insertText(CSV.replace('{alt}', alt));
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: 'Save 5 results' }).click();
  await expect(page.getByTestId('lab-results')).toContainText('Total bilirubin');
}

test('the day before, a nurse types the labs (mg/dL by hand, a CSV with a refused row), the flag clears, the Assessment shows Ready and the drug starts', async ({
  openApp,
}) => {
  test.setTimeout(180_000);
  const app = await openApp({ now: `${DAY_BEFORE}T15:00:00Z` });
  const { page } = app;
  await setUp(app);
  await page.goto(`${app.url}#/schedule/${TODAY}`);
  await page.reload();
  const block = page.getByTestId('appointment-block');
  await expect(block.locator('.flag-labs-pending')).toHaveCount(1);
  await typeLabsDayBefore(page, app, '34');
  await expect(page.getByTestId('plot-alt')).toBeVisible();
  await expect(page.getByTestId('plot-alt').locator('.lab-plot-dose')).toHaveCount(1);
  await expect(page.getByTestId('plot-alt').locator('.lab-plot-out')).toHaveCount(1);
  await page.getByTestId('plot-alt').screenshot({ path: test.info().outputPath('labs-03-alt-trend.png') });
  await shot(page, 'labs-04-patient.png');
  await page.goto(`${app.url}#/labs`);
  await expect(page.getByTestId('labs-needed')).toContainText('Every booked dose of these days has its labs.');
  // The day view's flag comes from the same computation: gone too.
  await page.goto(`${app.url}#/schedule/${TODAY}`);
  await expect(block).toHaveAttribute('aria-label', /OKONKWO-REYES/);
  await expect(block.locator('.appt-flag')).toHaveCount(1);
  await expect(block.locator('.flag-labs-pending')).toHaveCount(0);

  // The next morning at the chair.
  await setClock(app, `${TODAY}T09:30:00Z`);
  await page.reload();
  await checkInAndAssess(page, app);
  const ready = page.getByTestId('ready-panel');
  await expect(ready.getByTestId('ready-outcome')).toHaveText('Ready to treat');
  await expect(ready.getByTestId('ready-line-labs')).toContainText(
    'Creatinine: drawn 26 Nov 2026 14:05, within 3 days.',
  );
  await expect(ready.getByTestId('ready-line-values')).toContainText(
    'Creatinine 0.9 mg/dL, not above 119.34 µmol/L (1.5 × baseline).',
  );
  await shot(page, 'labs-05-ready.png');
  await page.getByRole('button', { name: 'Sign the assessment' }).click();
  await expect(page.getByTestId('entry-state')).toContainText('Signed by Marie Tremblay (MT)');

  // Administration: first reading, the second nurse's blind check, then Start.
  await page.getByTestId('step-administration').click();
  const card = page.getByTestId('drug-pembrolizumab');
  const first = card.getByTestId('bag-first');
  const reading = async (scope: typeof first) => {
    await scope.getByLabel('Drug on the label').selectOption({ label: 'Pembrolizumab (Keytruda)' });
    await type(scope.getByLabel('Dose on the label (mg)'), '200');
    await type(scope.getByLabel('Volume in the bag (mL)'), '100');
    await type(scope.getByLabel('Rate set on the pump (mL/h)'), '200');
    await scope.getByLabel('Route').selectOption('IV');
    await type(scope.getByLabel('Lot number'), 'KX4417');
    await type(scope.getByLabel('Expiry date'), '2027-01-31');
  };
  await reading(first);
  await card.getByLabel('Line').selectOption('peripheral');
  await type(card.getByLabel('Site'), 'Left forearm');
  await card.getByRole('group', { name: 'In-line filter used' }).getByLabel('Yes', { exact: true }).check();
  await card.getByRole('button', { name: 'Independent double check…' }).click();
  const dialog = page.getByRole('dialog', { name: /Independent double check/ });
  await dialog.getByRole('radio', { name: 'Chloé Charge (CC)' }).check();
  await reading(dialog.getByTestId('bag-second'));
  await type(dialog.getByLabel('Second nurse’s PIN or password'), CHARGE.secret);
  await dialog.getByRole('button', { name: 'Verify and sign the double check' }).click();
  await expect(dialog.getByTestId('check-summary')).toContainText('both readings match the order');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await card.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(card.getByTestId('infusion-status')).toContainText('Running since 09:30 at 200 mL/h');
});

test('a high ALT the day before ends in a hold for the prescriber, in English and French, and main refuses the start', async ({
  openApp,
}) => {
  test.setTimeout(150_000);
  const app = await openApp({ now: `${DAY_BEFORE}T15:00:00Z` });
  const { page } = app;
  const { appointmentId } = await setUp(app, { consent: false });
  await page.reload();
  await typeLabsDayBefore(page, app, '212');
  await setClock(app, `${TODAY}T09:30:00Z`);
  await page.reload();
  await checkInAndAssess(page, app);
  const ready = page.getByTestId('ready-panel');
  // No consent yet: the banner says so; recorded on the panel, the banner goes at once (no reload).
  await expect(page.getByTestId('consent-banner')).toHaveText('⚠ No consent on file for this treatment plan.');
  const consent = ready.getByRole('group', { name: 'Record consent for this plan' });
  await type(consent.getByLabel('Consent date'), '2026-11-20');
  await type(consent.getByLabel('Obtained by'), 'Dr Nadia Okafor');
  await consent.getByRole('button', { name: 'Record consent' }).click();
  await expect(page.getByTestId('consent-banner')).toHaveCount(0);
  await expect(ready.getByTestId('ready-line-consent')).toHaveAttribute('data-status', 'met');
  await expect(ready.getByTestId('ready-outcome')).toHaveText('Hold for the prescriber');
  await expect(ready.locator('.ready-reasons')).toHaveText(
    'ALT 212 U/L is above 168 U/L (3 × ULN): hold for the prescriber.',
  );
  await expect(ready.getByTestId('ready-line-values')).toContainText('drugs.com/dosage/libtayo-injection.html');
  await shot(page, 'labs-06-hold-alt.png');
  const start = await app.core.dispatch('charting:infusion', {
    appointmentId,
    drugId: 'pembrolizumab',
    action: 'start',
    clientRequestId: 'e2e-start-1',
  });
  expect(start.ok).toBe(false);
  await core(app, 'auth:sign-in', { initials: CHARGE.initials, secret: CHARGE.secret });
  await core(app, 'settings:update', { language: 'fr' });
  await core(app, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  await page.reload();
  await page.getByTestId('step-assessment').click();
  await expect(page.getByTestId('ready-panel').getByTestId('ready-outcome')).toHaveText(
    'Suspendu pour le prescripteur',
  );
  await expect(page.getByTestId('ready-panel').locator('.ready-reasons')).toHaveText(
    'ALAT 212 U/L dépasse 168 U/L (3 × LSN) : suspendre pour le prescripteur.',
  );
  await shot(page, 'labs-07-hold-alt-fr.png');
});
