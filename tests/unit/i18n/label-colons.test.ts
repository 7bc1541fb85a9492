import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appI18n, RENDERER, rendererModule } from '../../support/app-i18n';

// A label before its value: French puts a space before the colon ("Allergies :"), English does not. A colon
// written after a translated label in a component ({t('…')}:) is English typography on a French screen.

const { withColon } = await rendererModule<{ withColon: (label: string) => string }>('lib/colon.ts');

function components(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return components(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

beforeAll(() => appI18n());
afterEach(() => i18next.changeLanguage('en'));

describe('colons after labels', () => {
  it('writes the reader’s colon, with a no-break space before it in French', async () => {
    expect(withColon('Allergies')).toBe('Allergies:');
    await i18next.changeLanguage('fr');
    expect(withColon('Allergies')).toBe('Allergies\u00a0:');
  });

  it('finds no colon written by hand after a translated label in a component', () => {
    const handWritten = /\{t\((?:'[^']*'|`[^`]*`)\)\}:|\$\{t\((?:'[^']*'|`[^`]*`)\)\}:/;
    const found = components(RENDERER).filter((file) => handWritten.test(readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
    expect(handWritten.test("<strong>{t('x.y')}:</strong>")).toBe(true);
  });
});
