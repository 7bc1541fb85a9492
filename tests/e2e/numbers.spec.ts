import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import type { BrowserApp } from '../harness/app';
import { CHARGE, NURSE } from '../support/auth';
import { fullAssessment } from '../integration/charting/setup';
import { expect, test, typeInto } from './fixtures';
import { core, releasePembrolizumab, setCenter, setUp } from './visit-setup';

// Every number field of every screen, typed one key at a time in English and in French: what the field shows is
// exactly what was typed while typing, a leading decimal mark reads as 0.5 (never 5), a trailing zero goes
// (5, not 5.0), the other language's decimal mark is read too, and a number the field refuses stays as typed
// with the reason beside it. A plain <input type="number"> (which drops what it cannot read) fails the test.

const TODAY = '2026-11-27';

interface Marks {
  mark: string;
  other: string;
  /** The field's own refusals of 0.5 (a whole-number field, or one whose lowest value is higher). */
  refusal: RegExp;
}
const MARKS: Record<'en' | 'fr', Marks> = {
  en: { mark: '.', other: ',', refusal: /^⚠ (Type a whole number\.|Below \d+ \S+, the lowest value accepted here)/ },
  fr: {
    mark: ',',
    other: '.',
    refusal: /^⚠ (Tapez un nombre entier\.|Sous \d+ \S+, la plus petite valeur acceptée ici)/,
  },
};

/** The error shown beside a field, if any. */
const errorOf = (field: Locator) =>
  field.locator('xpath=ancestor::div[contains(@class,"field")][1]//p[contains(@class,"field-error")]');

async function checkField(field: Locator, m: Marks): Promise<void> {
  const original = await field.inputValue();
  const decimal = `0${m.mark}5`;
  // Character by character, the field holds exactly the keys typed so far.
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Delete');
  for (const [i, key] of [...decimal].entries()) {
    await field.press(key);
    await expect(field).toHaveValue(decimal.slice(0, i + 1));
  }
  await field.press('Tab');
  await expect(field).toHaveValue(decimal);
  const refused = await errorOf(field).count();
  if (refused > 0) await expect(errorOf(field)).toHaveText(m.refusal);
  // ".5" is 0.5, shown the safe way when the nurse leaves the field; never 5.
  await typeInto(field, `${m.mark}5`);
  await field.press('Tab');
  await expect(field).toHaveValue(decimal);
  // "5.0" is 5; the other language's mark is read as a decimal mark too.
  await typeInto(field, `5${m.mark}0`);
  await field.press('Tab');
  await expect(field).toHaveValue('5');
  await typeInto(field, `2${m.other}5`);
  await field.press('Tab');
  await expect(field).toHaveValue(`2${m.mark}5`);
  await typeInto(field, original);
  await field.press('Tab');
}

/** Checks every editable number field visible in `scope`; returns how many there were. */
async function checkAll(page: Page, scope: Locator, m: Marks): Promise<number> {
  await expect(page.locator('input[type=number]')).toHaveCount(0);
  const fields = scope.locator('input[inputmode=decimal]:visible:not([readonly])');
  // The screen has loaded its fields before they are counted.
  await expect(fields.first()).toBeVisible();
  const count = await fields.count();
  for (let i = 0; i < count; i++) await checkField(fields.nth(i), m);
  return count;
}

async function asCharge(app: BrowserApp) {
  await core(app, 'auth:sign-in', { initials: CHARGE.initials, secret: CHARGE.secret });
  await app.page.reload();
}

