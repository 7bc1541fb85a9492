import { describe, expect, it } from 'vitest';
import type { ClinicalLibrary, Drug } from '../../../shared/clinical';
import { sourceProblems } from '../../../shared/clinical';
import { library } from './library';

// Every source is a link to the page itself with its revision date and the date it was checked. This test
// fails the release on a bare-domain URL, a missing revision date that no UNVERIFIED mark explains, or a check
// date that is before the revision it cites or after the library's release date.

function withSource(source: Record<string, unknown>, unverified: string[] = []): ClinicalLibrary {
  const drug = library.drugs[0]!;
  const broken = {
    ...drug,
    sources: [source as Drug['sources'][number]],
    unverified,
    verification: 'unverified',
  } as Drug;
  return { ...library, drugs: [broken] };
}

const good = {
  title: 'Label',
  url: 'https://example.org/label/123',
  kind: 'label',
  revised: '2025-06',
  checked: '2026-12-03',
};

describe('library sources', () => {
  it('are all deep links with revision and check dates in the shipped library', () => {
    expect(sourceProblems(library)).toEqual([]);
    expect(library.manifest.date).toBe('2026-12-03');
  });

  it('fails on a bare-domain URL', () => {
    expect(sourceProblems(withSource({ ...good, url: 'https://medworm.com' }))).toEqual([
      'pembrolizumab sources.0: https://medworm.com is not a link to the page itself',
    ]);
  });

  it('fails on a missing revision date unless an UNVERIFIED mark says what would date it', () => {
    expect(sourceProblems(withSource({ ...good, revised: null }))).toEqual([
      'pembrolizumab sources.0: no revision date and no UNVERIFIED mark saying what would date it',
    ]);
    expect(
      sourceProblems(withSource({ ...good, revised: null }, ['sources.0: no date shown. Confirm: DailyMed.'])),
    ).toEqual([]);
  });

  it('fails on a check date before the revision it cites, or after the release', () => {
    expect(sourceProblems(withSource({ ...good, revised: '2026-12-10' }))).toEqual([
      'pembrolizumab sources.0: checked 2026-12-03, before the revision it cites (2026-12-10)',
    ]);
    expect(sourceProblems(withSource({ ...good, checked: '2027-01-05' }))).toEqual([
      'pembrolizumab sources.0: checked 2027-01-05, after the library release 2026-12-03',
    ]);
  });

  it('cites no internal reference notes in any text shown on screen', () => {
    expect(JSON.stringify(library)).not.toMatch(/REFERENCE|§/);
  });
});
