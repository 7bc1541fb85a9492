import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createChromiumPlatform, type ChromiumPlatform } from '../../harness/platform';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, makeCenter, startPlan } from '../../support/schedule';
import { CENTER, readPdf } from './setup';

// Which sheets a patient is offered: those of their active plan's regimen (the combination's own sheet for
// two checkpoint inhibitors given together), the CAR T sheet after CAR T, in their preferred language.

let t: TestCore;
let platform: ChromiumPlatform;
beforeAll(() => {
  platform = createChromiumPlatform();
});
afterAll(() => platform.close());
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z', { platform });
  await makeCenter(t);
});
afterEach(() => t.close());

describe('handouts:suggest', () => {
  it.each([
    ['pembrolizumab-200-q3w', ['pembrolizumab']],
    ['durvalumab-es-sclc', ['durvalumab']],
    ['nivolumab-ipilimumab-melanoma', ['nivolumab-ipilimumab']],
    ['durvalumab-tremelimumab-stride', ['durvalumab-tremelimumab']],
    ['nivolumab-relatlimab-q4w', ['nivolumab-relatlimab']],
    // The sheets describe an IV drip: a subcutaneous form gets no sheet suggested (the nurse chooses).
    ['atezolizumab-hyaluronidase-sc-q3w', []],
  ])('suggests the sheets for %s', async (regimenId, expected) => {
    const patientId = await addPatient(t, { preferredLanguage: 'fr' });
    await startPlan(t, patientId, { regimenId, maxDoses: 4 });
    const suggestion = await t.ok('handouts:suggest', { patientId });
    expect(suggestion.suggested).toEqual(expected);
    expect(suggestion.language).toBe('fr');
    expect(suggestion.regimenName).not.toBeNull();
    expect(suggestion.sheets.map((s) => s.id)).not.toContain('car-t');
  });

  it('offers every sheet but none suggested without an active plan, and names missing settings', async () => {
    const patientId = await addPatient(t, { preferredLanguage: 'en' });
    const suggestion = await t.ok('handouts:suggest', { patientId });
    expect(suggestion).toMatchObject({
      language: 'en',
      regimenName: null,
      suggested: [],
      nextAppointments: [],
      missingSettings: ['centerName', 'centerPhone24h'],
    });
    expect(suggestion.sheets).toContainEqual({
      id: 'nivolumab-ipilimumab',
      kind: 'checkpoint',
      names: { en: 'Nivolumab (Opdivo) and ipilimumab (Yervoy)', fr: 'Nivolumab (Opdivo) et ipilimumab (Yervoy)' },
    });
  });

  it('suggests the CAR T sheet after CAR T and prints the product and the dates from the plan', async () => {
    await t.ok('settings:update', CENTER);
    const patientId = await addPatient(t, { preferredLanguage: 'en' });
    await t.ok('plans:create', {
      kind: 'car-t',
      patientId,
      productId: 'tisagenlecleucel',
      indicationId: 'lbcl',
      day0: '2026-12-07',
    });
    const suggestion = await t.ok('handouts:suggest', { patientId });
    expect(suggestion.suggested).toEqual(['car-t']);
    expect(suggestion.sheets.map((s) => s.id)).toContain('car-t');
    const preview = await t.ok('handouts:preview', { patientId, sheets: ['car-t'], includeWalletCard: true });
    const { text } = await readPdf(preview.pdfBase64);
    expect(text).toContain('Monday, December 7, 2026');
    // Stay near and no driving: 14 days after the infusion (the CAR T labels after the FDA removed the REMS on 26 June 2025; facts.json).
    expect(text).toContain('Until Monday, December 21, 2026');
  });
});
