import { join, resolve } from 'node:path';
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcError, IpcIssue } from '../../../shared/ipc/result';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, makeCenter, startPlan } from '../../support/schedule';

// Loaded by path at run time: the renderer's files are not part of the tests' TypeScript project.
const RENDERER = resolve(import.meta.dirname, '../../../renderer/src');
const { en } = (await import(join(RENDERER, 'i18n/en.ts'))) as { en: Record<string, unknown> };
const { fr } = (await import(join(RENDERER, 'i18n/fr.ts'))) as { fr: Record<string, unknown> };
const { invalidText, issueText } = (await import(join(RENDERER, 'components/refusal-text.ts'))) as {
  invalidText: (error: Pick<IpcError, 'issues'>) => string;
  issueText: (issue: IpcIssue) => string;
};
const { ApiError } = (await import(join(RENDERER, 'app/api.ts'))) as {
  ApiError: new (error: IpcError) => Error;
};

// A refused input, from the real router, in the words the renderer shows: the field named in words, in English
// and in French, and never a payload path nor the schema's wording ("Too big: expected number to be <=120").

let t: TestCore;
beforeAll(async () => {
  t = await openTestCore();
  await i18next.init({
    lng: 'en',
    resources: { en: { translation: en }, fr: { translation: fr } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
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
    ['en', 'Not saved. Check: idle lock (At most 120).'],
    ['fr', 'Non enregistré. Vérifiez : verrouillage après inactivité (Au plus 120).'],
  ])('an idle lock of 500 minutes, in %s', async (language, words) => {
    const error = await refusal('settings:update', { idleLockMinutes: 500 });
    // Main keeps the schema's English for its log, with the path…
    expect(error.message).toMatch(/idleLockMinutes/);
    expect(error.issues[0]).toMatchObject({ path: 'idleLockMinutes', code: 'too-big', params: { max: 120 } });
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
      'Not saved. Check: how long before a dose labs may be drawn (At least 1), corticosteroid limit (More than 0).',
    ],
    [
      'fr',
      'Non enregistré. Vérifiez : délai des bilans avant une dose (Au moins 1), limite des corticoïdes (Plus de 0).',
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
    expect(texts).toContain('Au plus 120 caractères.');
    expect(texts).toContain('Cette valeur n’est pas du type attendu : vérifiez-la.');
    for (const text of texts) expect(text).not.toMatch(SCHEMA_WORDING);
    expect(invalidText(error)).not.toMatch(/centerName|idleLockMinutes/);
  });

  it('keeps a rule worded for nurses in English, and words it from its reason in French', async () => {
    const error = await refusal('settings:update', { centerPhone24h: '<script>' });
    await i18next.changeLanguage('en');
    expect(issueText(error.issues[0]!)).toBe('Use digits, spaces, +, -, (, ) and . only');
    await i18next.changeLanguage('fr');
    expect(issueText(error.issues[0]!)).toBe('Ce n’est pas écrit de la façon attendue : vérifiez.');
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
