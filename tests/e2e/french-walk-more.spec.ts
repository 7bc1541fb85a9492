import type { Locator, Page } from '@playwright/test';
import { CHARGE, NURSE } from '../support/auth';
import { PHARMACIST } from '../support/orders';
import { frenchProblems } from '../support/english-detector';
import { expect, test, typeInto } from './fixtures';
import type { BrowserApp } from '../harness/app';
import { walkSetUp } from './french-walk-setup';
import { core, setCenter } from './visit-setup';

// The French walk's screens that tests/e2e/french-walk.spec.ts does not reach: the Move dialog, the library's
// drug, CAR T product and CTCAE grade pages, a CAR T patient's chairside, what a plain nurse (not charge) sees,
// the order forms (a nurse's external order refused, the pharmacist's verify form refused, orders that differ from
// the plan, a rejected one), the day view's hold and cancel dialogs and appointment panel, a refused signature,
// the handout preview, a refused report range, who looked at a record, and the sign-in and lock screens.
// One setup through the core's channels; each screen's text, without English
// marked lang="en" (library texts not yet in French) and stored codes marked translate="no", must read as French.

const TODAY = '2026-11-27';
/** What may stay as typed or published: people's names, drug and product names, CTCAE terms. */
const ALLOWED = [
  'Avery Lindqvist',
  'Marie Tremblay',
  'Chloé Charge',
  'Pembrolizumab',
  'pembrolizumab',
  'Keytruda',
  'Yescarta',
  'axicabtagene ciloleucel',
  'Axicabtagene ciloleucel',
  'Infusion related reaction',
  'Dostarlimab',
  'dostarlimab',
  'Jemperli',
  'Keytruda Qlex',
  'Paul Pharmacien',
  'Dr Nadia Okafor',
  'Sodium chloride 0.9 %',
];

async function textOf(page: Page, root: Locator): Promise<string> {
  await expect(page.locator('body')).not.toContainText('Chargement');
  await page.waitForTimeout(300);
  return root.evaluate((el: HTMLElement) => {
    const marked = [...el.querySelectorAll<HTMLElement>('[lang^="en"], [translate="no"]')];
    return marked.reduce((text, e) => (e.innerText ? text.replace(e.innerText, ' ') : text), el.innerText);
  });
}

type Check = (name: string, root: Locator) => Promise<void>;
interface Walk {
  app: BrowserApp;
  check: Check;
  main: Locator;
}

/** The plan card's orders, a nurse's external order refused, the pharmacist's verification refused. */
async function walkOrders({ app, check, main }: Walk, patientId: string) {
  const { page } = app;
  // The plan card's orders: a nurse's external order refused until it adds up.
  await page.goto(`${app.url}#/schedule/plans/${patientId}`);
  const orders = page.getByTestId('order-item');
  await expect(orders.filter({ hasText: 'Refusée' })).toContainText('Dose différente du plan');
  await expect(orders.filter({ hasText: 'En attente du pharmacien' })).toContainText('Différente du plan');
  await check('plan card with orders (rejected, differs)', main);
  await page.getByRole('button', { name: 'Saisir une prescription…' }).click();
  const form = page.getByRole('dialog');
  await check('order form', form);
  await form.getByLabel('Votre mot de passe ou code PIN').pressSequentially('pas-le-bon');
  await form.getByRole('button', { name: 'Enregistrer la prescription' }).click();
  await expect(form.getByTestId('order-failure')).toBeVisible();
  await check('order form refused', form);
  await page.keyboard.press('Escape');

  await core(app, 'auth:sign-in', { initials: PHARMACIST.initials, secret: PHARMACIST.secret });
  await page.reload();
  await page.getByRole('button', { name: 'Valider…' }).click();
  const verify = page.getByRole('dialog');
  await verify.getByLabel('Votre mot de passe ou code PIN').pressSequentially('pas-le-bon');
  await verify.getByRole('button', { name: 'Valider et libérer' }).click();
  await expect(verify.getByTestId('verify-failure')).toBeVisible();
  await check('pharmacist verify form refused', verify);
  await page.keyboard.press('Escape');
}

