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
 * Each item keeps its working in English (`basis`, for logs) and as coded steps the screen words.
 */
export function carTDoses(product: CarTProduct, calendar: CarTCalendar): NewDose[] {
  // carTCalendar has already refused an indication the product does not have.
  const indication = product.indications.find((i) => i.id === calendar.indicationId)!;
  const cells: PlanItem = {
    drugId: product.id,
    drugName: drugLabel(product),
    doseMg: null,
    doseText: indication.doseText,
    basis: `Label dose for ${indication.label}`,
    basisSteps: [{ step: 'car-t-label-dose', indication: indication.label }],
    infusionMinutes: null,
  };
  const visits: Omit<NewDose, 'doseNumber' | 'cycle'>[] = [
    ...calendar.lymphodepletion.map((day) => ({
      ...oneOff('lymphodepletion', day.date),
      items: day.agents.map((agent) => ldItem(agent, day.dayOffset)),
    })),
    {
      ...oneOff('car-t-infusion', calendar.day0),
      items: [cells],
      premedication: [product.premedication],
      isFirstDose: true,
    },
    ...calendar.additionalInfusions.map((extra, i) => ({
      ...oneOff('car-t-additional', extra.date),
      items: [additionalItem(cells, extra, product.additionalInfusions[i]?.holdRules ?? [])],
    })),
  ];
  return visits
    .toSorted((a, b) => a.targetDate.localeCompare(b.targetDate))
    .map((visit, i) => ({ ...visit, doseNumber: i + 1, cycle: 1, unverified: i === 0 ? calendar.unverified : [] }));
}

function ldItem(agent: CarTCalendar['lymphodepletion'][number]['agents'][number], day: number): PlanItem {
  return {
    drugId: agent.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    drugName: agent.name,
    doseMg: null,
    doseText: agent.doseText,
    basis: `Lymphodepletion, day ${day}`,
    basisSteps: [{ step: 'lymphodepletion-day', day }],
    infusionMinutes: null,
  };
}

/** A later split dose: the hold rules travel with it, as a CRS or ICANS after the first dose postpones or cancels it. */
function additionalItem(
  cells: PlanItem,
  extra: CarTCalendar['additionalInfusions'][number],
  holdRules: readonly { text: string }[],
): PlanItem {
  const rules = holdRules.map((r) => r.text);
  const held = rules.length > 0 ? ['Before giving it:', ...rules] : [];
  return {
    ...cells,
    basis: [`${extra.label}: ${extra.text}`, ...held].join(' '),
    basisSteps: [
      { step: 'additional-infusion', label: extra.label, text: extra.text },
      ...(rules.length > 0 ? [{ step: 'hold-rules' as const, rules }] : []),
    ],
  };
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
