import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// One layout for words: every messages file of the renderer is one half of an English/French pair, and the two
// catalogues have the same keys (the French type checks this at compile time; this checks the objects i18next
// is given, so a spread or a cast cannot hide a missing key and show the key itself to a French nurse).

const ROOT = resolve(import.meta.dirname, '../../..');
const RENDERER = join(ROOT, 'renderer/src');
// Words both processes read (the printed reports, the chairside's symptom screen) live in shared/, and words only
// main prints (the downtime sheet) in electron/main, in the same pairs.
const SHARED = join(ROOT, 'shared');
const MAIN = join(ROOT, 'electron/main');
// Loaded by path at run time: the renderer's files are not part of the tests' TypeScript project.
const { en } = (await import(join(RENDERER, 'i18n/en.ts'))) as { en: Record<string, unknown> };
const { fr } = (await import(join(RENDERER, 'i18n/fr.ts'))) as { fr: Record<string, unknown> };

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(ROOT, path)];
  });
}

describe('the word catalogues', () => {
  it('have every English key in French and no French key without English', () => {
    const english = keys(en);
    expect(english.length).toBeGreaterThan(1000);
    expect(keys(fr).sort()).toEqual(english.sort());
  });

  it('have words, not empty strings or stray values, under every key in both languages', () => {
    for (const catalogue of [en, fr]) {
      const empty = keys(catalogue).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], catalogue);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });

  it('say French without “(e)” forms: a sentence that needs no gender (“Session ouverte : Marie”)', () => {
    const leaves = keys(fr).map((key) => [
      key,
      key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], fr),
    ]);
    const gendered = leaves.filter(([, value]) => typeof value === 'string' && /\p{L}\(e\)/u.test(value));
    expect(gendered).toEqual([]);
    const at = (key: string) => key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], fr);
    expect(at('patients.banner.born')).toBe('Date de naissance');
    expect(at('auth.signedInAs')).toBe('Session ouverte : {{name}} ({{initials}})');
    expect(at('auth.lockedBody')).toBe('Les informations des patients sont masquées. Session ouverte : {{name}}.');
  });

  it('mount the words shared with main (the reports) as they are: the screen and the paper read one object', async () => {
    const { reportsEn } = (await import(join(SHARED, 'reports/messages.en.ts'))) as { reportsEn: unknown };
    const { reportsFr } = (await import(join(SHARED, 'reports/messages.fr.ts'))) as { reportsFr: unknown };
    expect(en.reports).toBe(reportsEn);
    expect(fr.reports).toBe(reportsFr);
  });

  it('give main’s own printed words (the downtime sheet) the same keys in both languages', async () => {
    const path = join(MAIN, 'services/system/messages-downtime');
    const { downtimeEn } = (await import(`${path}.en.ts`)) as { downtimeEn: Record<string, unknown> };
    const { downtimeFr } = (await import(`${path}.fr.ts`)) as { downtimeFr: Record<string, unknown> };
    expect(keys(downtimeFr).sort()).toEqual(keys(downtimeEn).sort());
  });

  it('give Ready to treat’s words (built in main, kept in signed entries) every key in both languages', async () => {
    const { readyEn } = (await import(join(SHARED, 'ready/messages.en.ts'))) as { readyEn: Record<string, unknown> };
    const { readyFr } = (await import(join(SHARED, 'ready/messages.fr.ts'))) as { readyFr: Record<string, unknown> };
    expect(keys(readyEn).length).toBeGreaterThan(40);
    expect(keys(readyFr).sort()).toEqual(keys(readyEn).sort());
    for (const catalogue of [readyEn, readyFr]) {
      const leaves = keys(catalogue).map((key) =>
        key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], catalogue),
      );
      expect(leaves.filter((value) => typeof value !== 'string' || value.trim() === '')).toEqual([]);
    }
  });

  it('word each core refusal once: the order screen’s own refusals never repeat a reason worded under errors', () => {
    for (const catalogue of [en, fr]) {
      const orders = (catalogue.orders as { refusal: Record<string, string> }).refusal;
      const errors = catalogue.errors as Record<string, string>;
      expect(Object.keys(orders).filter((key) => key in errors)).toEqual([]);
    }
  });

  it('keep every feature’s words in messages(-part).en.ts and messages(-part).fr.ts pairs', () => {
    const messageFiles = [...files(RENDERER), ...files(SHARED), ...files(MAIN)].filter((path) =>
      /(^|\/)messages[^/]*$/.test(path),
    );
    expect(messageFiles.length).toBeGreaterThan(20);
    expect(messageFiles).toEqual(
      expect.arrayContaining([
        'shared/reports/messages.en.ts',
        'shared/reports/messages.fr.ts',
        'shared/ready/messages.en.ts',
        'shared/ready/messages.fr.ts',
        'electron/main/services/system/messages-downtime.fr.ts',
      ]),
    );
    const odd = messageFiles.filter((path) => !/\/messages(-[a-z]+(?:-[a-z]+)*)?\.(en|fr)\.ts$/.test(path));
    expect(odd).toEqual([]);
    const unpaired = messageFiles.filter(
      (path) =>
        !messageFiles.includes(path.replace(/\.(en|fr)\.ts$/, (_, lang) => (lang === 'en' ? '.fr.ts' : '.en.ts'))),
    );
    expect(unpaired).toEqual([]);
  });
});
