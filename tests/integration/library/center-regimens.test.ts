import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { makeCenterRegimen, makeOverride } from '../../support/library';
import { addPatient, changeCounter } from '../../support/schedule';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

const save = (regimen = makeCenterRegimen(), reason = 'Center protocol IT-12 approved by pharmacy') =>
  t.call('library:save-center-regimen', { regimen, reason });

describe('library:save-center-regimen', () => {
  it('saves a center regimen, audited, found by search and expanded like a shipped one', async () => {
    expect(await save()).toMatchObject({
      ok: true,
      value: { id: 'center:pembrolizumab-200-q3w-45-min', problems: [] },
    });
    const audit = await t.core.store.db
      .selectFrom('audit_event')
      .select(['object_id', 'detail'])
      .where('action', '=', 'library.save-center-regimen')
      .execute();
    expect(audit).toEqual([expect.objectContaining({ object_id: 'center:pembrolizumab-200-q3w-45-min' })]);
    const hit = (await t.ok('library:search', { query: 'Keytruda' })).results.find((r) => r.origin === 'center');
    expect(hit).toMatchObject({ kind: 'regimen', id: 'center:pembrolizumab-200-q3w-45-min' });
    const detail = await t.ok('library:get-regimen', {
      id: 'center:pembrolizumab-200-q3w-45-min',
      startDate: '2026-12-01',
      visits: 2,
    });
    expect(detail.origin).toBe('center');
    expect(detail.preview.visits.map((v) => [v.date, v.infusionMinutesTotal])).toEqual([
      ['2026-12-01', 45],
      ['2026-12-22', 45],
    ]);
    expect((await t.ok('library:list-overrides', {})).centerRegimens).toEqual([
      expect.objectContaining({ name: makeCenterRegimen().name }),
    ]);
  });

  it('updates a center regimen saved again under the same id', async () => {
    await save();
    await save(makeCenterRegimen({ name: 'Pembrolizumab, center schedule v2' }), 'Protocol revised');
    expect((await t.ok('library:info', {})).counts.centerRegimens).toBe(1);
    expect((await t.ok('library:get-regimen', { id: 'center:pembrolizumab-200-q3w-45-min' })).regimen.name).toBe(
      'Pembrolizumab, center schedule v2',
    );
  });

  const phase = makeCenterRegimen().phases[0]!;
  const item = phase.items[0]!;
  const refusals: Array<[string, ReturnType<typeof makeCenterRegimen>, string]> = [
    ['an id without the center namespace', makeCenterRegimen({ id: 'pembrolizumab-200-q3w' }), 'regimen.id'],
    [
      'a zero interval',
      makeCenterRegimen({ phases: [{ ...phase, intervalDays: 0 }] }),
      'regimen.phases.0.intervalDays',
    ],
    [
      'a negative dose',
      makeCenterRegimen({ phases: [{ ...phase, items: [{ ...item, dose: { kind: 'flat', mg: -200 } }] }] }),
      'regimen.phases.0.items.0.dose.mg',
    ],
    [
      'a drug the library does not have',
      makeCenterRegimen({ phases: [{ ...phase, items: [{ ...item, drugId: 'aspirin' }] }] }),
      'regimen.phases.0.items.0.drugId',
    ],
    [
      'an infusion longer than the center is open',
      makeCenterRegimen({
        phases: [{ ...phase, items: [{ ...item, infusionMinutes: { first: 600, subsequent: 30, text: 'Too long' } }] }],
      }),
      'regimen.phases.0.items.0.infusionMinutes.first',
    ],
    ['no source', makeCenterRegimen({ sources: [] }), 'regimen.sources'],
  ];

  it.each(refusals)('refuses %s with the field path, and writes nothing', async (_name, regimen, path) => {
    const changes = changeCounter(t);
    const result = await save(regimen);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid', issues: expect.arrayContaining([expect.objectContaining({ path })]) as unknown },
    });
    expect(changes()).toBe(0);
  });
});

describe('plans use the effective library', () => {
  it('offers center regimens and builds a plan from one, with center values in the doses', async () => {
    await save();
    await t.ok(
      'library:save-override',
      makeOverride({
        recordKind: 'regimen',
        recordId: 'pembrolizumab-200-q3w',
        fieldPath: 'phases.0.intervalDays',
        value: 22,
      }),
    );
    const options = await t.ok('plans:options', {});
    expect(options.regimens.map((r) => r.id)).toContain('center:pembrolizumab-200-q3w-45-min');
    const patientId = await addPatient(t);
    const center = await t.ok('plans:create', {
      kind: 'regimen',
      patientId,
      regimenId: 'center:pembrolizumab-200-q3w-45-min',
      startDate: '2026-11-30',
      maxDoses: 2,
    });
    expect(center.doses.map((d) => d.infusionMinutes)).toEqual([45, 45]);
    const shipped = await t.ok('plans:create', {
      kind: 'regimen',
      patientId,
      regimenId: 'pembrolizumab-200-q3w',
      startDate: '2026-11-30',
      maxDoses: 2,
    });
    expect(shipped.doses.map((d) => d.targetDate)).toEqual(['2026-11-30', '2026-12-22']);
  });
});
