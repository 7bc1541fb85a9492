import { describe, expect, it } from 'vitest';
import { runSchedulerQuality } from '../../../bench/scheduler-quality';

describe('scheduler quality bench', () => {
  const rows = runSchedulerQuality({ days: 4, seed: 3 });
  const row = (metric: string) => {
    const found = rows.find((r) => r.metric === metric);
    if (!found) throw new Error(`no ${metric} row`);
    return found;
  };

  it('reports every metric for both placers', () => {
    expect(rows.map((r) => r.metric)).toEqual([
      'peakChairsInUse',
      'lowerBoundChairs',
      'peakPatientsPerNurse',
      'nurseRatioViolations',
      'staggerViolations',
      'outsidePreferredWindow',
      'unplaced',
      'staffedFloor',
      'msPerPlacement',
      'msPerDay',
    ]);
  });

  it('levels load below first-fit without breaking any nurse limit', () => {
    expect(row('peakChairsInUse').ours).toBeLessThan(row('peakChairsInUse').firstFit);
    expect(row('peakChairsInUse').ours).toBeGreaterThanOrEqual(row('lowerBoundChairs').ours);
    expect(row('nurseRatioViolations').ours).toBe(0);
    expect(row('staggerViolations').ours).toBe(0);
    expect(row('peakPatientsPerNurse').ours).toBeLessThanOrEqual(4);
    expect(row('outsidePreferredWindow').ours).toBeLessThanOrEqual(row('outsidePreferredWindow').firstFit);
  });

  it('the repair pass places every request inside its window, under the online peak, above the staffed floor', () => {
    expect(row('unplaced').repaired).toBe(0);
    expect(row('outsidePreferredWindow').repaired).toBe(0);
    expect(row('nurseRatioViolations').repaired).toBe(0);
    expect(row('staggerViolations').repaired).toBe(0);
    expect(row('peakChairsInUse').repaired).toBeLessThanOrEqual(row('peakChairsInUse').ours);
    expect(row('peakChairsInUse').repaired).toBeGreaterThanOrEqual(row('staffedFloor').repaired);
    expect(row('staffedFloor').repaired).toBeGreaterThanOrEqual(row('lowerBoundChairs').repaired);
  });
});
