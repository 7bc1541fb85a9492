import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORE_REFUSAL_REASONS } from '../../../shared/ipc/core-refusals';
import { appI18n, rendererModule } from '../../support/app-i18n';

// Every reason the core refuses with is in the registry (found by reading electron/main), and every reason in the
// registry has words in English and in French that fill in without leaving a placeholder behind.

const ROOT = resolve(import.meta.dirname, '../../..');
const { en } = await rendererModule<{ en: Record<string, unknown> }>('i18n/en.ts');
const { fr } = await rendererModule<{ fr: Record<string, unknown> }>('i18n/fr.ts');
const errorsEn = en.errors as Record<string, string>;
const errorsFr = fr.errors as Record<string, string>;

// The FHIR export writes `code: '…'` for FHIR's own codes (vital-signs, performer…), which are not refusals.
const NOT_REFUSALS = new Set(['fhir']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (NOT_REFUSALS.has(name)) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

const REASON = `'([a-z][a-z0-9-]*)'`;
// A reason as the first argument, or both branches of a condition (`changed ? 'a' : 'b'`).
const CONDITION = String.raw`(?:[\w.]+(?:\([^()]*\))?\s*\?\s*)?`;
const PATTERNS = [
  new RegExp(String.raw`\b(?:conflict|forbidden|notFound)\(\s*${CONDITION}${REASON}(?:\s*:\s*${REASON})?`, 'g'),
  new RegExp(String.raw`\brefusal\(\s*'[a-z-]+',\s*${REASON}`, 'g'),
  new RegExp(String.raw`\b(?:invalid|conflictOn)\(\s*[^,()]+(?:\([^()]*\))?,\s*${REASON}`, 'g'),
  // The reason of an issue built by hand ({ path, message, code }); plan warnings and IPC error codes are not.
  new RegExp(String.raw`^(?!.*(?:warnings\.push|error: \{)).*\bcode: ${REASON}`, 'gm'),
];

// The nurse board refuses with the reason of the rule the shared check found (shared/scheduling), and a batch of
// lab results with the reason of each problem the shared lab check found (shared/labs/entry.ts).
const ASSIGNMENT_RULES = readFileSync(join(ROOT, 'shared/scheduling/check-assignment.ts'), 'utf8');
const LAB_CHECK = readFileSync(join(ROOT, 'shared/labs/entry.ts'), 'utf8');
const used = new Set([
  ...sources(join(ROOT, 'electron/main')).flatMap((text) =>
    PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].flatMap((m) => m.slice(1).filter(Boolean))),
  ),
  ...[...ASSIGNMENT_RULES.matchAll(new RegExp(String.raw`\breason: ${REASON}`, 'g'))].map((m) => m[1]!),
  ...[...LAB_CHECK.matchAll(new RegExp(String.raw`\bproblem\(\s*(?:'\w+'|\w+),\s*${REASON}`, 'g'))].map((m) => m[1]!),
]);

/** The keys a reason's words live under: the reason itself, or its plural forms. */
const wordsOf = (messages: Record<string, string>, reason: string): string[] =>
  Object.keys(messages)
    .filter((key) => key === reason || key.replace(/_(zero|one|two|few|many|other)$/, '') === reason)
    .map((key) => messages[key]!);

