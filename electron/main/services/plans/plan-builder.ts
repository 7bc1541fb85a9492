import type { CarTCalendar, CarTProduct, ClinicalLibrary, Drug, Regimen } from '../../../../shared/clinical';
import { expandRegimenWithEnd, formatDose, indexById } from '../../../../shared/clinical';
import type { PlanEnd, PlannedDose } from '../../../../shared/clinical';
import type { PlanItem } from '../../../../shared/ipc/contract/plans';
import type { NewDose } from '../../repositories/plans';

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
  return regimenPlan(library, regimen, options).doses;
}

/** The doses a regimen gives from the start date, and why they stop there. */
export function regimenPlan(
  library: ClinicalLibrary,
  regimen: Regimen,
  options: { startDate: string; weightKg?: number; maxDoses?: number },
): { doses: NewDose[]; end: PlanEnd } {
  const drugsById = indexById(library.drugs);
  const intervals = new Map(regimen.phases.map((p) => [p.id, p.intervalDays]));
  const { doses, end } = expandRegimenWithEnd(regimen, drugsById, options);
  return { doses: doses.map((visit) => toNewDose(visit, drugsById, intervals)), end };
}

function toNewDose(visit: PlannedDose, drugsById: Record<string, Drug>, intervals: Map<string, number>): NewDose {
  {
    const items: PlanItem[] = visit.items.map((item) => {
      const drug = drugsById[item.drugId];
      return {
        drugId: item.drugId,
        drugName: drug ? drugLabel(drug) : item.drugId,
        doseMg: item.doseMg,
        doseText: formatDose(item.doseMg, 'mg'),
        basis: item.basis,
        basisSteps: item.basisSteps,
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
  }
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
    ...calendar.additionalInfusions.map((extra, i) => ({
      ...oneOff('car-t-additional', extra.date),
      // The hold rules travel with the visit: a CRS or ICANS after the first dose postpones or cancels it.
      items: [{ ...cells, basis: [`${extra.label}: ${extra.text}`, ...holdRulesOf(product, i)].join(' ') }],
    })),
  ];
  return visits
    .toSorted((a, b) => a.targetDate.localeCompare(b.targetDate))
    .map((visit, i) => ({ ...visit, doseNumber: i + 1, cycle: 1, unverified: i === 0 ? calendar.unverified : [] }));
}

function holdRulesOf(product: CarTProduct, index: number): string[] {
  const rules = product.additionalInfusions[index]?.holdRules ?? [];
  return rules.length > 0 ? ['Before giving it:', ...rules.map((r) => r.text)] : [];
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
