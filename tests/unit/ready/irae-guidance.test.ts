import { describe, expect, it } from 'vitest';
import { findResourcesDir } from '../../../electron/main/core/resources';
import { loadMonitoring } from '../../../electron/main/clinical/load-monitoring';
import { iraeGuidanceFor } from '../../../shared/ready/irae-guidance';

// Per organ and grade (ASCO 2021, BSMO hepatitis, ESMO pneumonitis, the neurologic table, the labels).

const monitoring = loadMonitoring(findResourcesDir());
const combo = [
  { drugId: 'nivolumab', drugName: 'Nivolumab (Opdivo)' },
  { drugId: 'ipilimumab', drugName: 'Ipilimumab (Yervoy)' },
];
const decide = (soc: string, grade: number, meddraCode = '10000000', drugs = combo) =>
  iraeGuidanceFor(monitoring, { soc, meddraCode, grade }, drugs);

describe('hold, resume, discontinue per organ and grade', () => {
  it.each([
    ['Gastrointestinal disorders', 1, 'colitis', 'continue'],
    ['Gastrointestinal disorders', 2, 'colitis', 'withhold'],
    ['Gastrointestinal disorders', 4, 'colitis', 'discontinue'],
    ['Respiratory, thoracic and mediastinal disorders', 3, 'pneumonitis', 'discontinue'],
    ['Renal and urinary disorders', 2, 'nephritis', 'withhold'],
    ['Endocrine disorders', 4, 'endocrine', 'withhold'], // endocrinopathies controlled by replacement: not discontinued
    ['Skin and subcutaneous tissue disorders', 1, 'skin', 'continue'],
    ['Cardiac disorders', 1, 'myocarditis', 'withhold'], // cardiac: hold even at grade 1
    ['Nervous system disorders', 3, 'neurologic', 'discontinue'],
  ])('%s grade %s → %s: %s', (soc, grade, organ, decision) => {
    const g = decide(soc, grade)!;
    expect(g.organ?.id).toBe(organ);
    expect(g.decision).toBe(decision);
    expect(g.sources.length).toBeGreaterThan(0);
  });

  it('finds hepatitis from the lab term (ALT increased is filed under Investigations)', () => {
    const g = decide('Investigations', 2, '10001551')!;
    expect(g.organ?.id).toBe('hepatitis');
    expect(g.decision).toBe('withhold');
    expect(g.sources.map((s) => s.url)).toContain('https://www.bsmo.be/hepatitis-2/');
  });

  it('withholds every drug of a combination, and says when to resume', () => {
    const g = decide('Gastrointestinal disorders', 2)!;
    expect(g.drugs.map((d) => [d.drugId, d.decision])).toEqual([
      ['nivolumab', 'withhold'],
      ['ipilimumab', 'withhold'],
    ]);
    expect(g.combination?.en).toContain('the other is withheld too');
    expect(g.resume?.en).toContain('grade 1 or less and prednisone is 10 mg/day or less');
  });

  it('falls back to the general ASCO rule for an organ not listed, and says nothing for grade 5', () => {
    expect(decide('Eye disorders', 3)).toMatchObject({ organ: null, decision: 'withhold' });
    expect(decide('Eye disorders', 5)).toBeNull();
    expect(decide('Gastrointestinal disorders', 1, '10000000', combo)?.combination).toBeNull();
  });
});