/** The values a reason's words take: `{{name}}` and `{{name, format}}`, and those inside `$t(…)`. */
const namesIn = (words: string[]): string[] =>
  [...new Set(words.flatMap((text) => [...text.matchAll(/\{\{(\w+)/g)].map((m) => m[1]!)))].sort();

/** Sample values: real statuses and steps where the words name one, a number or a word otherwise. */
const SAMPLE: Record<string, string | number> = {
  status: 'no-show',
  planStatus: 'on-hold',
  from: 'scheduled',
  to: 'completed',
  current: 'ordered',
  expected: 'verified',
  kg: 72.4,
  analyte: 'alt',
  field: 'refLow',
};
const sampleFor = (names: string[]) =>
  Object.fromEntries(
    names.map((name) => [name, SAMPLE[name] ?? (/count|minutes|needed|shortest|percent|dose/.test(name) ? 3 : 'X')]),
  );

beforeAll(async () => {
  await appI18n();
});

describe('the core’s refusal reasons', () => {
  it('finds the reasons written under electron/main', () => expect(used.size).toBeGreaterThan(150));

  it('has every reason used under electron/main in the registry', () => {
    const registry = new Set<string>(CORE_REFUSAL_REASONS);
    expect([...used].filter((reason) => !registry.has(reason))).toEqual([]);
  });

  it('keeps no reason in the registry that nothing raises', () => {
    expect(CORE_REFUSAL_REASONS.filter((reason) => !used.has(reason))).toEqual([]);
  });

  it.each([
    ['en', errorsEn],
    ['fr', errorsFr],
  ])('has words for every reason in %s, and no words for an unknown reason', (_language, messages) => {
    expect(CORE_REFUSAL_REASONS.filter((reason) => wordsOf(messages, reason).length === 0)).toEqual([]);
    const registry = new Set<string>(CORE_REFUSAL_REASONS);
    const orphans = Object.keys(messages).filter((key) => !registry.has(key.replace(/_(one|many|other)$/, '')));
    expect(orphans).toEqual([]);
  });

  it('takes the same values in both languages and says every reason in French words, all filled in', async () => {
    await i18next.changeLanguage('fr');
    const translate = i18next.t as unknown as (key: string, params: Record<string, unknown>) => string;
    for (const reason of CORE_REFUSAL_REASONS) {
      const names = namesIn(wordsOf(errorsEn, reason));
      expect(namesIn(wordsOf(errorsFr, reason)), reason).toEqual(names);
      const shown = translate(`errors.${reason}`, sampleFor(names));
      expect(shown, reason).not.toMatch(/\{\{|\$t\(|errors\.|schedule\.|dayRun\.|labs\./);
      expect(shown, reason).not.toBe(errorsEn[reason]);
    }
  });

  it('says statuses, steps, plurals and decimals in the reader’s language', async () => {
    const translate = i18next.t as unknown as (key: string, params: Record<string, unknown>) => string;
    await i18next.changeLanguage('fr');
    expect(translate('errors.appointment-already', { status: 'no-show' })).toBe('Ce rendez-vous est déjà « Absent ».');
    expect(translate('errors.weight-too-old', { count: 1 })).toContain('depuis 1 jour :');
    expect(translate('errors.weight-changed', { kg: 72.4, percent: 10 })).toContain('(72,4 kg)');
    await i18next.changeLanguage('en');
    expect(translate('errors.status-follows-chart', { from: 'scheduled', to: 'completed' })).toContain(
      'from “Scheduled” to “Completed”',
    );
    expect(translate('errors.weight-too-old', { count: 14 })).toContain('within 14 days:');
  });

  it.each([
    ['en', 1, 'its audit trail has 1 break (', 'Room 2 takes 1 patient at once: choose its seat.'],
    ['en', 3, 'its audit trail has 3 breaks (', 'Room 2 takes 3 patients at once: choose one of its seats.'],
    ['fr', 1, 'son journal d’audit présente 1 rupture (', 'Room 2 reçoit 1 patient à la fois : choisissez sa place.'],
    [
      'fr',
      3,
      'son journal d’audit présente 3 ruptures (',
      'Room 2 reçoit 3 patients à la fois : choisissez une de ses places.',
    ],
  ] as const)(
    'counts breaks and seats with plural forms, never "(s)" (%s, %i)',
    async (language, count, breaks, seats) => {
      const translate = i18next.t as unknown as (key: string, params: Record<string, unknown>) => string;
      await i18next.changeLanguage(language);
      expect(translate('errors.backup-audit-broken', { file: 'b.sqlite3', count })).toContain(breaks);
      expect(translate('errors.injection-seat-unknown', { place: 'Room 2', count })).toBe(seats);
      for (const reason of CORE_REFUSAL_REASONS) {
        for (const words of wordsOf(language === 'en' ? errorsEn : errorsFr, reason))
          expect(words).not.toMatch(/\w\(s\)/);
      }
    },
  );

  it('names the test and the field of a lab refusal in the reader’s language', async () => {
    const translate = i18next.t as unknown as (key: string, params: Record<string, unknown>) => string;
    await i18next.changeLanguage('fr');
    expect(translate('errors.loinc-format', { analyte: 'alt' })).toMatch(/^Code LOINC de l’analyse ALAT :/);
    expect(translate('errors.lab-not-a-number', { field: 'refHigh', text: 'x' })).toBe(
      'Valeur de référence haute : « x » n’est pas un nombre.',
    );
    await i18next.changeLanguage('en');
    expect(translate('errors.loinc-format', { analyte: 'alt' })).toMatch(/^The LOINC code for ALT must/);
    expect(translate('errors.lab-not-a-number', { field: 'refHigh', text: 'x' })).toBe(
      'Reference range, high: “x” is not a number.',
    );
  });
});
