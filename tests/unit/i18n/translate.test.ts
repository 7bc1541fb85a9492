import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { translator, withEveryPluralForm, type MessageTree } from '../../../shared/i18n/translate';
import { reportsEn } from '../../../shared/reports/messages.en';
import { reportsFr } from '../../../shared/reports/messages.fr';
import { reportText } from '../../../shared/reports/text';
import { SECTION_VIEWS } from '../../../shared/reports/plots';
import type { ReportSummary } from '../../../shared/ipc/contract/reports';
import { storageMessage } from '../../../shared/ipc/failures';
import { storageFr } from '../../../shared/ipc/messages-storage.fr';

// Main prints the reports' words without i18next (shared/i18n/translate.ts): for every key of the catalogue,
// in both languages, with and without a count, it must answer exactly as i18next answers the renderer, which is
// given the catalogues with every plural form of their language (renderer/src/i18n/resources.ts).

const CATALOGUES = { en: reportsEn, fr: reportsFr } as const;

function baseKeys(node: MessageTree, prefix = ''): string[] {
  const keys = Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`]
      : baseKeys(value, `${prefix}${key}.`),
  );
  return [...new Set(keys)];
}

const placeholders = (node: MessageTree): string[] =>
  Object.values(node).flatMap((value) =>
    typeof value === 'string' ? [...value.matchAll(/\{\{[^}]*\}\}|\$t\(/g)].map((m) => m[0]) : placeholders(value),
  );

describe('the shared translate helper', () => {
  it.each(['en', 'fr'] as const)(
    'answers every report key as i18next does, counts and placeholders included (%s)',
    async (lng) => {
      const i18n = i18next.createInstance();
      await i18n.init({
        lng,
        resources: { [lng]: { translation: withEveryPluralForm(CATALOGUES[lng], lng) } },
        interpolation: { escapeValue: false },
      });
      const t = translator(CATALOGUES[lng], lng);
      const keys = baseKeys(CATALOGUES[lng]);
      expect(keys.length).toBeGreaterThan(100);
      const names = [...new Set(placeholders(CATALOGUES[lng]).map((p) => p.replace(/[{}\s]/g, '')))];
      for (const key of [...keys, 'missing.key', 'section.nothing']) {
        for (const count of [undefined, 0, 1, 2, 21, 1_000_000]) {
          const params = Object.fromEntries(names.map((name, i) => [name, `v${i}`]));
          const withCount: Record<string, string | number> = count === undefined ? params : { ...params, count };
          const asked = key as Parameters<typeof t>[0];
          expect(t(asked, withCount), `${key} ${count}`).toBe(i18n.t(key, withCount));
        }
        // A placeholder without a value is left as i18next leaves it.
        expect(t(key as Parameters<typeof t>[0])).toBe(i18n.t(key));
      }
    },
  );

  it('says a French count of 1 000 000 with the `_other` words, as i18next does with every plural form', async () => {
    // Intl.PluralRules gives French a third form for a million: a catalogue of `_one`/`_other` has no words for it.
    expect(new Intl.PluralRules('fr').select(1_000_000)).toBe('many');
    const bare = i18next.createInstance();
    await bare.init({
      lng: 'fr',
      resources: { fr: { translation: reportsFr } },
      interpolation: { escapeValue: false },
    });
    expect(bare.t('staffing.starts', { count: 1_000_000 })).toBe('staffing.starts');
    expect(translator(reportsFr, 'fr')('staffing.starts', { count: 1_000_000 })).toBe('1000000 débuts');
    expect(translator(reportsFr, 'fr')('staffing.starts', { count: 1 })).toBe('1 début');
  });

  it('uses only {{name}} placeholders, no nesting or formats the helper would not read the way i18next does', () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      expect(placeholders(catalogue).filter((p) => !/^\{\{\w+\}\}$/.test(p))).toEqual([]);
    }
  });
});

describe('report words in main', () => {
  const staffing = (starts: number) =>
    ({
      staffing: {
        maxPatientsPerNurse: 4,
        maxStartsPerNursePerSlot: starts,
        slotMinutes: 15,
        ratioBreaches: 0,
        staggerBreaches: 0,
        unassignedVisits: 0,
        hours: [],
      },
    }) as unknown as ReportSummary;

  it.each([
    ['en', 1, '4 patients per nurse, 1 start per nurse per 15-minute slot'],
    ['en', 2, '4 patients per nurse, 2 starts per nurse per 15-minute slot'],
    ['fr', 1, '4 patients par infirmière, 1 début par infirmière par tranche de 15 minutes'],
    ['fr', 3, '4 patients par infirmière, 3 débuts par infirmière par tranche de 15 minutes'],
  ] as const)('says the stagger limit with a plural, not "(s)" (%s, %i)', (language, starts, words) => {
    const summary = SECTION_VIEWS.staffing(staffing(starts), reportText(language)).summary;
    expect(summary).toContain(words);
    expect(summary).not.toContain('(s)');
  });
});

describe('storage failures in main', () => {
  it('are said in English from the same catalogue the screen shows, naming the file as it is', () => {
    const file = '/data/$&chairside.db';
    expect(storageMessage('storage-full', file)).toBe(
      `The disk that holds ${file} is full, so nothing was saved. Free space on that disk (or ask IT to), then try again.`,
    );
    expect(translator(storageFr, 'fr')('busy', { file })).toMatch(/^\/data\/\$&chairside\.db est occupé/);
  });
});
