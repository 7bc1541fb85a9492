import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  parseWithWords,
  validationErrorMap,
  validationSentence,
  type WordsLanguage,
} from '../../../shared/ipc/validation-words';

// The zod error map: every refused value is one sentence naming the field in words, in English and French, with
// its bounds and unit; never the schema library's wording nor a payload path.

const ZOD_WORDING = /Too (big|small)|Invalid input|expected (number|string|array)|[<>]=|Unrecognized key|payload\./;

const form = z
  .object({
    temperatureC: z.number().min(25).max(45).nullable(),
    idleLockMinutes: z.number().int().positive(),
    centerName: z.string().min(1).max(120),
    language: z.enum(['en', 'fr']),
    birthDate: z.iso.date(),
  })
  .strict();

const refused = { temperatureC: 60, idleLockMinutes: 0, centerName: '', language: 'de', birthDate: '2026-02-30', x: 1 };

describe('sentences naming the field', () => {
  it('says a whole range with its unit once, in English and in French with a decimal comma', () => {
    const issue = { path: 'payload.vitalsSeries.0.temperatureC', code: 'too-big', params: { min: 25, max: 45.5 } };
    expect(validationSentence(issue, 'en')).toBe('Temperature must be between 25 and 45.5 °C.');
    expect(validationSentence(issue, 'fr')).toBe('Température : valeur attendue entre 25 et 45,5 °C.');
  });

  it('finds both bounds of a number refused against one, from its schema', () => {
    const parsed = parseWithWords(form, { ...refused });
    if (parsed.success) throw new Error('accepted');
    expect(parsed.issues.find((i) => i.path === 'temperatureC')).toEqual({
      path: 'temperatureC',
      code: 'too-big',
      params: { min: 25, max: 45 },
      message: 'Temperature must be between 25 and 45 °C.',
    });
    // A bound that refuses the value itself ("more than 0") is not a range.
    expect(parsed.issues.find((i) => i.path === 'idleLockMinutes')).toMatchObject({
      code: 'not-above',
      message: 'Idle lock must be more than 0 min.',
    });
    expect(parsed.issues.find((i) => i.path === 'centerName')?.message).toBe('Center name is required.');
  });

  it.each<[WordsLanguage, string]>([
    ['en', 'This value is not accepted.'],
    ['fr', 'Cette valeur : valeur non acceptée.'],
  ])('says "this value" for a field it has no words for, never its path (%s)', (language, words) => {
    expect(validationSentence({ path: 'payload.patientId', code: 'invalid' }, language)).toBe(words);
  });

  it.each<[WordsLanguage, string]>([
    ['en', 'Date of birth is not accepted.'],
    ['fr', 'Date de naissance : valeur non acceptée.'],
  ])('names the check-in’s date of birth, not "this value" (%s)', (language, words) => {
    expect(validationSentence({ path: 'dateOfBirth', code: 'invalid' }, language)).toBe(words);
  });

  it('keeps a rule worded for nurses in the schema: zod asks the map only when there is none', () => {
    const phone = z.object({ centerPhone24h: z.string().regex(/^[0-9 +()-]*$/, 'Use digits only') });
    const parsed = parseWithWords(phone, { centerPhone24h: '<x>' });
    expect(parsed.success ? [] : parsed.issues).toEqual([
      { path: 'centerPhone24h', code: 'bad-format', message: 'Use digits only' },
    ]);
  });
});

describe('no schema wording reaches the words', () => {
  it.each<WordsLanguage>(['en', 'fr'])('words every kind of refusal without zod’s own message (%s)', (language) => {
    // zod's own messages, to prove the words below are not them.
    const raw = form.safeParse(refused);
    if (raw.success) throw new Error('accepted');
    expect(raw.error.issues.some((i) => ZOD_WORDING.test(i.message))).toBe(true);
    const mapped = form.safeParse(refused, { error: validationErrorMap(language) });
    if (mapped.success) throw new Error('accepted');
    expect(mapped.error.issues).toHaveLength(raw.error.issues.length);
    for (const issue of mapped.error.issues) {
      expect(issue.message).not.toMatch(ZOD_WORDING);
      expect(issue.message).not.toBe(raw.error.issues.find((r) => r.path.join() === issue.path.join())?.message);
    }
  });
});
