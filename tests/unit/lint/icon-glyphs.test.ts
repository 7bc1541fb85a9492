import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Status is colour + icon + text: an icon the screen's fonts cannot draw is an empty box beside the text (a
// plan's end showed one). Every symbol the renderer writes must be in a font of its stack (styles.css:
// Liberation Sans, then DejaVu Sans), as fontconfig on this machine reports them.

const RENDERER = resolve(import.meta.dirname, '../../../renderer/src');
const STACK = ['Liberation Sans', 'DejaVu Sans'];
// Arrows, technical and geometric shapes, dingbats, symbols; emoji.
const SYMBOL = /[\u2190-\u2bff\u{1f300}-\u{1faff}]/gu;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(tsx?|css)$/.test(name) ? [path] : [];
  });
}

function stackDraws(glyph: string): boolean {
  const code = glyph.codePointAt(0)!.toString(16);
  const families = execFileSync('fc-list', [`:charset=${code}`, 'family'], { encoding: 'utf8' });
  return STACK.some((family) => families.split(/[\n,]/).some((f) => f.trim() === family));
}

describe('icons on screen', () => {
  const used = new Map<string, string>();
  for (const file of sources(RENDERER)) {
    for (const glyph of readFileSync(file, 'utf8').match(SYMBOL) ?? []) used.set(glyph, file);
  }

  it('finds the renderer’s status icons (the scan itself works)', () => {
    expect(used.has('⚠')).toBe(true);
    expect(stackDraws('⚠')).toBe(true);
    // A symbol no font of the stack has, as the stop square was.
    expect(stackDraws('⏹')).toBe(false);
  });

  it('draws every symbol the renderer uses with a font of its stack', () => {
    const missing = [...used].filter(([glyph]) => !stackDraws(glyph)).map(([g, f]) => `${g} in ${f}`);
    expect(missing).toEqual([]);
  });
});
