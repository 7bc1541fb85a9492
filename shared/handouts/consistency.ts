import type { CheckpointEntries, HandoutFacts, HandoutLibrary, HandoutLocale, HandoutSection } from './schema';
import { CAR_T_SHEET_ID, HANDOUT_LOCALES } from './schema';

// Checks that need more than one file: locale text must cover exactly the sheets and products in the facts,
// and English and French must have the same sheets, sections and warning groups (a translation must never
// drop a "call right away" sign). Pure, so the loader and the tests share it.

export const FACTS_FILE = 'facts.json';
export const LOCALE_FILES = {
  ui: 'ui.json',
  checkpointClass: 'checkpoint-class.json',
  checkpointEntries: 'checkpoint-sheets.json',
  carT: 'car-t.json',
} as const;

export interface HandoutIssue {
  /** Path relative to the handouts folder, e.g. "fr/car-t.json". */
  readonly file: string;
  /** Dotted field path inside the file, e.g. "sections.3.groups.0.items". */
  readonly path: string;
  readonly message: string;
}

/** Every printable sheet id: checkpoint drugs, then regimens, then the CAR T sheet. */
export function listSheetIds(facts: HandoutFacts): string[] {
  return [...facts.checkpointDrugs.map((d) => d.id), ...facts.checkpointRegimens.map((r) => r.id), CAR_T_SHEET_ID];
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

export function checkFacts(facts: HandoutFacts): HandoutIssue[] {
  const issues: HandoutIssue[] = [];
  const add = (path: string, message: string) => issues.push({ file: FACTS_FILE, path, message });
  const drugIds = new Set(facts.checkpointDrugs.map((d) => d.id));
  for (const id of duplicates(listSheetIds(facts))) add('checkpointDrugs', `sheet id "${id}" is used twice`);
  for (const id of duplicates(facts.carT.products.map((p) => p.id)))
    add('carT.products', `product id "${id}" is used twice`);
  facts.checkpointDrugs.forEach((d, i) => {
    if (d.infusions.some((inf) => inf.drugId !== d.id))
      add(`checkpointDrugs.${i}.infusions`, `must describe "${d.id}" itself`);
  });
  facts.checkpointRegimens.forEach((r, i) => {
    r.componentIds.forEach((c, j) => {
      if (!drugIds.has(c)) add(`checkpointRegimens.${i}.componentIds.${j}`, `unknown drug "${c}"`);
    });
    r.infusions.forEach((inf, j) => {
      if (!r.componentIds.includes(inf.drugId))
        add(`checkpointRegimens.${i}.infusions.${j}.drugId`, `"${inf.drugId}" is not a component`);
    });
  });
  return issues;
}

function checkEntries(facts: HandoutFacts, entries: CheckpointEntries, file: string): HandoutIssue[] {
  const issues: HandoutIssue[] = [];
  const add = (path: string, message: string) => issues.push({ file, path, message });
  const all = [
    ...facts.checkpointDrugs.map((f) => ({ f, isRegimen: false })),
    ...facts.checkpointRegimens.map((f) => ({ f, isRegimen: true })),
  ];
  for (const { f, isRegimen } of all) {
    const entry = entries.entries[f.id];
    const path = `entries.${f.id}`;
    if (!entry) {
      add(path, 'missing: every drug and regimen sheet needs an entry');
      continue;
    }
    if (!isRegimen && !entry.name) add(`${path}.name`, 'required for a single drug');
    if (isRegimen && entry.name) add(`${path}.name`, 'not used for a regimen (it is named from its components)');
    if (!isRegimen && entry.orderNote) add(`${path}.orderNote`, 'only regimens have an order of infusions');
    if (f.intervalWeeks.length === 0 && !entry.scheduleNote)
      add(`${path}.scheduleNote`, 'required when intervalWeeks is empty');
    if (f.premedication !== 'not-stated' && !entry.premedication)
      add(`${path}.premedication`, `required: facts say "${f.premedication}"`);
    if (f.premedication === 'not-stated' && entry.premedication)
      add(`${path}.premedication`, 'the facts state no premedication for this sheet');
  }
  const known = new Set(all.map((a) => a.f.id));
  for (const id of Object.keys(entries.entries))
    if (!known.has(id)) add(`entries.${id}`, 'no such drug or regimen in facts.json');
  return issues;
}

function checkCarTProducts(library: HandoutLibrary, locale: HandoutLocale): HandoutIssue[] {
  const file = `${locale}/${LOCALE_FILES.carT}`;
  const names = library.locales[locale].carT.products;
  const ids = library.facts.carT.products.map((p) => p.id);
  const issues: HandoutIssue[] = ids
    .filter((id) => !names[id])
    .map((id) => ({ file, path: `products.${id}`, message: 'missing: every CAR T product needs a name' }));
  for (const id of Object.keys(names))
    if (!ids.includes(id)) issues.push({ file, path: `products.${id}`, message: 'no such product in facts.json' });
  return issues;
}

/** Section ids, kinds and warning groups must match the reference locale one for one. */
function compareSections(
  reference: readonly HandoutSection[],
  other: readonly HandoutSection[],
  file: string,
): HandoutIssue[] {
  const issues: HandoutIssue[] = [];
  const shape = (s: HandoutSection) => `${s.kind}:${s.id}`;
  if (reference.map(shape).join() !== other.map(shape).join()) {
    issues.push({
      file,
      path: 'sections',
      message: `section ids/kinds differ from en: expected [${reference.map(shape).join(', ')}]`,
    });
    return issues;
  }
  reference.forEach((ref, i) => {
    const cur = other[i];
    if (ref.kind !== 'urgent' || cur?.kind !== 'urgent') return;
    const groupShape = (g: { id: string; items: string[] }) => `${g.id}(${g.items.length})`;
    if (ref.groups.map(groupShape).join() !== cur.groups.map(groupShape).join()) {
      issues.push({
        file,
        path: `sections.${i}.groups`,
        message: `groups or item counts differ from en: expected ${ref.groups.map(groupShape).join(', ')}`,
      });
    }
  });
  return issues;
}

function compareLocales(library: HandoutLibrary): HandoutIssue[] {
  const [first, ...rest] = HANDOUT_LOCALES;
  const ref = library.locales[first];
  return rest.flatMap((locale) => {
    const cur = library.locales[locale];
    const file = (name: string) => `${locale}/${name}`;
    const issues = [
      ...compareSections(
        ref.checkpointClass.sections,
        cur.checkpointClass.sections,
        file(LOCALE_FILES.checkpointClass),
      ),
      ...compareSections(ref.carT.sections, cur.carT.sections, file(LOCALE_FILES.carT)),
    ];
    const refIds = Object.keys(ref.checkpointEntries.entries).sort().join();
    if (refIds !== Object.keys(cur.checkpointEntries.entries).sort().join()) {
      issues.push({
        file: file(LOCALE_FILES.checkpointEntries),
        path: 'entries',
        message: `sheet ids differ from en: expected ${refIds}`,
      });
    }
    for (const key of ['checkpointClass', 'carT'] as const) {
      if (ref[key].walletCard.keySigns.length !== cur[key].walletCard.keySigns.length) {
        issues.push({
          file: file(LOCALE_FILES[key]),
          path: 'walletCard.keySigns',
          message: 'number of signs differs from en',
        });
      }
    }
    return issues;
  });
}

/** All cross-file problems; empty when the library is consistent. */
export function checkHandoutLibrary(library: HandoutLibrary): HandoutIssue[] {
  return [
    ...checkFacts(library.facts),
    ...HANDOUT_LOCALES.flatMap((locale) => [
      ...checkEntries(
        library.facts,
        library.locales[locale].checkpointEntries,
        `${locale}/${LOCALE_FILES.checkpointEntries}`,
      ),
      ...checkCarTProducts(library, locale),
    ]),
    ...compareLocales(library),
  ];
}
