import type { CarTProduct, ClinicalLibrary, CtcaeTerm, Drug, Regimen } from '../../../../shared/clinical';
import { clinicalFrench, normalizeForSearch, regimenDrugIds, searchCtcae } from '../../../../shared/clinical';
import { CENTER_REGIMEN_PREFIX } from '../../../../shared/ipc/contract/library-overrides';
import type { LibrarySearchResult } from '../../../../shared/ipc/contract/library';
import { recordTitle } from './effective-library';

// One search across drugs, regimens, CAR T products and CTCAE terms, case- and accent-insensitive. Names
// rank first (brand, generic, regimen name), then the other words a nurse may type: a regimen is found by its
// drugs' brand names ("Keytruda"), and "axi-cel" finds axicabtagene ciloleucel because every typed word
// appears in the name. CTCAE terms use the library's own term search (term, SOC, MedDRA code). Library texts are
// searched in English and in their French (resources/clinical/fr.json), so a French nurse typing "toutes les 3
// semaines" or "mélanome" finds what the French screens show.

/** Each text and, where fr.json has one, its French. */
const withFrench = (texts: readonly string[]): string[] =>
  texts.flatMap((text) => {
    const french = clinicalFrench(text);
    return french === undefined ? [text] : [text, french];
  });

const compact = (text: string): string => text.replace(/ /g, '');

/** Lower is better; null = no match. `names` are the record's names, `more` its other searchable words. */
function rank(query: string, names: readonly string[], more: readonly string[]): number | null {
  const normalized = names.map(normalizeForSearch);
  const tokens = query.split(' ');
  const best = (score: (name: string) => boolean, value: number) => (normalized.some(score) ? value : null);
  return (
    best((n) => n === query, 0) ??
    best((n) => n.startsWith(query), 1) ??
    best((n) => n.split(' ').some((word) => word.startsWith(query)), 2) ??
    best((n) => n.includes(query), 3) ??
    best((n) => tokens.every((token) => n.includes(token)), 4) ??
    best((n) => compact(n).includes(compact(query)), 5) ??
    (more.some((text) => normalizeForSearch(text).includes(query)) ? 6 : null)
  );
}

const title = recordTitle;

interface Ranked {
  rank: number;
  result: LibrarySearchResult;
}

function drugHits(drugs: readonly Drug[], query: string): Ranked[] {
  return drugs.flatMap((drug) => {
    const score = rank(
      query,
      [drug.brandName, drug.genericName, drug.id],
      [drug.drugClass, ...drug.targets, ...withFrench([drug.composition ?? '', ...drug.indications])],
    );
    if (score === null) return [];
    const subtitle = `${drug.route} · ${drug.drugClass}${drug.composition ? ` · ${drug.composition}` : ''}`;
    const result: LibrarySearchResult = {
      kind: 'drug',
      id: drug.id,
      title: title(drug),
      subtitle,
      verification: drug.verification,
      origin: 'shipped',
      isLookAlike: drug.lookAlikeWarning !== undefined,
    };
    return [{ rank: score, result }];
  });
}

function regimenHits(regimens: readonly Regimen[], drugs: readonly Drug[], query: string): Ranked[] {
  const byId = new Map(drugs.map((drug) => [drug.id, drug]));
  return regimens.flatMap((regimen) => {
    const used = regimenDrugIds(regimen).flatMap((id) => byId.get(id) ?? []);
    const names = [...withFrench([regimen.name]), regimen.id, ...used.flatMap((d) => [d.brandName, d.genericName])];
    const score = rank(query, names, withFrench([regimen.setting]));
    if (score === null) return [];
    const result: LibrarySearchResult = {
      kind: 'regimen',
      id: regimen.id,
      title: regimen.name,
      subtitle: regimen.setting,
      verification: regimen.verification,
      origin: regimen.id.startsWith(CENTER_REGIMEN_PREFIX) ? 'center' : 'shipped',
      isLookAlike: used.some((d) => d.lookAlikeWarning !== undefined),
    };
    // A regimen found only through a drug's name ranks after the drug itself.
    return [{ rank: score + 0.5, result }];
  });
}

function carTHits(products: readonly CarTProduct[], query: string): Ranked[] {
  return products.flatMap((product) => {
    const score = rank(
      query,
      [product.brandName, product.genericName, product.id],
      [product.target, ...withFrench(product.indications.map((i) => i.label))],
    );
    if (score === null) return [];
    const result: LibrarySearchResult = {
      kind: 'car-t',
      id: product.id,
      title: title(product),
      subtitle: `CAR T · ${product.target}`,
      verification: product.verification,
      origin: 'shipped',
      isLookAlike: false,
    };
    return [{ rank: score, result }];
  });
}

function ctcaeHits(library: ClinicalLibrary, query: string, limit: number): LibrarySearchResult[] {
  const graded = new Map(library.ctcaeGrades.map((g) => [g.meddraCode, g]));
  return searchCtcae(library.ctcaeTerms, query, limit).map((term: CtcaeTerm) => ({
    kind: 'ctcae-term',
    id: term.meddraCode,
    title: term.term,
    subtitle: `CTCAE v${library.manifest.ctcaeVersion} · MedDRA ${term.meddraCode} · ${term.soc}`,
    verification: graded.get(term.meddraCode)?.verification ?? null,
    origin: 'shipped',
    isLookAlike: false,
  }));
}

const byRank = (a: Ranked, b: Ranked) => a.rank - b.rank || a.result.title.localeCompare(b.result.title, 'en');

/** Results grouped by kind (drugs, regimens, CAR T, CTCAE terms), best first within each group. */
export function searchLibrary(library: ClinicalLibrary, query: string, limit: number): LibrarySearchResult[] {
  const normalized = normalizeForSearch(query);
  if (normalized === '') return [];
  // Each kind gets its share, so a query that matches many regimens still shows the CTCAE terms it matches.
  const perGroup = Math.max(1, Math.ceil(limit / 4));
  const groups = [
    drugHits(library.drugs, normalized)
      .sort(byRank)
      .slice(0, perGroup)
      .map((h) => h.result),
    regimenHits(library.regimens, library.drugs, normalized)
      .sort(byRank)
      .slice(0, perGroup)
      .map((h) => h.result),
    carTHits(library.carTProducts, normalized)
      .sort(byRank)
      .slice(0, perGroup)
      .map((h) => h.result),
    ctcaeHits(library, query, perGroup),
  ];
  return groups.flat();
}
