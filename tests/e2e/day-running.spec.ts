import type { Page } from '@playwright/test';
import type { fixedClock } from '../../electron/main/core/clock';
import type { BrowserApp } from '../harness/app';
import { ADMIN, CHARGE, NURSE } from '../support/auth';
import { PHARMACIST } from '../support/orders';
import { expect, test, typeInto } from './fixtures';

// The day as it runs: the pharmacy moves a visit's drug to the chair from its list (keyboard only), the day
// view shows where the drug is and how long the chair has waited; a closure declared over a booked day lists
// the booking and moves it to the nearest open day.

const TODAY = '2026-11-27';
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });

async function core<T = { id: string }>(app: BrowserApp, channel: string, input: unknown): Promise<T> {
  const result = await app.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function setUp(app: BrowserApp) {
  const chair = await core(app, 'center:save-chair', { name: 'Chair 1' });
  await core(app, 'center:save-chair', { name: 'Chair 2' });
  const staff = await core(app, 'center:save-nurse', { displayName: 'Avery Lindqvist', initials: 'AL' });
  const shifts = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 465, endMinute: 1035 }));
  await core(app, 'center:save-shifts', { nurseId: staff.id, shifts });
  const patient = await core(app, 'patients:create', {
    mrn: 'DEMO-007302',
    familyName: 'Brennan-Adeyemi',
    givenName: 'Colette',
    birthDate: '1958-04-02',
    sex: 'female',
    weightKg: 70,
    weightMeasuredOn: '2026-11-24',
    allergies: 'No known allergies',
    preferredWindow: 'any',
  });
  const plan = await core(app, 'plans:create', {
    kind: 'regimen',
    patientId: patient.id,
    regimenId: 'pembrolizumab-200-q3w',
    startDate: TODAY,
    maxDoses: 2,
  });
  const today = await core(app, 'schedule:book-dose', {
    planId: plan.id,
    doseNumber: 1,
    date: TODAY,
    start: 10 * 60,
    chairId: chair.id,
  });
  const later = await core<{ id: string; date: string }>(app, 'schedule:book-dose', {
    planId: plan.id,
    doseNumber: 2,
    date: '2026-12-18',
    start: 10 * 60,
    chairId: chair.id,
  });
  await core(app, 'auth:setup-admin', ADMIN);
  for (const user of [NURSE, CHARGE, PHARMACIST]) await core(app, 'users:create', user);
  return { today: today.id, later };
}

async function signIn(app: BrowserApp, who: { initials: string; secret: string }) {
  await core(app, 'auth:sign-in', { initials: who.initials, secret: who.secret });
}

/** Moves the frozen clock on in 5-minute steps with activity at each, so the idle lock stays off. */
async function setClock(app: BrowserApp, iso: string) {
  const clock = app.clock as ReturnType<typeof fixedClock>;
  const target = new Date(iso).getTime();
  while (clock.now().getTime() < target) {
    clock.set(new Date(Math.min(target, clock.now().getTime() + 5 * 60_000)).toISOString());
    await core(app, 'auth:activity', {});
  }
}

test('the pharmacy moves the drug to the chair and the day view shows the chair waiting', async ({ openApp }) => {
  const app = await openApp({ now: `${TODAY}T09:30:00Z` });
  const { page } = app;
  const ids = await setUp(app);
  await signIn(app, PHARMACIST);
  await page.getByRole('link', { name: 'Schedule' }).click();
  await page.getByRole('link', { name: 'Pharmacy list' }).click();
  const list = page.getByTestId('pharmacy-list');
  await expect(list.getByTestId('pharmacy-row')).toHaveCount(1);
  await expect(list).toContainText('Drug ordered');
  await expect(list).toContainText('10:15');
  // Keyboard only: focus the row's button and press Enter.
  await list.getByRole('button', { name: /Mark verified for BRENNAN-ADEYEMI, Colette at 10:00/ }).focus();
  await page.keyboard.press('Enter');
  await expect(list).toContainText(`Drug verified 09:30 (${PHARMACIST.displayName})`);

  await signIn(app, NURSE);
  await list.getByRole('button', { name: /Mark in preparation/ }).press('Enter');
  await expect(list).toContainText('Drug in preparation');
  await list.getByRole('button', { name: /Mark ready/ }).press('Enter');
  await expect(list).toContainText(`Drug ready 09:30 (${NURSE.displayName})`);
  await shot(page, 'day-01-pharmacy-list.png');

  // The patient arrives at 10:00; at 10:40 the drug is still not at the chair, needed since 10:15.
  await core(app, 'schedule:set-status', { appointmentId: ids.today, status: 'checked-in' });
  await setClock(app, `${TODAY}T10:40:00Z`);
  await page.getByRole('link', { name: 'Back to the day view' }).click();
  await page.reload();
  const block = page.locator(`[data-appointment-id="${ids.today}"]`);
  await expect(block.getByTestId('block-run')).toContainText('Drug ready · Chair waiting 25 min for the drug');
  await shot(page, 'day-02-block-waiting.png');

  await page.getByRole('link', { name: 'Pharmacy list' }).click();
  await list.getByRole('button', { name: /Mark delivered/ }).press('Enter');
  await expect(list).toContainText('Drug at the chair · Waited 25 min for the drug');
});

