import { describe, expect, it } from 'vitest';
import {
  CLINICAL_FRENCH_STATUS,
  clinicalFrench,
  clinicalFrenchKeys,
  translatableTexts,
} from '../../../shared/clinical';
import { library } from './library';

// French screens show the library's clinical text in French: every warning, administration rule,
// premedication, preparation fact and CTCAE grade description has a French text, and none is left over from
// an English sentence that changed.
describe('French clinical text', () => {
  const texts = translatableTexts(library);

  it('covers every text a French screen shows', () => {
    expect(texts.filter((t) => clinicalFrench(t) === undefined)).toEqual([]);
  });

  it('keeps no French for an English text the library no longer has', () => {
    expect(clinicalFrenchKeys().filter((k) => !texts.includes(k))).toEqual([]);
  });

  it('keeps the numbers of the English text', () => {
    const digits = (s: string) => (s.match(/\d+/g) ?? []).join(' ');
    const changed = texts.filter(
      (t) =>
        digits(t.replace(/(\d),(\d{3})/g, '$1$2')) !== digits(clinicalFrench(t)!.replace(/(\d)[  ](\d{3})/g, '$1$2')),
    );
    expect(changed).toEqual([]);
  });

  it('says it is a working translation to be confirmed', () => {
    expect(CLINICAL_FRENCH_STATUS).toMatch(/not a validated translation.*Confirm/);
    expect(clinicalFrench('Do NOT use a leukodepleting filter.')).toBe('NE PAS utiliser de filtre déleucocytant.');
  });
});
