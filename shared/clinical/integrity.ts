import { unverifiedUnder } from './schema-common';
import type { ClinicalLibrary, LibraryFileKind } from './schema';
import { regimenDrugIds } from './schema-regimen';

// Checks that span records or files, run after every record has passed its own schema: unique ids, regimens
// pointing at real drugs, grade texts pointing at real CTCAE terms.

export interface LibraryIssue {
  file: string;
  /** The record's id, or "#<index>" when it has none, or null for a file-level problem. */
  recordId: string | null;
  /** Field path inside the record ("doseOptions.0.dose.mg"), or "" for the record as a whole. */
  path: string;
  message: string;
}

/** `drugs.json: record "pembrolizumab": doseOptions.0.dose.mg: Expected number` */
export function formatLibraryIssue(issue: LibraryIssue): string {
  const record = issue.recordId === null ? '' : ` record "${issue.recordId}":`;
  const path = issue.path === '' ? '' : ` ${issue.path}:`;
  return `${issue.file}:${record}${path} ${issue.message}`;
}

export function checkLibraryIntegrity(library: ClinicalLibrary): LibraryIssue[] {
  const fileOf = (kind: LibraryFileKind): string =>
    library.manifest.files.find((file) => file.kind === kind)?.path ?? kind;
  const issues: LibraryIssue[] = [];
  const add = (kind: LibraryFileKind, recordId: string | null, path: string, message: string): void => {
    issues.push({ file: fileOf(kind), recordId, path, message });
  };
  duplicateIds(library.drugs.map((d) => d.id)).forEach((id) => add('drugs', id, 'id', 'Duplicate id'));
  duplicateIds(library.regimens.map((r) => r.id)).forEach((id) => add('regimens', id, 'id', 'Duplicate id'));
  duplicateIds(library.carTProducts.map((p) => p.id)).forEach((id) => add('carTProducts', id, 'id', 'Duplicate id'));
  duplicateIds(library.ctcaeGrades.map((g) => g.id)).forEach((id) => add('ctcaeGrades', id, 'id', 'Duplicate id'));
  duplicateIds(library.ctcaeTerms.map((t) => t.meddraCode)).forEach((code) =>
    add('ctcaeTerms', code, 'meddraCode', 'Duplicate MedDRA code'),
  );
  checkRegimens(library, (recordId, path, message) => add('regimens', recordId, path, message));
  checkGradeTerms(library, (recordId, path, message) => add('ctcaeGrades', recordId, path, message));
  checkCarTLymphodepletion(library, (recordId, path, message) => add('carTProducts', recordId, path, message));
  return [...issues, ...checkRecordCounts(library)];
}

type AddIssue = (recordId: string | null, path: string, message: string) => void;

function duplicateIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) duplicates.push(id);
    seen.add(id);
  }
  return duplicates;
}

function checkRegimens(library: ClinicalLibrary, add: AddIssue): void {
  const drugs = new Map(library.drugs.map((drug) => [drug.id, drug]));
  for (const regimen of library.regimens) {
    regimen.phases.forEach((phase, phaseIndex) => {
      phase.items.forEach((item, itemIndex) => {
        if (!drugs.has(item.drugId)) {
          add(regimen.id, `phases.${phaseIndex}.items.${itemIndex}.drugId`, `No drug "${item.drugId}" in drugs.json`);
        }
      });
    });
    const routes = new Set(regimenDrugIds(regimen).flatMap((id) => drugs.get(id)?.route ?? []));
    const expected = routes.has('SC') ? 'injection' : 'infusion-chair';
    if (routes.size > 1) add(regimen.id, 'slot', 'A regimen cannot mix IV and SC products');
    else if (routes.size === 1 && regimen.slot !== expected) {
      add(regimen.id, 'slot', `Must be "${expected}" for ${[...routes].join('')} products`);
    }
  }
}

function checkGradeTerms(library: ClinicalLibrary, add: AddIssue): void {
  const terms = new Map(library.ctcaeTerms.map((term) => [term.meddraCode, term]));
  for (const definition of library.ctcaeGrades) {
    const term = terms.get(definition.meddraCode);
    if (term === undefined) {
      add(definition.id, 'meddraCode', `MedDRA code ${definition.meddraCode} is not in the CTCAE term list`);
      continue;
    }
    if (term.term !== definition.term)
      add(definition.id, 'term', `The term list names ${definition.meddraCode} "${term.term}"`);
    if (term.soc !== definition.soc)
      add(definition.id, 'soc', `The term list puts ${definition.meddraCode} in "${term.soc}"`);
  }
}

function checkCarTLymphodepletion(library: ClinicalLibrary, add: AddIssue): void {
  for (const product of library.carTProducts) {
    // A product may lack an LD regimen only where the library says the regimen was not found.
    if (unverifiedUnder(product, 'lymphodepletion').length > 0) continue;
    product.indications.forEach((indication, index) => {
      const hasDefault = product.lymphodepletion.some(
        (regimen) => !regimen.isAlternative && regimen.indicationIds.includes(indication.id),
      );
      if (!hasDefault)
        add(product.id, `indications.${index}.id`, `No default lymphodepletion regimen for "${indication.id}"`);
    });
  }
}

/** Catches a truncated file (the CTCAE list must hold all 837 terms); meaningful even when records are invalid. */
export function checkRecordCounts(library: ClinicalLibrary): LibraryIssue[] {
  const counts: Record<LibraryFileKind, number> = {
    drugs: library.drugs.length,
    regimens: library.regimens.length,
    carTProducts: library.carTProducts.length,
    ctcaeGrades: library.ctcaeGrades.length,
    ctcaeTerms: library.ctcaeTerms.length,
  };
  return library.manifest.files
    .filter((file) => file.expectedRecords !== undefined && counts[file.kind] !== file.expectedRecords)
    .map((file) => ({
      file: file.path,
      recordId: null,
      path: '',
      message: `Expected ${file.expectedRecords} records, found ${counts[file.kind]}`,
    }));
}
