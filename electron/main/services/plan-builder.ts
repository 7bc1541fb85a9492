import type { CarTCalendar, CarTProduct, ClinicalLibrary, Drug, Regimen } from '../../../shared/clinical';
import { expandRegimen, formatDose, indexById } from '../../../shared/clinical';
import type { PlanItem } from '../../../shared/ipc/contract/plans';
import type { NewDose } from '../repositories/plans';

// Turns library records into the doses a plan stores. Pure: the plans service adds ids, times and the patient.

export function drugLabel(drug: Pick<Drug, 'genericName' | 'brandName'>): string {
  const generic = drug.genericName.charAt(0).toUpperCase() + drug.genericName.slice(1);
  return `${generic} (${drug.brandName})`;
}

export function regimenDoses(
  library: ClinicalLibrary,
  regimen: Regimen,
  options: { startDate: string; weightKg?: number; maxDoses?: number },
): NewDose[] {
  const drugsById = indexById(library.drugs);
  const intervals = new Map(regimen.phases.map((p) => [p.id, p.intervalDays]));
  return expandRegimen(regimen, drugsById, options).map((visit) => {
    const items: PlanItem[] = visit.items.map((item) => {
      const drug = drugsById[item.drugId];
      return {
        drugId: item.drugId,
        drugName: drug ? drugLabel(drug) : item.drugId,
        doseMg: item.doseMg,
        doseText: formatDose(item.doseMg, 'mg'),
        basis: item.basis,
        infusionMinutes: item.infusionMinutes,
        ...(item.infusionCondition ? { infusionCondition: item.infusionCondition } : {}),
      };
    });
    return {
      doseNumber: visit.doseNumber,
      cycle: visit.cycle,
      kind: 'treatment' as const,
      phaseId: visit.phaseId,
      intervalDays: intervals.get(visit.phaseId) ?? null,
      targetDate: visit.date,
      items,
      infusionMinutes: visit.infusionMinutesTotal,
      premedication: visit.premedication,
      // A drug new to the plan (ipilimumab joining later, say) gets the first-dose observation too.
      isFirstDose: visit.items.some((item) => item.isFirstDoseOfDrug),
      unverified: visit.unverified,
    };
  });
}

/**
 * CAR T visits: lymphodepletion days, the cell infusion on day 0, and any split-dose infusion. The library
 * gives these as label text without chair minutes, so infusionMinutes is null and the visits are not
 * booked automatically (TODO: chair times for LD and day 0 once the library or center setup has them).
 */
export function carTDoses(product: CarTProduct, calendar: CarTCalendar): NewDose[] {
  const indication = product.indications.find((i) => i.id === calendar.indicationId);
  const cells: PlanItem = {
    drugId: product.id,
    drugName: drugLabel(product),
    doseMg: null,
    doseText: indication?.doseText ?? 'See label',
    basis: `Label dose for ${indication?.label ?? calendar.indicationId}`,
    infusionMinutes: null,
  };
  const visits: Omit<NewDose, 'doseNumber' | 'cycle'>[] = [
    ...calendar.lymphodepletion.map((day) => ({
      ...oneOff('lymphodepletion', day.date),
      items: day.agents.map((agent) => ({
        drugId: agent.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
        drugName: agent.name,
        doseMg: null,
        doseText: agent.doseText,
        basis: `Lymphodepletion, day ${day.dayOffset}`,
        infusionMinutes: null,
      })),
    })),
    {
      ...oneOff('car-t-infusion', calendar.day0),
      items: [cells],
      premedication: [product.premedication],
      isFirstDose: true,
    },
    ...calendar.additionalInfusions.map((extra) => ({
      ...oneOff('car-t-additional', extra.date),
      items: [{ ...cells, basis: `${extra.label}: ${extra.text}` }],
    })),
  ];
  return visits
    .toSorted((a, b) => a.targetDate.localeCompare(b.targetDate))
    .map((visit, i) => ({ ...visit, doseNumber: i + 1, cycle: 1, unverified: i === 0 ? calendar.unverified : [] }));
}

function oneOff(kind: NewDose['kind'], date: string) {
  return {
    kind,
    phaseId: null,
    intervalDays: null,
    targetDate: date,
    items: [] as PlanItem[],
    infusionMinutes: null,
    premedication: [] as string[],
    isFirstDose: false,
    unverified: [] as string[],
  };
}
