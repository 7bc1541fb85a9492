import { describe, expect, it } from 'vitest';
import { clinicalLibrary, findResourcesDir } from '../../../electron/main/core/resources';
import { handoutContent } from '../../../electron/main/handouts/content';
import type { ClinicalLibrary, Drug } from '../../../shared/clinical';
import type { HandoutFacts } from '../../../shared/handouts/schema';

// The patient sheets (resources/handouts/facts.json) and the clinical library the scheduler books from
// (resources/clinical) state the same facts twice: infusion minutes, intervals, the CAR T 7/14/14 days.
// Both are loaded the way createCore loads them. Any disagreement fails, except the ones listed here with
// the REFERENCE line that explains them (reported, not "fixed": REFERENCE does not say either side is wrong).

const KNOWN_DIFFERENCES = [
  // REFERENCE §1.1 / §10.3: current single-agent ipilimumab duration UNVERIFIED (30 min in combination, 90 in
  // older labels). The library books 90 min; the sheet tells the patient to ask the nurse.
  'ipilimumab: infusion minutes: sheet leaves them to the nurse, library 90/90',
  // REFERENCE §1.1: adjuvant melanoma is Q3W ×4 then Q12W up to 3 years. The sheet states every 3 weeks only.
  'ipilimumab: interval weeks: sheet 3, library 3,12',
  // REFERENCE gives the order only for nivolumab then ipilimumab. facts.json lists durvalumab first; the
  // library gives tremelimumab first. The sheet prints no order note for this combination.
  'durvalumab-tremelimumab: order: library tremelimumab then durvalumab',
];

const library: ClinicalLibrary = clinicalLibrary(findResourcesDir());
const facts: HandoutFacts = handoutContent(findResourcesDir()).facts;
const handoutDrugIds = facts.checkpointDrugs.map((d) => d.id);

function libraryDrug(id: string): Drug {
  const drug = library.drugs.find((d) => d.id === id);
  if (!drug) throw new Error(`${id} is not in the clinical library`);
  return drug;
}

const weeks = (days: readonly number[]) => [...new Set(days.map((d) => d / 7))].sort((a, b) => a - b).join(',');

/** Dose options given with another checkpoint inhibitor belong to the combination's sheet. */
function isCombinationOption(drugId: string, setting: string): boolean {
  return handoutDrugIds.some((other) => other !== drugId && new RegExp(`\\bwith ${other}\\b`, 'i').test(setting));
}

function drugDifferences(): string[] {
  const out: string[] = [];
  for (const fact of facts.checkpointDrugs) {
    const drug = libraryDrug(fact.id);
    if (drug.brandName !== fact.brandName)
      out.push(`${fact.id}: brand: sheet ${fact.brandName}, library ${drug.brandName}`);
    if ([...drug.targets].sort().join() !== [...fact.targets].sort().join()) out.push(`${fact.id}: targets differ`);
    const { minutes, firstMinutes } = fact.infusions[0]!;
    const { first, subsequent } = drug.infusionMinutes;
    if (minutes === undefined)
      out.push(`${fact.id}: infusion minutes: sheet leaves them to the nurse, library ${first}/${subsequent}`);
    else if ((firstMinutes ?? minutes) !== first || minutes !== subsequent) {
      out.push(
        `${fact.id}: infusion minutes: sheet ${firstMinutes ?? minutes}/${minutes}, library ${first}/${subsequent}`,
      );
    }
    const options = drug.doseOptions.filter((o) => o.intervalDays !== null && !isCombinationOption(fact.id, o.setting));
    const libraryWeeks = weeks(options.map((o) => o.intervalDays!));
    if (libraryWeeks !== weeks(fact.intervalWeeks.map((w) => w * 7))) {
      out.push(
        `${fact.id}: interval weeks: sheet ${weeks(fact.intervalWeeks.map((w) => w * 7))}, library ${libraryWeeks}`,
      );
    }
  }
  return out;
}

function regimenDifferences(): string[] {
  const out: string[] = [];
  for (const fact of facts.checkpointRegimens) {
    const regimens = library.regimens.filter((r) => {
      const ids = new Set(r.phases.flatMap((p) => p.items.map((i) => i.drugId)));
      return ids.size === fact.componentIds.length && fact.componentIds.every((id) => ids.has(id));
    });
    if (regimens.length === 0) out.push(`${fact.id}: no library regimen gives exactly these drugs`);
    const together = regimens
      .flatMap((r) => r.phases)
      .filter((p) => fact.componentIds.every((id) => p.items.some((i) => i.drugId === id)));
    for (const phase of together) {
      const items = [...phase.items].sort((a, b) => a.order - b.order);
      const order = items.map((i) => i.drugId).join(' then ');
      if (order !== fact.infusions.map((i) => i.drugId).join(' then ')) out.push(`${fact.id}: order: library ${order}`);
      for (const infusion of fact.infusions) {
        const item = items.find((i) => i.drugId === infusion.drugId)!;
        const libraryMinutes = (item.infusionMinutes ?? libraryDrug(item.drugId).infusionMinutes).subsequent;
        if (infusion.minutes !== libraryMinutes)
          out.push(`${fact.id}: ${infusion.drugId} minutes: sheet ${infusion.minutes}, library ${libraryMinutes}`);
      }
    }
    // An empty list means the sheet words the schedule (scheduleNote): nothing to compare.
    if (
      fact.intervalWeeks.length > 0 &&
      weeks(together.map((p) => p.intervalDays)) !== weeks(fact.intervalWeeks.map((w) => w * 7))
    ) {
      out.push(`${fact.id}: interval weeks differ: library ${weeks(together.map((p) => p.intervalDays))}`);
    }
  }
  return out;
}

describe('handout facts against the clinical library', () => {
  it('agree on every checkpoint drug and combination, apart from the differences REFERENCE explains', () => {
    expect([...new Set([...drugDifferences(), ...regimenDifferences()])]).toEqual(KNOWN_DIFFERENCES);
  });

  it('agree on every CAR T product and on the 7/14/14 days of monitoring, staying near and not driving', () => {
    const { monitoring } = facts.carT;
    expect([monitoring.dailyMonitoringDays, monitoring.stayNearDays, monitoring.noDrivingDays]).toEqual([7, 14, 14]);
    for (const product of facts.carT.products) {
      const entry = library.carTProducts.find((p) => p.id === product.id);
      expect(entry, product.id).toBeDefined();
      expect({ brand: entry!.brandName, target: entry!.target }).toEqual({
        brand: product.brandName,
        target: product.target,
      });
      const { dailyMonitoringDays, stayNearDays, noDrivingDays } = entry!.monitoring.current;
      expect({ dailyMonitoringDays, stayNearDays, noDrivingDays }, product.id).toEqual({
        dailyMonitoringDays: monitoring.dailyMonitoringDays,
        stayNearDays: monitoring.stayNearDays,
        noDrivingDays: monitoring.noDrivingDays,
      });
    }
    expect(library.carTProducts.map((p) => p.id).sort()).toEqual(facts.carT.products.map((p) => p.id).sort());
  });
});