test('a closure over a booked day lists the booking and moves it to the nearest open day', async ({ openApp }) => {
  const app = await openApp({ now: `${TODAY}T09:30:00Z` });
  const { page } = app;
  const ids = await setUp(app);
  await signIn(app, CHARGE);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('link', { name: 'Hours and closures' })
    .click();
  const closures = page.getByRole('region', { name: 'Closures' });
  await typeInto(closures.getByLabel('Date'), ids.later.date);
  await typeInto(closures.getByLabel('Reason'), 'Water leak in the unit');
  await closures.getByRole('button', { name: 'Add closure' }).click();
  const panel = page.getByRole('alert', { name: /Bookings on the closed day/ });
  await expect(panel).toContainText('1 booking is still on 18 Dec 2026, a closed day');
  await expect(panel).toContainText('BRENNAN-ADEYEMI, Colette · 10:00–10:45');
  await shot(page, 'day-03-closure-bookings.png');
  await panel.getByRole('button', { name: /Move to 17 Dec 2026 at/ }).click();
  await expect(panel).toHaveCount(0);
  const history = await core<{ action: string; reason: string | null }[]>(app, 'schedule:history', {
    appointmentId: ids.later.id,
  });
  expect(history.at(-1)).toMatchObject({
    action: 'move',
    reason: 'Center closed on 2026-12-18: Water leak in the unit',
  });
});

test('a CAR T plan is booked whole once the center sets its protocol, and the day view shows D0 and D+1', async ({
  openApp,
}) => {
  const app = await openApp({ now: `${TODAY}T09:30:00Z`, viewport: { width: 1366, height: 768 } });
  const { page } = app;
  const patientId = await (async () => {
    await core(app, 'center:save-chair', { name: 'Chair 1' });
    const staff = await core(app, 'center:save-nurse', { displayName: 'Avery Lindqvist', initials: 'AL' });
    const shifts = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 465, endMinute: 1035 }));
    await core(app, 'center:save-shifts', { nurseId: staff.id, shifts });
    const p = await core(app, 'patients:create', {
      mrn: 'DEMO-007303',
      familyName: 'Lindgren-Osei',
      givenName: 'Tomas',
      birthDate: '1966-01-20',
      sex: 'male',
      preferredWindow: 'any',
    });
    const options = await core<{ carTProducts: { id: string; indications: { id: string }[] }[] }>(
      app,
      'plans:options',
      {},
    );
    const product = options.carTProducts.find((c) => c.id === 'axicabtagene-ciloleucel')!;
    const indicationId = product.indications[0]!.id;
    await core(app, 'plans:create', {
      kind: 'car-t',
      patientId: p.id,
      productId: product.id,
      indicationId,
      day0: '2026-12-14',
    });
    return p.id;
  })();
  // The center's own protocol, typed in Settings: the labels give no chair time for these visits.
  await page.goto(`${app.url}#/settings/car-t`);
  const form = page.getByRole('form', { name: 'Axicabtagene ciloleucel (Yescarta)' });
  await expect(form.getByTestId('car-t-protocol-state')).toContainText('Still needed before booking');
  await typeInto(form.getByLabel('Chair minutes for a lymphodepletion day'), '120');
  await typeInto(form.getByLabel(/Chair minutes for the cell-infusion visit/), '240');
  await typeInto(form.getByLabel('Length of a monitoring visit (minutes)'), '30');
  await form.getByRole('button', { name: /^Save/ }).click();
  await expect(form.getByTestId('car-t-protocol-state')).toContainText('Ready');
  await shot(page, 'day-04-car-t-protocol.png');

  await page.goto(`${app.url}#/schedule/plans/${patientId}`);
  const card = page.getByTestId('plan-card');
  await card.getByRole('button', { name: 'Book all doses' }).click();
  await expect(card.getByTestId('book-result')).toContainText('9 doses booked.');
  await page.goto(`${app.url}#/schedule/2026-12-14`);
  await expect(page.getByTestId('car-t-day')).toHaveText('D0');
  await expect(page.getByRole('button', { name: /^CAR T day D0, 08:00–12:00/ })).toBeVisible();
  await page.getByRole('link', { name: 'Next day' }).click();
  await expect(page.getByTestId('day-date')).toContainText('15 December 2026');
  await expect(page.getByTestId('car-t-day')).toHaveText('D+1');
  await expect(
    page.getByRole('button', {
      name: /^CAR T day D\+1, 08:00–08:30, Chair 1: LINDGREN-OSEI, Tomas, CAR T monitoring visit, nothing given/,
    }),
  ).toBeVisible();
  // The worklist names the CAR T day too, not the plan's dose number (dose 5 would read as "day 5").
  await expect(page.getByRole('cell', { name: 'CAR T day D+1', exact: true })).toBeVisible();
  await shot(page, 'day-05-car-t-monitoring.png');
});
