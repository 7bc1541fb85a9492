import type { ClinicalLibrary } from '../../../../shared/clinical';
import { isOpenEnded, isWeightDependent, regimenDrugIds, regimenLength } from '../../../../shared/clinical';
import type { PlanOptions } from '../../../../shared/ipc/contract/plans';
import { drugLabel } from './plan-builder';

/** What a nurse can start a plan from: the library's regimens and CAR T products, by name. */
export function planOptions(library: ClinicalLibrary): PlanOptions {
  return {
    libraryVersion: library.manifest.libraryVersion,
    regimens: library.regimens.map((r) => ({
      id: r.id,
      name: r.name,
      setting: r.setting,
      group: regimenGroup(library, r.id),
      length: regimenLength(r),
      weightBased: r.phases.some((p) => p.items.some((i) => isWeightDependent(i.dose))),
      openEnded: isOpenEnded(r),
    })),
    carTProducts: library.carTProducts.map((p) => ({
      id: p.id,
      name: drugLabel(p),
      indications: p.indications.map((i) => ({
        id: i.id,
        label: i.label,
        infusionWindow: i.infusionWindow
          ? {
              minDaysAfterLd: i.infusionWindow.minDaysAfterLd,
              maxDaysAfterLd: i.infusionWindow.maxDaysAfterLd,
              text: i.infusionWindow.text,
            }
          : null,
      })),
      ldRegimens: p.lymphodepletion.map((r) => ({
        id: r.id,
        label: r.label,
        indicationIds: [...r.indicationIds],
        isAlternative: r.isAlternative,
      })),
    })),
  };
}

/** "Nivolumab + ipilimumab": the regimen's drugs in the order it first gives them. */
function regimenGroup(library: ClinicalLibrary, regimenId: string): string {
  const regimen = library.regimens.find((r) => r.id === regimenId)!;
  return regimenDrugIds(regimen)
    .map((id) => {
      const drug = library.drugs.find((d) => d.id === id);
      return drug ? `${drug.genericName.charAt(0).toUpperCase()}${drug.genericName.slice(1)}` : id;
    })
    .join(' + ')
    .replace(/(?<= \+ )([A-Z])/g, (c) => c.toLowerCase());
}
