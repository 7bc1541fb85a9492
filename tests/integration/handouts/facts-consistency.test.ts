import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clinicalLibrary, findResourcesDir } from '../../../electron/main/core/resources';
import { handoutContent } from '../../../electron/main/handouts/content';
import type { ClinicalLibrary } from '../../../shared/clinical';
import { deriveHandoutFacts } from '../../../shared/handouts/derive-facts';
import { handoutFactsFileSchema, type HandoutFacts } from '../../../shared/handouts/schema';

// One source of truth: the patient sheets take every clinical number from the clinical library the scheduler
// books from. facts.json only lists which sheets exist (and their sources); both are loaded the way createCore
// loads them.

const library: ClinicalLibrary = clinicalLibrary(findResourcesDir());
const facts: HandoutFacts = handoutContent(findResourcesDir()).facts;
const raw = readFileSync(join(findResourcesDir(), 'handouts', 'facts.json'), 'utf8');

describe('handout facts derived from the clinical library', () => {
  it('keeps no clinical number in facts.json', () => {
    handoutFactsFileSchema.parse(JSON.parse(raw));
    expect(raw).not.toMatch(
      /"(minutes|firstMinutes|intervalWeeks|dailyMonitoringDays|stayNearDays|noDrivingDays|brandName|targets)"/,
    );
  });

  it('gives every drug sheet the library infusion time, intervals and premedication', () => {
    for (const fact of facts.checkpointDrugs) {
      const drug = library.drugs.find((d) => d.id === fact.id)!;
      expect(fact.brandName, fact.id).toBe(drug.brandName);
      const { minutes, firstMinutes } = fact.infusions[0]!;
      if (minutes !== undefined)
        expect([firstMinutes ?? minutes, minutes], fact.id).toEqual([
          drug.infusionMinutes.first,
          drug.infusionMinutes.subsequent,
        ]);
    }
    const of = (id: string) => facts.checkpointDrugs.find((d) => d.id === id)!;
    // 30 min at 3 mg/kg and with nivolumab but 90 min for the 10 mg/kg adjuvant dose: the sheet says "ask".
    expect(of('ipilimumab').infusions[0]).toEqual({ drugId: 'ipilimumab' });
    expect(of('ipilimumab').intervalWeeks).toEqual([3, 12]);
    expect(of('nivolumab').intervalWeeks).toEqual([2, 4]);
    expect(of('avelumab').premedication).toBe('required');
    expect(of('nivolumab').premedication).toBe('not-required');
    expect(of('tremelimumab').intervalWeeks).toEqual([]);
  });

  it('gives the combinations their library order: nivolumab then ipilimumab, tremelimumab then durvalumab', () => {
    const of = (id: string) => facts.checkpointRegimens.find((r) => r.id === id)!;
    expect(of('nivolumab-ipilimumab').infusions).toEqual([
      { drugId: 'nivolumab', minutes: 30 },
      { drugId: 'ipilimumab', minutes: 30 },
    ]);
    expect(of('nivolumab-ipilimumab').intervalWeeks).toEqual([3]);
    expect(of('durvalumab-tremelimumab').infusions.map((i) => i.drugId)).toEqual(['tremelimumab', 'durvalumab']);
  });

  it('gives the CAR T sheet the library monitoring days and every product', () => {
    const { monitoring } = facts.carT;
    const current = library.carTProducts[0]!.monitoring.current;
    expect([monitoring.dailyMonitoringDays, monitoring.stayNearDays, monitoring.noDrivingDays]).toEqual([
      current.dailyMonitoringDays,
      current.stayNearDays,
      current.noDrivingDays,
    ]);
    expect(facts.carT.products.map((p) => p.id).sort()).toEqual(library.carTProducts.map((p) => p.id).sort());
  });

  it('names a sheet whose drug the library does not have', () => {
    const file = handoutFactsFileSchema.parse(JSON.parse(raw));
    const broken = { ...file, checkpointDrugs: [{ ...file.checkpointDrugs[0]!, id: 'pembrolizumabb' }] };
    expect(deriveHandoutFacts(broken, library).issues).toEqual([
      { path: 'checkpointDrugs.0.id', message: 'no drug "pembrolizumabb" in the clinical library' },
    ]);
  });
});
