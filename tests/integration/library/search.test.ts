import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicalFrench, normalizeForSearch } from '../../../shared/clinical';
import { openTestCore, type TestCore } from '../../support/core';
import { drug, regimen } from '../../unit/clinical/library';

let t: TestCore;
beforeAll(async () => {
  t = await openTestCore();
});
afterAll(() => t.close());

const search = async (query: string) => (await t.ok('library:search', { query })).results;
const ids = async (query: string) => (await search(query)).map((r) => `${r.kind}:${r.id}`);

describe('library:search', () => {
  it('finds pembrolizumab by generic and brand name, the drug before its regimens', async () => {
    for (const query of ['pembrolizumab', 'Keytruda', 'KEYTRUDA', 'pémbrolizumab']) {
      const found = await ids(query);
      expect(found[0], query).toBe('drug:pembrolizumab');
      expect(found, query).toContain('regimen:pembrolizumab-200-q3w');
      expect(found, query).toContain('regimen:pembrolizumab-400-q6w');
    }
  });

  it('shows the SC look-alike product beside the IV one, marked', async () => {
    const results = await search('Keytruda');
    expect(results.find((r) => r.id === 'pembrolizumab')).toMatchObject({
      isLookAlike: false,
      subtitle: expect.stringMatching(/^IV/) as unknown,
    });
    expect(results.find((r) => r.id === 'pembrolizumab-berahyaluronidase-sc')).toMatchObject({
      kind: 'drug',
      isLookAlike: true,
    });
  });

  it('finds CAR T products by brand, generic name and the usual short name', async () => {
    expect(await ids('Yescarta')).toEqual(['car-t:axicabtagene-ciloleucel']);
    expect(await ids('axicabtagene')).toEqual(['car-t:axicabtagene-ciloleucel']);
    expect(await ids('axi-cel')).toEqual(['car-t:axicabtagene-ciloleucel']);
  });

  it('finds CTCAE terms by name and by MedDRA code, with their verification', async () => {
    const colitis = await search('Colitis');
    expect(colitis[0]).toMatchObject({
      kind: 'ctcae-term',
      id: '10009887',
      title: 'Colitis',
      // The grade texts match an independent source, but its sources show no revision date: UNVERIFIED.
      verification: 'unverified',
    });
    expect(await ids('10009887')).toEqual(['ctcae-term:10009887']);
    // A term the library has no grade text for has no verification block.
    const other = (await search('Colitis')).find((r) => r.id !== '10009887');
    expect(other?.verification).toBeNull();
  });

  it('answers with summaries only, grouped by kind in a fixed order', async () => {
    const results = await search('nivolumab');
    for (const result of results) {
      expect(Object.keys(result).sort()).toEqual([
        'id',
        'isLookAlike',
        'kind',
        'origin',
        'subtitle',
        'title',
        'verification',
      ]);
    }
    const order = ['drug', 'regimen', 'car-t', 'ctcae-term'];
    const kinds = results.map((r) => order.indexOf(r.kind));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
  });

  it('returns nothing for an empty or unmatched query, and refuses an over-long one', async () => {
    expect(await search('   ')).toEqual([]);
    expect(await search('zzzzqqq')).toEqual([]);
    expect(await t.call('library:search', { query: 'x'.repeat(101) })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});

// A French nurse types the words the French screens show: regimens are found by their French name and setting,
// drugs and CAR T products by their French indications, case- and accent-insensitive like the rest.
describe('library:search in French', () => {
  const french = (english: string) => normalizeForSearch(clinicalFrench(english) ?? '');
  const has = (texts: readonly string[], query: string) => texts.some((t) => french(t).includes(query));

  it('finds regimens by their French name: "toutes les 3 semaines"', async () => {
    for (const query of ['toutes les 3 semaines', 'TOUTES les 3 Semaines']) {
      const regimens = (await search(query)).filter((r) => r.kind === 'regimen');
      expect(regimens.length, query).toBeGreaterThan(1);
      for (const r of regimens) expect(has([regimen(r.id).name], 'toutes les 3 semaines'), r.id).toBe(true);
    }
    expect(await ids('pembrolizumab toutes les 3 semaines')).toContain('regimen:pembrolizumab-200-q3w');
    expect(await ids('pembrolizumab toutes les 3 semaines')).not.toContain('regimen:pembrolizumab-400-q6w');
  });

  it('finds regimens and drugs by a French setting or indication, with or without accents: "mélanome"', async () => {
    for (const query of ['mélanome', 'melanome', 'MÉLANOME']) {
      const results = await search(query);
      const regimens = results.filter((r) => r.kind === 'regimen');
      const drugs = results.filter((r) => r.kind === 'drug');
      expect(regimens.length, query).toBeGreaterThan(0);
      for (const r of regimens) {
        expect(has([regimen(r.id).name, regimen(r.id).setting], 'melanome'), r.id).toBe(true);
      }
      expect(
        drugs.map((d) => d.id),
        query,
      ).toEqual(expect.arrayContaining(['nivolumab', 'ipilimumab']));
      for (const d of drugs) expect(has(drug(d.id).indications, 'melanome'), d.id).toBe(true);
    }
  });

  it('finds what only the French words say: "en adjuvant", "carcinome épidermoïde cutané"', async () => {
    const adjuvant = await search('en adjuvant');
    const regimens = adjuvant.filter((r) => r.kind === 'regimen');
    expect(regimens.length).toBeGreaterThan(0);
    for (const r of regimens) {
      expect(has([regimen(r.id).name, regimen(r.id).setting], 'en adjuvant'), r.id).toBe(true);
    }
    expect(adjuvant.map((r) => r.id)).toContain('cemiplimab');
    expect(await ids('carcinome epidermoide cutane')).toContain('drug:cemiplimab');
  });
});

describe('library:info', () => {
  it('reports the shipped version, date and review status', async () => {
    const info = await t.ok('library:info', {});
    expect(info).toMatchObject({
      libraryVersion: expect.stringMatching(/^\d{4}\.\d+\.\d+$/) as unknown,
      ctcaeVersion: '5.0',
    });
    expect(info.reviewStatus).toMatch(/Not yet reviewed/);
    expect(info.counts).toMatchObject({ ctcaeTerms: 837, overrides: 0, centerRegimens: 0 });
  });
});
