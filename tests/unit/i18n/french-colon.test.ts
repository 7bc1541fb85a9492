import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// French typography puts a space before a colon (“N° de dossier : DEMO-1”). The catalogues use a plain space
// there, never a no-break one, so there is one rule: every French word file, in the renderer, in shared/ and in
// main, is read here and no value may have a letter, a digit or a placeholder glued to a colon that ends a label
// or opens a list (a colon followed by a space or the end). What has no space after its colon is not prose: a
// clock time (09:30, HH:mm), an address (https://, urn:oid:), a command (npm run center:migrate), a ratio (1:3).

const ROOT = resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.startsWith('messages') ? [path] : [];
  });
}

function frenchFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return frenchFiles(path);
    return /^messages[^/]*\.fr\.ts$|^errors\.fr\.ts$/.test(name) ? [path] : [];
  });
}

function strings(node: unknown, key = ''): [string, string][] {
  if (typeof node === 'string') return [[key, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => strings(v, key ? `${key}.${k}` : k));
}

/** A placeholder ({{mrn}}) or a nested key ($t(x)) counts as a word before a colon. */
const placeholdersAsWords = (value: string): string =>
  value.replace(/\{\{[^}]*\}\}/gu, 'X').replace(/\$t\([^)]*\)/gu, 'X');

const gluedColon = (value: string): boolean => /[\p{L}\p{N})»]:(\s|$)/u.test(placeholdersAsWords(value));

describe('French colon spacing', () => {
  it('finds the glued colons it is meant to find, and lets times and addresses be', () => {
    expect(gluedColon('N° de dossier:')).toBe(true);
    expect(gluedColon('rempli: {{count}}')).toBe(true);
    expect(gluedColon('{{label}}: {{value}}')).toBe(true);
    expect(gluedColon('N° de dossier : {{mrn}}')).toBe(false);
    expect(gluedColon('Ouvert de 09:30 à {{h}}:{{m}}')).toBe(false);
    expect(gluedColon('Voir https://www.fda.gov/x ou urn:oid:1.2')).toBe(false);
    expect(gluedColon('Lancez npm run center:migrate (HH:mm)')).toBe(false);
  });

  it('has a space before every colon of every French catalogue', async () => {
    const files = [
      ...frenchFiles(join(ROOT, 'renderer/src')),
      ...frenchFiles(join(ROOT, 'shared')),
      ...frenchFiles(join(ROOT, 'electron/main')),
    ];
    expect(files.length).toBeGreaterThan(25);
    const glued: string[] = [];
    for (const file of files) {
      const module = (await import(file)) as Record<string, unknown>;
      for (const [key, value] of strings(module)) {
        if (gluedColon(value)) glued.push(`${relative(ROOT, file)} ${key}: ${value}`);
      }
    }
    expect(glued, glued.join('\n')).toEqual([]);
  });

  it('has components join a colon to a translated label through colon(), never a bare “:”', () => {
    // {t('x')}: in JSX, or `${t('x')}: ` in a template: English typography in every language.
    const glued = /\bt\((?:[^()]|\([^()]*\))*\)\}:/u;
    const files = sourceFiles(join(ROOT, 'renderer/src'));
    const hits = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (glued.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(glued.test("{t('status.error')}: {code}")).toBe(true);
    expect(hits, hits.join('\n')).toEqual([]);
  });
});
