import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT, type BrowserApp } from '../harness/app';
import { fullAssessment } from '../integration/charting/setup';
import { CHARGE } from '../support/auth';
import { frenchProblems } from '../support/english-detector';
import { expect, test } from './fixtures';
import { consentAndEducation, dayBeforeLabs, readyPolicy } from './ready-support';
import { core, releasePembrolizumab, setCenter, setUp } from './visit-setup';

// A French workstation, walked screen by screen after a small but full day (a patient with a plan, a booked and
// released dose, check-in, a signed assessment, a side effect, labs, consent, education), all made through the
// app's channels. Each screen's visible text (without the library texts marked lang="en" that have no French
// yet, and the stored codes marked translate="no") must read as French: no frequent English word, no ISO date, no
// decimal point in a number with a unit. Every hit is reported with its screen.

const TODAY = '2026-11-27';
const FATIGUE = { meddraCode: '10016256', term: 'Fatigue' };
/** What may stay as it is: CTCAE names (Fatigue and its system organ class), what the test's users typed. */
const ALLOWED = [
  FATIGUE.term,
  'General disorders and administration site conditions',
  'Dr Nadia Okafor',
  'Sodium chloride 0.9 %',
  'Avery Lindqvist',
  'Chloé Charge',
  'Marie Tremblay',
  // The date fields' hint shows the format to type, with an example day.
  'Année-mois-jour, par ex. 1961-03-12.',
];

/** Every drug's and CAR T product's generic and brand names, as the library ships them. */
function drugNames(): string[] {
  const read = (file: string) =>
    JSON.parse(readFileSync(join(REPO_ROOT, 'resources/clinical', file), 'utf8')) as {
      genericName: string;
      brandName: string;
    }[];
  return [...read('drugs.json'), ...read('car-t-products.json')].flatMap((d) => [d.genericName, d.brandName]);
}

async function fullDay(app: BrowserApp) {
  const plan = { kind: 'regimen', regimenId: 'pembrolizumab-200-q3w', startDate: TODAY, maxDoses: 2 };
  const patient = {
    mrn: 'DEMO-007309',
    familyName: 'Lefebvre-Ngata',
    givenName: 'Josée',
    weightKg: 72.4,
    weightMeasuredOn: '2026-11-24',
    allergies: 'Aucune allergie connue',
  };
  const { chairId, patientId, planId } = await setUp(app, plan, patient);
  const visit = await core(app, 'schedule:book-dose', { planId, doseNumber: 1, date: TODAY, start: 600, chairId });
  await releasePembrolizumab(app, planId, 1);
  await readyPolicy(app);
  await consentAndEducation(app, patientId, planId);
  await dayBeforeLabs(app, patientId);
  const checkIn = { appointmentId: visit.id, name: 'Josée Lefebvre-Ngata', dateOfBirth: '1962-09-14' };
  await core(app, 'charting:check-in', { ...checkIn, clientRequestId: randomUUID() });
  const assessment = fullAssessment();
  assessment.vitals = { ...assessment.vitals, temperatureC: 37.9, weightKg: 72.4 };
  await chart(app, { patientId, appointmentId: visit.id, kind: 'assessment', payload: assessment });
  const irae = { ...FATIGUE, grade: 1, ctcaeVersion: '5.0', onsetDate: '2026-11-25', resolutionDate: null };
  const iraePayload = { ...irae, attribution: 'possible', actions: ['none'], notes: '', planId };
  await chart(app, { patientId, appointmentId: null, kind: 'irae', payload: iraePayload });
  await setCenter(app, { language: 'fr' });
  await core(app, 'auth:sign-in', { initials: CHARGE.initials, secret: CHARGE.secret });
  return { patientId, appointmentId: visit.id };
}

async function chart(app: BrowserApp, entry: Record<string, unknown>) {
  const draft = await core(app, 'charting:save-draft', { ...entry, clientRequestId: randomUUID() });
  await core(app, 'charting:sign', { id: draft.id, clientRequestId: randomUUID() });
}

/** The text of `main` a nurse sees, without English marked as such and stored codes, once it stops changing. */
async function visibleText(page: Page): Promise<string> {
  const main = page.locator('main');
  await expect(main).not.toContainText('Chargement');
  const marked = '[lang^="en"], [translate="no"]';
  const read = () =>
    main.evaluate((el: HTMLElement, selector: string) => {
      const parts = [...el.querySelectorAll<HTMLElement>(selector)].map((e) => e.innerText || e.textContent || '');
      return parts.reduce((text, part) => (part ? text.replace(part, ' ') : text), el.innerText);
    }, marked);
  // A screen fills in as its queries answer: read until two readings a quarter of a second apart agree.
  let text = await read();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const again = await read();
    if (again === text) break;
    text = again;
  }
  return text;
}

test('every main screen of a French workstation reads as French', async ({ openApp }) => {
  const app = await openApp({ now: `${TODAY}T09:30:00Z` });
  const { page } = app;
  const { patientId, appointmentId } = await fullDay(app);
  await page.reload();
  const visit = (tab: string) => `#/chairside/visit/${appointmentId}/${tab}`;
  const screens: [string, string, string][] = [
    ['day view and worklist', `#/schedule/${TODAY}`, '[data-testid="appointment-block"]'],
    ['chairside list', '#/chairside', 'main'],
    ...['check-in', 'assessment', 'administration', 'reaction', 'side-effects', 'history'].map(
      (tab): [string, string, string] => [`chairside ${tab}`, visit(tab), '.cs-tab'],
    ),
    ['plans', `#/schedule/plans/${patientId}`, 'main'],
    ['labs needed', '#/labs', 'main'],
    ['labs and Ready to treat', `#/labs/${patientId}`, '[data-testid="lab-results"]'],
    ['patients', '#/patients', 'main'],
    ['patient', `#/patients/${patientId}`, '[data-testid="patient-banner"]'],
    ['handouts', `#/handouts/${patientId}`, 'main'],
    ['reports', '#/reports', 'main'],
    ['audit', '#/audit', 'main'],
    ...['center', 'chairs', 'hours', 'staff', 'limits', 'ready', 'car-t', 'library', 'backups', 'database'].map(
      (section): [string, string, string] => [`settings ${section}`, `#/settings/${section}`, 'main'],
    ),
    ['nurse board', `#/schedule/nurses/${TODAY}`, 'main'],
    ['pharmacy list', `#/schedule/pharmacy/${TODAY}`, 'main'],
  ];
  const allowed = [...ALLOWED, ...drugNames()];
  const found: string[] = [];
  for (const [name, hash, ready] of screens) {
    await page.goto(`${app.url}${hash}`);
    await expect(page.locator(ready).first()).toBeVisible();
    const problems = frenchProblems(await visibleText(page), allowed);
    found.push(...new Set(problems.map((p) => `${name}: ${p.kind} “${p.match}” in “${p.context}”`)));
  }
  expect(found, found.join('\n')).toEqual([]);
});
