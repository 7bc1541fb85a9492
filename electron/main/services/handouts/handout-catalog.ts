import type { ClinicalLibrary } from '../../../../shared/clinical';
import { resolveCheckpointSheet, sheetDisplayName } from '../../../../shared/handouts/checkpoint-sheet';
import { listSheetIds } from '../../../../shared/handouts/consistency';
import { CAR_T_SHEET_ID, type HandoutLibrary } from '../../../../shared/handouts/schema';
import type { HandoutSheet } from '../../../../shared/ipc/contract/handouts';

// Which sheets exist, what they are called in each language, and which ones fit a treatment plan. The
// clinical library names regimens by their drugs; the handouts have one sheet per drug and one per
// combination, so a plan maps to the combination's sheet when there is one, otherwise to each drug's sheet.

const catalogs = new WeakMap<HandoutLibrary, readonly HandoutSheet[]>();

function sheetName(content: HandoutLibrary, locale: 'en' | 'fr', id: string): string {
  if (id === CAR_T_SHEET_ID) return content.locales[locale].carT.title;
  return sheetDisplayName(content, locale, resolveCheckpointSheet(content, locale, id));
}

/** Every printable sheet with its names, in the content's order (drugs, combinations, CAR T). */
export function sheetCatalog(content: HandoutLibrary): readonly HandoutSheet[] {
  let catalog = catalogs.get(content);
  if (!catalog) {
    catalog = listSheetIds(content.facts).map((id) => ({
      id,
      kind: id === CAR_T_SHEET_ID ? ('car-t' as const) : ('checkpoint' as const),
      names: { en: sheetName(content, 'en', id), fr: sheetName(content, 'fr', id) },
    }));
    catalogs.set(content, catalog);
  }
  return catalog;
}

export function findSheet(content: HandoutLibrary, id: string): HandoutSheet | undefined {
  return sheetCatalog(content).find((sheet) => sheet.id === id);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * The sheets for a library regimen: the combination sheet when the regimen's drugs are exactly a
 * combination's, otherwise one sheet per drug that has one. Subcutaneous forms have no sheet (the sheets
 * describe an IV infusion), so they map to none and the nurse chooses.
 */
export function sheetsForRegimen(content: HandoutLibrary, library: ClinicalLibrary, regimenId: string): string[] {
  const regimen = library.regimens.find((r) => r.id === regimenId);
  if (!regimen) return [];
  const drugIds = [...new Set(regimen.phases.flatMap((p) => p.items.map((i) => i.drugId)))];
  const combination = content.facts.checkpointRegimens.find((r) => sameSet(r.componentIds, drugIds));
  if (combination) return [combination.id];
  const single = new Set(content.facts.checkpointDrugs.map((d) => d.id));
  return drugIds.filter((id) => single.has(id));
}