async function asNurse(app: BrowserApp) {
  await core(app, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  await app.page.reload();
}

for (const language of ['en', 'fr'] as const) {
  test(`every number field, typed key by key, keeps what was typed (${language})`, async ({ openApp }) => {
    test.setTimeout(240_000);
    const m = MARKS[language];
    const app = await openApp({ now: `${TODAY}T09:30:00Z` });
    const { page } = app;
    const { chairId, planId, patientId } = await setUp(
      app,
      { kind: 'regimen', regimenId: 'pembrolizumab-200-q3w', startDate: TODAY, maxDoses: 3 },
      { mrn: 'DEMO-004411', familyName: 'Delacroix-Nunes', givenName: 'Aurore', allergies: 'No known allergies' },
    );
    const booked = await core(app, 'schedule:book-dose', { planId, doseNumber: 1, date: TODAY, chairId, start: 600 });
    await releasePembrolizumab(app, planId, 1);
    await setCenter(app, { language });
    const counts: Record<string, number> = {};

    // A new patient: weight and height.
    await page.goto(`${app.url}#/patients/new`);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    counts.patient = await checkAll(page, page.locator('form').first(), m);

    // The regimen preview's weight, in the library.
    await page.goto(`${app.url}#/library/regimen/pembrolizumab-200-q3w`);
    counts.library = await checkAll(page, page.getByRole('article'), m);

    // The order form of the plan: dose, volume, minutes, rate.
    await page.goto(`${app.url}#/schedule/plans/${patientId}`);
    await page
      .getByTestId('plan-card')
      .getByRole('button')
      .filter({ hasText: /Enter an order|Saisir une prescription/ })
      .first()
      .click();
    counts.order = await checkAll(page, page.getByRole('dialog'), m);
    await page.keyboard.press('Escape');

    // Settings, as the charge nurse, section by section: idle lock and weight rule, limits, then a
    // center value and a center regimen in the library section.
    await asCharge(app);
    counts.settings = 0;
    for (const section of ['center', 'limits']) {
      await page.goto(`${app.url}#/settings/${section}`);
      counts.settings += await checkAll(page, page.locator('main'), m);
    }
    await page.goto(`${app.url}#/settings/library`);
    const override = page.getByRole('region', {
      name: language === 'en' ? 'Center library' : /Bibliothèque du centre/,
    });
    const find = override.getByRole('combobox').first();
    await find.pressSequentially('Keytruda');
    await find.press('ArrowDown');
    await find.press('Enter');
    counts.override = await checkAll(page, override, m);
    await asNurse(app);

    // The chairside, after check-in: the assessment's vitals; once it is signed, the bag readings.
    await core(app, 'charting:check-in', {
      appointmentId: booked.id,
      name: 'Aurore Delacroix-Nunes',
      dateOfBirth: '1962-09-14',
      clientRequestId: randomUUID(),
    });
    await page.goto(`${app.url}#/chairside/visit/${booked.id}/assessment`);
    counts.assessment = await checkAll(page, page.locator('.cs-tab'), m);
    await expect(page.getByTestId('entry-state').first()).toContainText(
      language === 'en' ? 'Draft saved' : 'Brouillon enregistré',
    );
    const draft = app.core.store
      .prepare<{ id: string }>("SELECT id FROM chart_entry WHERE kind = 'assessment' AND status = 'draft'")
      .get()!;
    const payload = fullAssessment();
    const ids = { patientId, appointmentId: booked.id, kind: 'assessment', payload };
    await core(app, 'charting:save-draft', { id: draft.id, ...ids, clientRequestId: randomUUID() });
    await core(app, 'charting:sign', { id: draft.id, clientRequestId: randomUUID() });
    await page.reload();
    await page.getByTestId('step-administration').click();
    counts.administration = await checkAll(page, page.locator('.cs-tab'), m);

    // Every screen had its number fields, and all of them went through the check.
    expect(counts.patient).toBeGreaterThanOrEqual(2);
    expect(counts.library).toBeGreaterThanOrEqual(1);
    expect(counts.order).toBeGreaterThanOrEqual(4);
    expect(counts.settings).toBeGreaterThanOrEqual(4);
    expect(counts.override).toBeGreaterThanOrEqual(1);
    expect(counts.assessment).toBeGreaterThanOrEqual(7);
    expect(counts.administration).toBeGreaterThanOrEqual(3);
  });
}
