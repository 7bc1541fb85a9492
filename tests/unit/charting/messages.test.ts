import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every `chairside.*` key the screens use exists in English and in French (i18next would silently show the
// key itself). Keys built at run time (`chairside.tab.${tab}`) are checked up to their static prefix.

const FEATURE = resolve(import.meta.dirname, '../../../renderer/src/features/chairside');
// Loaded by path at run time: the renderer's files are not part of the tests' TypeScript project.
const { chairsideEn } = (await import(join(FEATURE, 'messages.en.ts'))) as Record<string, unknown>;
const { chairsideFr } = (await import(join(FEATURE, 'messages.fr.ts'))) as Record<string, unknown>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.startsWith('messages') ? [readFileSync(path, 'utf8')] : [];
  });
}

function lookup(messages: unknown, path: string[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    messages,
  );
}

const used = [
  ...new Set(
    sources(FEATURE).flatMap((text) =>
      [...text.matchAll(/['`]chairside\.([A-Za-z0-9.${}_-]+)['`]/g)].map((m) => m[1]!),
    ),
  ),
];

describe('chairside messages', () => {
  it('finds the keys the screens use', () => expect(used.length).toBeGreaterThan(150));

  it.each([
    ['en', chairsideEn],
    ['fr', chairsideFr],
  ])('has every used key in %s', (_lang, messages) => {
    const missing = used.filter((key) => {
      const parts = key.split('.');
      const dynamic = parts.findIndex((p) => p.includes('${'));
      const path = dynamic === -1 ? parts : parts.slice(0, dynamic);
      const node = lookup(messages, path);
      if (dynamic !== -1) return node === undefined || typeof node !== 'object';
      // A plural key is stored as key_one / key_other.
      return node === undefined && lookup(messages, [...path.slice(0, -1), `${path.at(-1)}_other`]) === undefined;
    });
    expect(missing).toEqual([]);
  });
});
