import { join, resolve } from 'node:path';
import i18next, { type i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IpcIssue } from '../../../shared/ipc/result';

// Plurals on screen as i18next chooses them: by Intl.PluralRules, whose French has three forms (one, many for
// 1 000 000, other). The renderer gives i18next its catalogues with every form (renderer/src/i18n/resources.ts),
// so a count of a million reads as French `_other`, not as the English fallback or the key.

// Loaded by path at run time: the renderer's files are not part of the tests' TypeScript project.
const RENDERER = resolve(import.meta.dirname, '../../../renderer/src');
const { RESOURCES } = (await import(join(RENDERER, 'i18n/resources.ts'))) as { RESOURCES: Record<string, unknown> };
const { en } = (await import(join(RENDERER, 'i18n/en.ts'))) as { en: Record<string, unknown> };
const { fr } = (await import(join(RENDERER, 'i18n/fr.ts'))) as { fr: Record<string, unknown> };
const { issueText } = (await import(join(RENDERER, 'components/refusal-text.ts'))) as {
  issueText: (issue: IpcIssue) => string;
};

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** An i18next set up as the app sets it up (English fallback), over the resources given. */
async function appI18n(resources: object, lng: string): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    fallbackLng: 'en',
    resources: resources as never,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** Every `_other` key of a catalogue, dotted, without its suffix. */
function pluralKeys(node: unknown, prefix = ''): string[] {
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => {
    if (typeof value === 'object' && value !== null) return pluralKeys(value, `${prefix}${key}.`);
    return key.endsWith('_other') ? [`${prefix}${key.slice(0, -'_other'.length)}`] : [];
  });
}

/** A value for every placeholder the words name, so none is left unfilled. */
const sampleParams = (words: string): Record<string, unknown> =>
  Object.fromEntries([...words.matchAll(/\{\{(\w+)/g)].map((m) => [m[1]!, 'X']));

describe('French plural forms at 1 000 000', () => {
  const keys = pluralKeys(fr);

  it('finds the French plural keys', () => expect(keys.length).toBeGreaterThan(40));

  it('would show the English words with the catalogue alone: i18next never falls back to `_other`', async () => {
    const bare = await appI18n({ en: { translation: en }, fr: { translation: fr } }, 'fr');
    const t = bare.t.bind(bare) as unknown as Translate;
    expect(t('labs.entry.saved', { count: 1_000_000 })).toBe('1000000 results saved.');
  });

  it('says every French `_other` key in French at 1 000 000, as the app is set up', async () => {
    const app = await appI18n(RESOURCES, 'fr');
    const t = app.t.bind(app) as unknown as Translate;
    const wrong = keys.flatMap((key) => {
      const other = t(`${key}_other`);
      const params = { ...sampleParams(other), count: 1_000_000 };
      const shown = t(key, params);
      return shown === t(`${key}_other`, params) && !shown.startsWith(key) ? [] : [`${key}: ${shown}`];
    });
    expect(wrong).toEqual([]);
    expect(t('labs.entry.saved', { count: 1_000_000 })).toBe('1000000 résultats enregistrés.');
    expect(t('labs.entry.saved', { count: 1 })).toBe('1 résultat enregistré.');
  });
});

describe('counts said with plural forms', () => {
  beforeAll(async () => {
    await i18next.init({
      lng: 'en',
      fallbackLng: 'en',
      resources: RESOURCES as never,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  });

  it.each([
    ['en', 0, 'Audit chain intact: 0 events checked, 0 signed chart entries match their signatures'],
    ['en', 1, 'Audit chain intact: 1 event checked, 1 signed chart entry matches its signature, 1 signed'],
    ['en', 2, 'Audit chain intact: 2 events checked, 2 signed chart entries match their signatures, 2 signed'],
    ['fr', 0, 'Chaîne d’audit intacte : 0 événement vérifié, 0 entrée de dossier signée conforme à sa signature'],
    ['fr', 1, 'Chaîne d’audit intacte : 1 événement vérifié, 1 entrée de dossier signée conforme à sa signature'],
    ['fr', 2, 'Chaîne d’audit intacte : 2 événements vérifiés, 2 entrées de dossier signées conformes'],
  ] as const)('the audit check in %s with %i of each', async (language, n, intact) => {
    await i18next.changeLanguage(language);
    const t = i18next.t.bind(i18next) as unknown as Translate;
    const shown = t('audit.intact', {
      events: t('audit.eventsChecked', { count: n }),
      entries: t('audit.entriesMatch', { count: n }),
      checkpoints: t('audit.checkpointsAgree', { count: n }),
    });
    expect(shown).toContain(intact);
    const broken = t('audit.broken', { count: n, events: t('audit.events', { count: n }) });
    const found = { en: ['problems found in 0 events', 'problem found in 1 event.', 'problems found in 2 events'] };
    const trouve = [
      'problème trouvé dans 0 événement',
      'problème trouvé dans 1 événement.',
      'problèmes trouvés dans 2',
    ];
    expect(broken).toContain(language === 'en' ? found.en[n] : trouve[n]);
    expect(`${shown} ${broken} ${t('audit.legacyEntries', { count: n })}`).not.toMatch(/\(s\)/);
  });

  it('words a refusal whose words have plural forms only in the reader’s language, not the core’s English', async () => {
    const issue: IpcIssue = {
      path: 'capacity',
      message: '1 booked visit would lose their place: move them first, or keep the capacity',
      code: 'injection-capacity-in-use',
      params: { count: 1 },
    };
    await i18next.changeLanguage('fr');
    expect(issueText(issue)).toBe('Un rendez-vous perdrait sa place : déplacez-le d’abord, ou gardez la capacité.');
    await i18next.changeLanguage('en');
    expect(issueText(issue)).toBe(issue.message);
  });
});
