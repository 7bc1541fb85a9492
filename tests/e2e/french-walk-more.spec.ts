import type { Locator, Page } from '@playwright/test';
import { CHARGE, NURSE } from '../support/auth';
import { frenchProblems } from '../support/english-detector';
import { expect, test } from './fixtures';
import { core, releasePembrolizumab, setCenter, setUp } from './visit-setup';

// The French walk's screens that tests/e2e/french-walk.spec.ts does not reach: the Move dialog, the library's
// drug, CAR T product and CTCAE grade pages, a CAR T patient's chairside, what a plain nurse (not charge) sees,
// and the sign-in and lock screens. One setup through the core's channels; each screen's text, without English
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
];

async function textOf(page: Page, root: Locator): Promise<string> {
  await expect(page.locator('body')).not.toContainText('Chargement');
  await page.waitForTimeout(300);
  return root.evaluate((el: HTMLElement) => {
    const marked = [...el.querySelectorAll<HTMLElement>('[lang^="en"], [translate="no"]')];
    return marked.reduce((text, e) => (e.innerText ? text.replace(e.innerText, ' ') : text), el.innerText);
  });
}

test('the screens the first walk does not reach read as French too', async ({ openApp }) => {
  const app = await openApp({ now: `${TODAY}T09:30:00Z` });
  const { page } = app;
  const plan = { kind: 'regimen', regimenId: 'pembrolizumab-200-q3w', startDate: TODAY, maxDoses: 2 };
  const patient = {
    mrn: 'DEMO-007309',
    familyName: 'Lefebvre-Ngata',
    givenName: 'Josée',
    weightKg: 72.4,
    weightMeasuredOn: '2026-11-24',
  };
  const { chairId, planId } = await setUp(app, plan, patient);
  await core(app, 'schedule:book-dose', { planId, doseNumber: 1, date: TODAY, start: 600, chairId });
  await releasePembrolizumab(app, planId, 1);
  const carT = await core(app, 'patients:create', {
    mrn: 'DEMO-004410',
    familyName: 'Brennan',
    givenName: 'Tomas',
    sex: 'male',
    birthDate: '1958-02-03',
  });
  await core(app, 'plans:create', {
    patientId: carT.id,
    kind: 'car-t',
    productId: 'axicabtagene-ciloleucel',
    indicationId: 'lbcl-second-line',
    day0: '2026-11-24',
    confirmPastStart: true,
  });
  await setCenter(app, { language: 'fr' });
  await core(app, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  await page.reload();

  const found: string[] = [];
  const check = async (name: string, root: Locator) => {
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
  await check('CAR T chairside (CRS, ICANS, ICE)', main);

  await core(app, 'auth:sign-in', { initials: CHARGE.initials, secret: CHARGE.secret });
  await page.goto(`${app.url}#/schedule/${TODAY}`);
  const block = page.getByTestId('appointment-block').first();
  await block.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Déplacer vers…' }).click();
  await check('Move dialog', page.getByRole('dialog'));
  await page.keyboard.press('Escape');

  await core(app, 'auth:lock', {});
  await page.reload();
  await check('lock screen', page.locator('body'));
  await core(app, 'auth:sign-out', {});
  await page.reload();
  await check('sign-in screen', page.locator('body'));

  expect(found, found.join('\n')).toEqual([]);
});
