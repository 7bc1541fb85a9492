import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcError } from '../../../shared/ipc/result';
import { createChromiumPlatform, type ChromiumPlatform } from '../../harness/platform';
import { CHARGE, NURSE, nurseSignedIn, signInAs } from '../../support/auth';
import { openTestCore, type TestCore } from '../../support/core';
import { fhirErrors } from '../../support/fhir-schema';
import { addPatient } from '../../support/schedule';
import { appI18n, rendererModule } from '../../support/app-i18n';

// The center's own LOINC code per lab test, through the real core: empty until a charge nurse sets one (a nurse
// may not), refused with the analyte named when its form or check digit is wrong, audited, and written by the
// FHIR export as the lab Observation's coding; an analyte without a code is exported by its name only.

const { invalidText, issueText } = await rendererModule<{
  invalidText: (error: Pick<IpcError, 'issues'>) => string;
  issueText: (issue: IpcError['issues'][number]) => string;
}>('components/refusal-text.ts');

// ALT in serum or plasma, as LOINC publishes it (https://loinc.org/1742-6/); a center's lab may report another.
const ALT_CODE = '1742-6';
const range = { from: '2026-11-26', to: '2026-11-27' };
type Resource = { resourceType: string; id: string } & Record<string, unknown>;

let t: TestCore;
let platform: ChromiumPlatform;

beforeAll(async () => {
  platform = createChromiumPlatform();
  t = await openTestCore('2026-11-27T09:00:00Z', { platform });
  await nurseSignedIn(t);
  const patientId = await addPatient(t, { mrn: 'MRN-0517' });
  const lab = (analyte: string, value: string, unit: string) => ({ analyte, drawnAt: '2026-11-26T14:00', value, unit });
  const results = [lab('alt', '30', 'U/L'), lab('tsh', '1.9', 'mIU/L')];
  await t.ok('labs:enter', { patientId, results, method: 'hand', locale: 'en' });
  await appI18n();
}, 60_000);
afterAll(async () => {
  await t.close();
  await platform.close();
});

async function labObservations(): Promise<Resource[]> {
  const result = await t.ok('reports:export-fhir', { ...range, format: 'bundle', patientId: null });
  const bundle = JSON.parse(readFileSync(join(platform.saveDir, result.fileName!), 'utf8')) as Resource & {
    entry: { resource: Resource }[];
  };
  expect(fhirErrors(bundle)).toEqual([]);
  return bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'Observation');
}

const codeOf = (observations: Resource[], text: string) =>
  observations.find((o) => (o.code as { text: string }).text === text)!.code;

