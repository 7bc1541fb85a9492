import { resolve } from 'node:path';
import { loadClinicalLibrary } from '../../../electron/main/clinical/load-library';
import type { CarTProduct, ClinicalLibrary, Drug, Regimen } from '../../../shared/clinical';
import { indexById } from '../../../shared/clinical';

// The real resources/clinical library, loaded once per test file, with lookups that fail loudly.
export const library: ClinicalLibrary = loadClinicalLibrary(
  resolve(import.meta.dirname, '../../../resources/clinical'),
);
export const drugsById: Record<string, Drug> = indexById(library.drugs);

function byId<T extends { id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (found === undefined) throw new Error(`No "${id}" in the library`);
  return found;
}

export const regimen = (id: string): Regimen => byId(library.regimens, id);
export const drug = (id: string): Drug => byId(library.drugs, id);
export const carTProduct = (id: string): CarTProduct => byId(library.carTProducts, id);