/** The day view's appointment panel and its Move, hold and cancel dialogs. */
async function walkDayDialogs({ app, check }: Walk) {
  const { page } = app;
  await page.goto(`${app.url}#/schedule/${TODAY}`);
  const block = page.getByTestId('appointment-block').first();
  await block.focus();
  await page.keyboard.press('Enter');
  await check('appointment panel', page.getByTestId('appointment-panel'));
  for (const [button, name] of [
    ['Déplacer vers…', 'Move dialog'],
    ['Suspendre la dose…', 'hold dialog'],
    ['Annuler…', 'cancel dialog'],
  ]) {
    await page.getByTestId('appointment-panel').getByRole('button', { name: button, exact: true }).click();
    await check(name!, page.getByRole('dialog'));
    await page.keyboard.press('Escape');
  }
}

test('the screens the first walk does not reach read as French too', async ({ openApp }) => {
  const app = await openApp({ now: `${TODAY}T09:30:00Z` });
  const { page } = app;
  const { patientId, visitId } = await walkSetUp(app, TODAY);
  // The handouts need the center's name and 24-hour phone.
  const center = { centerName: 'Hôpital de jour Saint-Laurent', centerPhone24h: '+1 514 555 0199' };
  await setCenter(app, { language: 'fr', ...center });
  await core(app, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  await page.reload();

  const found: string[] = [];
  const check: Check = async (name, root) => {
    await expect(root.first()).toBeVisible();
    const problems = frenchProblems(await textOf(page, root.first()), ALLOWED);
    found.push(...new Set(problems.map((p) => `${name}: ${p.kind} “${p.match}” in “${p.context}”`)));
  };
  const main = page.locator('main');
  const screens: [string, string][] = [
    ['nurse: day view', `#/schedule/${TODAY}`],
    ['nurse: chairside list', '#/chairside'],
    ['nurse: settings', '#/settings/center'],
    ['library drug', '#/library/drug/pembrolizumab'],
    ['library drug (dose options by phase)', '#/library/drug/dostarlimab'],
    ['library drug (co-formulation)', '#/library/drug/pembrolizumab-berahyaluronidase-sc'],
    ['library regimen', '#/library/regimen/dostarlimab-carboplatin-paclitaxel'],
    ['library CAR T product', '#/library/car-t/axicabtagene-ciloleucel'],
    ['library CTCAE grades', '#/library/ctcae-term/10051792'],
  ];
  for (const [name, hash] of screens) {
    await page.goto(`${app.url}${hash}`);
    await check(name, main);
  }
  await page.goto(`${app.url}#/chairside`);
  await page.getByRole('link', { name: /BRENNAN, Tomas/ }).click();
  await expect(page.getByTestId('car-t-day')).toBeVisible();
  await expect(page.getByTestId('trend-table')).toContainText('38,4');
  await check('CAR T chairside (CRS, ICANS, ICE)', main);

  // A refused signature: an empty check-in names its missing fields in the footer.
  await page.goto(`${app.url}#/chairside/visit/${visitId}/check-in`);
  await page.getByRole('button', { name: 'Confirmer l’identité et signer l’accueil' }).click();
  await expect(page.getByRole('region', { name: 'Accueil' }).getByRole('alert').first()).toBeVisible();
  await check('check-in refused', page.getByRole('region', { name: 'Accueil' }));

  // The handout chosen for the patient, in French, personalised, previewed.
  await page.goto(`${app.url}#/handouts/${patientId}`);
  await page.getByRole('button', { name: 'Aperçu' }).click();
  await expect(page.getByTestId('handout-outcome')).toHaveText(/Aperçu prêt/);
  await check('handout preview', main);

  await walkOrders({ app, check, main }, patientId);

  await core(app, 'auth:sign-in', { initials: CHARGE.initials, secret: CHARGE.secret });
  await walkDayDialogs({ app, check, main });

  await page.goto(`${app.url}#/patients/${patientId}`);
  await page.getByRole('button', { name: 'Afficher qui a lu ou modifié ce dossier' }).click();
  await expect(page.locator('.record-access')).toContainText('Patient · Données du patient');
  await check('who looked at this record', page.locator('.record-access'));

  await page.goto(`${app.url}#/reports`);
  await typeInto(page.getByLabel('Du', { exact: true }), '2026-12-01');
  await typeInto(page.getByLabel('Au (inclus)'), '2026-11-01');
  await page.getByRole('button', { name: 'Afficher le rapport' }).click();
  await expect(main.getByRole('alert')).toContainText('La date de fin');
  await check('reports, range refused', main);

  await core(app, 'auth:lock', {});
  await page.reload();
  await check('lock screen', page.locator('body'));
  await core(app, 'auth:sign-out', {});
  await page.reload();
  await check('sign-in screen', page.locator('body'));

  expect(found, found.join('\n')).toEqual([]);
});
