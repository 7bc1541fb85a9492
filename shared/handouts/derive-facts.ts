import type { ClinicalLibrary, DoseOption, Drug, RegimenPhase } from '../clinical';
import type { HandoutFacts, HandoutFactsFile, InfusionFact } from './schema';

// The sheets' clinical numbers come from the clinical library, never from a second copy: infusion minutes,
// intervals, the order of a combination, premedication and the CAR T days are worked out here from the same
// records the scheduler books from. facts.json only says which sheets exist and keeps their sources.

export interface DeriveIssue {
  path: string;
  message: string;
}

const weeksOf = (days: readonly number[]) => [...new Set(days.map((d) => d / 7))].sort((a, b) => a - b);

/** Options given with something else (chemotherapy, another checkpoint inhibitor) belong to other schedules. */
function isSingleAgent(option: DoseOption): boolean {
  return !/^with\b|\bwith (nivolumab|ipilimumab|durvalumab|tremelimumab)\b/i.test(option.setting);
}

/** "Ask your nurse" (no minutes) when some single-agent dose has its own time (ipilimumab 10 mg/kg: 90 min). */
function drugInfusion(drug: Drug): InfusionFact {
  const { first, subsequent } = drug.infusionMinutes;
  const ownTimes = drug.doseOptions.filter(
    (o) => isSingleAgent(o) && o.infusionMinutes && o.infusionMinutes.subsequent !== subsequent,
  );
  if (ownTimes.length > 0) return { drugId: drug.id };
  return first === subsequent
    ? { drugId: drug.id, minutes: subsequent }
    : { drugId: drug.id, firstMinutes: first, minutes: subsequent };
}

function premedicationOf(drug: Drug): HandoutFacts['checkpointDrugs'][number]['premedication'] {
  if (drug.premedication.rules.length > 0) return 'required';
  return /no premedications are required/i.test(drug.premedication.statement) ? 'not-required' : 'not-stated';
}

function deriveDrugs(file: HandoutFactsFile, library: ClinicalLibrary, issues: DeriveIssue[]) {
  return file.checkpointDrugs.flatMap((entry, i) => {
    const drug = library.drugs.find((d) => d.id === entry.id);
    if (!drug) {
      issues.push({ path: `checkpointDrugs.${i}.id`, message: `no drug "${entry.id}" in the clinical library` });
      return [];
    }
    const intervals = drug.doseOptions
      .filter((o) => isSingleAgent(o) && o.intervalDays !== null)
      .map((o) => o.intervalDays!);
    return [
      {
        id: drug.id,
        brandName: drug.brandName,
        targets: drug.targets,
        infusions: [drugInfusion(drug)],
        intervalWeeks: entry.scheduleWorded ? [] : weeksOf(intervals),
        premedication: premedicationOf(drug),
        sources: entry.sources,
      },
    ];
  });
}

/** Phases that give every component on every visit: where a combination's order and interval are defined. */
function combinedPhases(library: ClinicalLibrary, componentIds: readonly string[]): RegimenPhase[] {
  return library.regimens
    .flatMap((r) => r.phases)
    .filter(
      (p) =>
        p.items.length === componentIds.length &&
        componentIds.every((id) => p.items.some((i) => i.drugId === id && !i.onPhaseDoses && !i.everyNthPhaseDose)),
    );
}

function deriveRegimens(file: HandoutFactsFile, library: ClinicalLibrary, issues: DeriveIssue[]) {
  return file.checkpointRegimens.flatMap((entry, i) => {
    const phases = combinedPhases(library, entry.componentIds);
    const first = phases[0];
    if (!first) {
      issues.push({
        path: `checkpointRegimens.${i}.componentIds`,
        message: 'no library regimen gives these drugs together',
      });
      return [];
    }
    const infusions = [...first.items]
      .sort((a, b) => a.order - b.order)
      .map((item) => {
        const drug = library.drugs.find((d) => d.id === item.drugId);
        const minutes = (item.infusionMinutes ?? drug?.infusionMinutes)?.subsequent;
        return minutes === undefined ? { drugId: item.drugId } : { drugId: item.drugId, minutes };
      });
    const drugs = entry.componentIds.map((id) => library.drugs.find((d) => d.id === id));
    return [
      {
        id: entry.id,
        componentIds: entry.componentIds,
        infusions,
        intervalWeeks: entry.scheduleWorded ? [] : weeksOf(phases.map((p) => p.intervalDays)),
        premedication: drugs.some((d) => d && premedicationOf(d) === 'required')
          ? ('required' as const)
          : ('not-stated' as const),
        sources: entry.sources,
      },
    ];
  });
}

function deriveCarT(file: HandoutFactsFile, library: ClinicalLibrary, issues: DeriveIssue[]): HandoutFacts['carT'] {
  const products = file.carT.products.flatMap((entry, i) => {
    const product = library.carTProducts.find((p) => p.id === entry.id);
    if (!product) {
      issues.push({ path: `carT.products.${i}.id`, message: `no CAR T product "${entry.id}" in the clinical library` });
      return [];
    }
    return [{ id: product.id, brandName: product.brandName, target: product.target, sources: entry.sources }];
  });
  const days = new Set(
    library.carTProducts.map(
      ({ monitoring: { current: c } }) => `${c.dailyMonitoringDays}/${c.stayNearDays}/${c.noDrivingDays}`,
    ),
  );
  // One class-wide sheet: if the products ever differ, the sheet must not print one product's days for all.
  if (days.size !== 1)
    issues.push({
      path: 'carT.monitoring',
      message: `the CAR T products disagree on monitoring days (${[...days].join(', ')})`,
    });
  const [daily, near, driving] = [...days][0]!.split('/').map(Number) as [number, number, number];
  return {
    monitoring: { dailyMonitoringDays: daily, stayNearDays: near, noDrivingDays: driving, ...file.carT.monitoring },
    products,
  };
}

export function deriveHandoutFacts(
  file: HandoutFactsFile,
  library: ClinicalLibrary,
): { facts: HandoutFacts; issues: DeriveIssue[] } {
  const issues: DeriveIssue[] = [];
  const facts: HandoutFacts = {
    meta: file.meta,
    checkpointDrugs: deriveDrugs(file, library, issues),
    checkpointRegimens: deriveRegimens(file, library, issues),
    carT: deriveCarT(file, library, issues),
  };
  return { facts, issues };
}
