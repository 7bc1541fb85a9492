import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { VITAL_FIELDS, vitalsSchemaFor } from '../../../shared/charting/vitals';
import { parseWithWords } from '../../../shared/ipc/validation-words';
import type { IpcError, IpcIssue } from '../../../shared/ipc/result';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, makeCenter, startPlan } from '../../support/schedule';
import { appI18n, rendererModule } from '../../support/app-i18n';

const { invalidText, issueText } = await rendererModule<{
  invalidText: (error: Pick<IpcError, 'issues'>) => string;
  issueText: (issue: IpcIssue) => string;
}>('components/refusal-text.ts');
const { ApiError } = await rendererModule<{
  ApiError: new (error: IpcError) => Error;
}>('app/api.ts');

// A refused input, from the real router, in the words the renderer shows: the field named in words, in English
// and in French, and never a payload path nor the schema's wording ("Too big: expected number to be <=120").

let t: TestCore;
beforeAll(async () => {
  t = await openTestCore();
  await appI18n();
});
afterAll(() => t.close());

async function refusal(channel: string, input: unknown): Promise<IpcError> {
  const result = await t.core.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)}`);
  return result.error;
}

const SCHEMA_WORDING = /Too big|Too small|Invalid input|expected (number|string)|<=|>=/;

describe('refused inputs in the nurse’s words', () => {
  it.each([
    ['en', 'Not saved. Idle lock must be between 1 and 120 min.'],
    ['fr', 'Non enregistré. Verrouillage après inactivité : valeur attendue entre 1 et 120 min.'],
  ])('an idle lock of 500 minutes, in %s', async (language, words) => {
    const error = await refusal('settings:update', { idleLockMinutes: 500 });
    // Main keeps the path and an English sentence for its log (never the schema's wording), and both bounds…
    expect(error.message).toMatch(/idleLockMinutes: Idle lock must be between 1 and 120 min/);
    expect(error.message).not.toMatch(/Too big|expected number|<=/);
    expect(error.issues[0]).toMatchObject({ path: 'idleLockMinutes', code: 'too-big', params: { min: 1, max: 120 } });
    await i18next.changeLanguage(language);
    // …and the screen shows neither.
    const shown = invalidText(error);
    expect(shown).toBe(words);
    expect(shown).not.toMatch(SCHEMA_WORDING);
    expect(shown).not.toContain('idleLockMinutes');
  });

  it.each([
    [
      'en',
      'Not saved. How long before a dose labs may be drawn must be between 1 and 336 h. Corticosteroid limit must be more than 0.',
    ],
    [
      'fr',
      'Non enregistré. Délai des bilans avant une dose : valeur attendue entre 1 et 336 h. Limite des corticoïdes : plus de 0.',
    ],
  ])('a Ready-to-treat window of 0 hours and a limit of 0, in %s', async (language, words) => {
    const policy = { preDoseMaxAgeHours: 0, periodicMaxAgeDays: null, limits: { steroids: 0 } };
    const error = await refusal('ready:save-policy', { policy });
    // A limit that must be above 0 refuses 0 too: "at least 0" would be wrong.
    expect(error.issues.map((i) => i.code)).toEqual(['too-small', 'not-above']);
    await i18next.changeLanguage(language);
    expect(invalidText(error)).toBe(words);
  });

  it('words a missing, a wrongly typed and a too-long field without the schema’s English, in French', async () => {
    await i18next.changeLanguage('fr');
    const error = await refusal('settings:update', { centerName: 'x'.repeat(200), idleLockMinutes: 'ten' });
    const texts = error.issues.map(issueText);
    expect(texts).toContain('Nom du centre : au plus 120 caractères.');
    expect(texts).toContain('Verrouillage après inactivité : valeur d’un autre type qu’attendu, vérifiez-la.');
    for (const text of texts) expect(text).not.toMatch(SCHEMA_WORDING);
    expect(invalidText(error)).not.toMatch(/centerName|idleLockMinutes/);
  });

  it('keeps a rule worded for nurses in English, and words it from its reason in French', async () => {
    const error = await refusal('settings:update', { centerPhone24h: '<script>' });
    await i18next.changeLanguage('en');
    expect(issueText(error.issues[0]!)).toBe('Use digits, spaces, +, -, (, ) and . only');
    await i18next.changeLanguage('fr');
    expect(issueText(error.issues[0]!)).toBe(
      'Numéro joignable 24 h/24 : ce n’est pas écrit de la façon attendue, vérifiez.',
    );
    await i18next.changeLanguage('en');
    // The summary names the field the rule is about.
    expect(invalidText(error)).toBe('Not saved. 24-hour phone number: Use digits, spaces, +, -, (, ) and . only.');
  });

  it.each([
    ['en', 'Temperature must be between 25 and 45 °C.'],
    ['fr', 'Température : valeur attendue entre 25 et 45 °C.'],
  ])('words a vital refused deep in a chart payload without its path, in %s', async (language, words) => {
    const series = z.object({ vitalsSeries: z.array(vitalsSchemaFor('signed')) });
    const vitals = Object.fromEntries(VITAL_FIELDS.map((f) => [f, null]));
    const parsed = parseWithWords(series, { vitalsSeries: [{ ...vitals, temperatureC: 60 }] });
    if (parsed.success) throw new Error('accepted');
    const issues = parsed.issues.map((issue) => ({ ...issue, path: `payload.${issue.path}` }));
    expect(issues[0]?.path).toBe('payload.vitalsSeries.0.temperatureC');
    await i18next.changeLanguage(language);
    const shown = invalidText({ issues });
    expect(shown).toContain(words);
    expect(shown).not.toMatch(/payload|vitalsSeries|temperatureC/);
    expect(shown).not.toMatch(SCHEMA_WORDING);
  });

  it('names no field it has no words for, rather than show its path', async () => {
    await i18next.changeLanguage('en');
    const error = await refusal('patients:get', { patientId: 42 });
    expect(error.code).toBe('invalid');
    const shown = invalidText(error);
    expect(shown).not.toContain('patientId');
    expect(shown).not.toMatch(SCHEMA_WORDING);
  });
});

describe('the core’s own refusals in the nurse’s words', () => {
  it('says a busy chair and an appointment’s status with the screen’s words, in French and in English', async () => {
    const center = await makeCenter(t, { chairs: 1, nurses: 2 });
    const at = { doseNumber: 1, date: '2026-12-01', chairId: center.chairIds[0] ?? '', start: 10 * 60 };
    const first = await startPlan(t, await addPatient(t, { mrn: 'RW1001' }));
    const second = await startPlan(t, await addPatient(t, { mrn: 'RW1002' }));
    const booked = await t.ok('schedule:book-dose', { ...at, planId: first.id });
    const busy = await refusal('schedule:book-dose', { ...at, planId: second.id });
    // The core keeps its English for the log, and says why with a reason and the times.
    expect(busy.message).toMatch(/This chair is booked from 10:00/);
    expect(busy).toMatchObject({ code: 'conflict', issues: [{ path: 'start', code: 'chair-busy' }] });
    const until = String(busy.issues[0]?.params?.to);
    await i18next.changeLanguage('fr');
    expect(new ApiError(busy).message).toBe(`Ce fauteuil est réservé de 10:00 à ${until}.`);
    await i18next.changeLanguage('en');
    expect(new ApiError(busy).message).toBe(`This chair is booked from 10:00 to ${until}.`);

    const cancel = { appointmentId: booked.id, reason: 'Patient asked' };
    await t.ok('schedule:cancel', cancel);
    const again = await refusal('schedule:cancel', cancel);
    expect(again.issues[0]).toMatchObject({ code: 'appointment-already', params: { status: 'cancelled' } });
    await i18next.changeLanguage('fr');
    expect(new ApiError(again).message).toBe('Ce rendez-vous est déjà « Annulé ».');
  });
});
