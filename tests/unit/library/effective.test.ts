import { describe, expect, it } from 'vitest';
import { clinicalLibrary, findResourcesDir } from '../../../electron/main/core/resources';
import type { StoredOverride } from '../../../electron/main/repositories/library-overrides';
import { buildEffectiveLibrary, centerPolicyValue } from '../../../electron/main/services/library/effective-library';
import { makeCenterRegimen } from '../../support/library';

const shipped = clinicalLibrary(findResourcesDir());

const stored = (overrides: Partial<StoredOverride>): StoredOverride => ({
  recordKind: 'drug',
  recordId: 'pembrolizumab',
  fieldPath: 'infusionMinutes.first',
  value: 45,
  shippedValueWhenMade: 30,
  libraryVersion: '2026.11.1',
  reason: 'Center policy',
  savedAt: '2026-11-27T09:00:00.000Z',
  savedBy: null,
  ...overrides,
});

const build = (overrides: StoredOverride[], centerRegimens: Array<{ id: string; record: unknown }> = []) =>
  buildEffectiveLibrary(shipped, {
    overrides,
    centerRegimens: centerRegimens.map((r) => ({
      ...r,
      libraryVersion: '2026.11.1',
      reason: 'Protocol',
      savedAt: '2026-11-27T09:00:00.000Z',
      savedBy: null,
    })),
    longestDayMinutes: 540,
  });

describe('buildEffectiveLibrary', () => {
  it('writes applied values into copies and leaves the shipped library as it was', () => {
    const effective = build([stored({})]);
    expect(effective.drugs.find((d) => d.id === 'pembrolizumab')?.infusionMinutes.first).toBe(45);
    expect(shipped.drugs.find((d) => d.id === 'pembrolizumab')?.infusionMinutes.first).toBe(30);
    expect(effective.drugs.find((d) => d.id === 'nivolumab')).toBe(shipped.drugs.find((d) => d.id === 'nivolumab'));
  });

  it('reports center-policy values without writing them into the record', () => {
    const effective = build([
      stored({ fieldPath: 'centerPolicy.restartRatePercent', value: 50, shippedValueWhenMade: null }),
    ]);
    expect(centerPolicyValue(effective, 'pembrolizumab', 'restartRatePercent')).toBe(50);
    expect(centerPolicyValue(effective, 'nivolumab', 'restartRatePercent')).toBeNull();
    expect(effective.drugs.find((d) => d.id === 'pembrolizumab')).toEqual(
      shipped.drugs.find((d) => d.id === 'pembrolizumab'),
    );
  });

  it('keeps usable center regimens and lists the others with their problems', () => {
    const good = makeCenterRegimen();
    const broken = makeCenterRegimen({
      id: 'center:uses-a-removed-drug',
      phases: [{ ...good.phases[0]!, items: [{ ...good.phases[0]!.items[0]!, drugId: 'removed' }] }],
    });
    const effective = build(
      [],
      [good, broken].map((record) => ({ id: record.id, record })),
    );
    expect(effective.regimens.map((r) => r.id)).toContain(good.id);
    expect(effective.regimens.map((r) => r.id)).not.toContain(broken.id);
    expect(effective.centerRegimens.find((r) => r.id === broken.id)?.problems.join(' ')).toMatch(/No drug "removed"/);
  });
});