describe('the center’s LOINC code per lab test', () => {
  it('is empty for every analyte until the center sets one, and the export names each test only', async () => {
    await signInAs(t, NURSE);
    expect(await t.ok('labs:loinc-codes', {})).toEqual({});
    await signInAs(t, CHARGE);
    const observations = await labObservations();
    expect(observations).toHaveLength(2);
    expect(codeOf(observations, 'ALT')).toEqual({ text: 'ALT' });
    expect(codeOf(observations, 'TSH')).toEqual({ text: 'TSH' });
  });

  it('is refused to a nurse, who may read the codes but not set them', async () => {
    await signInAs(t, NURSE);
    const refused = await t.call('labs:save-loinc-codes', { codes: { alt: ALT_CODE } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.ok('labs:loinc-codes', {})).toEqual({});
  });

  it('is set by a charge nurse, audited with the codes before and after, and exported as ALT’s coding', async () => {
    await signInAs(t, CHARGE);
    expect(await t.ok('labs:save-loinc-codes', { codes: { alt: ` ${ALT_CODE} `, tsh: '' } })).toEqual({
      alt: ALT_CODE,
    });
    const [event] = await t.ok('audit:list', { action: 'update', objectType: 'settings', limit: 1 });
    expect(event).toMatchObject({ objectId: 'labLoincCodes', userName: 'Chloé Charge' });
    expect(JSON.parse(event!.detail!)).toEqual({ before: {}, after: { alt: ALT_CODE } });

    await signInAs(t, NURSE);
    expect(await t.ok('labs:loinc-codes', {})).toEqual({ alt: ALT_CODE });
    await signInAs(t, CHARGE);
    const observations = await labObservations();
    expect(codeOf(observations, 'ALT')).toEqual({
      coding: [{ system: 'http://loinc.org', code: ALT_CODE }],
      text: 'ALT',
    });
    // TSH has no code of the center's: by its name only.
    expect(codeOf(observations, 'TSH')).toEqual({ text: 'TSH' });
  });

  it('writes the lab results as CSV, as typed, with the center’s code for ALT and none for TSH', async () => {
    await signInAs(t, CHARGE);
    const result = await t.ok('reports:export-csv', { ...range, dataset: 'labs' });
    expect(result).toMatchObject({ done: true, rows: 2 });
    const text = readFileSync(join(platform.saveDir, result.fileName!), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'result_id',
      'mrn',
      'analyte',
      'loinc',
      'drawn_date',
      'drawn_time',
      'comparator',
      'value',
      'unit',
      'ref_low',
      'ref_high',
      'entry_method',
      'entered_at',
      'entered_by',
    ]);
    const base = { mrn: 'MRN-0517', drawn_date: '2026-11-26', drawn_time: '14:00', entry_method: 'hand' };
    expect(parsed.data).toEqual([
      expect.objectContaining({ ...base, analyte: 'alt', loinc: ALT_CODE, value: '30', unit: 'U/L' }),
      expect.objectContaining({ ...base, analyte: 'tsh', loinc: '', value: '1.9', unit: 'mIU/L' }),
    ]);
  });

  it('refuses a wrong check digit and a code not written the LOINC way, naming each test, and keeps the codes', async () => {
    await signInAs(t, CHARGE);
    const result = await t.call('labs:save-loinc-codes', { codes: { alt: '1742-5', tsh: '3016' } });
    if (result.ok) throw new Error('accepted a wrong LOINC code');
    expect(result.error.code).toBe('invalid');
    expect(result.error.issues.map((i) => [i.path, i.code, i.params])).toEqual([
      ['codes.alt', 'loinc-check-digit', { analyte: 'alt' }],
      ['codes.tsh', 'loinc-format', { analyte: 'tsh' }],
    ]);
    expect(await t.ok('labs:loinc-codes', {})).toEqual({ alt: ALT_CODE });

    await i18next.changeLanguage('en');
    expect(result.error.issues.map(issueText)).toEqual([
      'The LOINC code for ALT has a last digit that is not the check digit of the digits before it: check the code with your laboratory.',
      'The LOINC code for TSH must be digits, a hyphen and one check digit.',
    ]);
    expect(invalidText(result.error)).toContain('The LOINC code for ALT');
    await i18next.changeLanguage('fr');
    expect(result.error.issues.map(issueText)).toEqual([
      'Code LOINC de l’analyse ALAT : le dernier chiffre n’est pas le chiffre de contrôle des chiffres qui le précèdent. Vérifiez le code auprès de votre laboratoire.',
      'Code LOINC de l’analyse TSH : des chiffres, un trait d’union et un chiffre de contrôle.',
    ]);
    expect(invalidText(result.error)).toContain('Code LOINC de l’analyse ALAT');
    for (const text of [...result.error.issues.map(issueText), invalidText(result.error)]) {
      expect(text).not.toMatch(/codes\.|Invalid input|Too big/);
    }
    await i18next.changeLanguage('en');
  });

  it('is cleared by saving the analyte empty: the export goes back to the name only', async () => {
    await signInAs(t, CHARGE);
    expect(await t.ok('labs:save-loinc-codes', { codes: { alt: '' } })).toEqual({});
    expect(codeOf(await labObservations(), 'ALT')).toEqual({ text: 'ALT' });
  });
});
