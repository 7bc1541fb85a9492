import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findResourcesDir } from '../../../electron/main/core/resources';
import { openTestCore, type TestCore } from '../../support/core';
import { CHARGE, NURSE, nurseSignedIn, signInAs } from '../../support/auth';
import { makeOverride } from '../../support/library';
import { changeCounter } from '../../support/schedule';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

const clinicalDir = join(findResourcesDir(), 'clinical');
function hashShippedFiles(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(clinicalDir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(clinicalDir, file)))
        .digest('hex'),
    ]),
  );
}

const auditRows = (action: string) =>
  t.core.store.db.selectFrom('audit_event').select(['object_id', 'detail']).where('action', '=', action).execute();

describe('library:save-override', () => {
  it('saves a center value, audits it, and reports it beside the shipped value everywhere', async () => {
    const saved = await t.ok('library:save-override', makeOverride());
    expect(saved).toMatchObject({
      recordTitle: 'Pembrolizumab (Keytruda)',
      fieldKind: 'firstInfusionMinutes',
      shippedValue: 30,
      centerValue: 45,
      madeAgainstVersion: '2026.12.1',
      overriddenAt: '2026-11-27T09:00:00.000Z',
      reason: 'Center policy: first doses over 45 minutes',
      status: 'applied',
      review: null,
    });
    const [audit] = await auditRows('library.save-override');
    expect(audit?.object_id).toBe('drug/pembrolizumab/infusionMinutes.first');
    expect(JSON.parse(audit?.detail ?? '{}')).toMatchObject({ shippedValue: 30, before: null, after: 45 });

    const { drug, overrides } = await t.ok('library:get-drug', { id: 'pembrolizumab' });
    expect(drug.infusionMinutes).toMatchObject({ first: 45, subsequent: 30 });
    expect(overrides).toEqual([saved]);
    // The regimen preview (and so the plans built from it) uses the center value for the first dose only.
    const { preview } = await t.ok('library:get-regimen', {
      id: 'pembrolizumab-200-q3w',
      startDate: '2026-12-01',
      visits: 2,
    });
    expect(preview.visits.map((v) => v.infusionMinutesTotal)).toEqual([45, 30]);
    expect((await t.ok('library:info', {})).counts.overrides).toBe(1);
  });

  it('replaces the center value of the same field and audits the value it replaced', async () => {
    await t.ok('library:save-override', makeOverride());
    await t.ok('library:save-override', makeOverride({ value: 60, reason: 'Center policy changed' }));
    const list = await t.ok('library:list-overrides', {});
    expect(list.overrides).toEqual([
      expect.objectContaining({ centerValue: 60, shippedValue: 30, reason: 'Center policy changed' }),
    ]);
    const audits = await auditRows('library.save-override');
    expect(JSON.parse(audits[1]?.detail ?? '{}')).toMatchObject({ before: 45, after: 60 });
  });

  it('changes a regimen interval and a CAR T monitoring period, and a center-policy value with no shipped value', async () => {
    await t.ok(
      'library:save-override',
      makeOverride({
        recordKind: 'regimen',
        recordId: 'pembrolizumab-200-q3w',
        fieldPath: 'phases.0.intervalDays',
        value: 22,
      }),
    );
    const { preview } = await t.ok('library:get-regimen', {
      id: 'pembrolizumab-200-q3w',
      startDate: '2026-12-01',
      visits: 2,
    });
    expect(preview.visits.map((v) => v.date)).toEqual(['2026-12-01', '2026-12-23']);
    await t.ok(
      'library:save-override',
      makeOverride({
        recordKind: 'car-t',
        recordId: 'axicabtagene-ciloleucel',
        fieldPath: 'monitoring.current.dailyMonitoringDays',
        value: 10,
      }),
    );
    const cart = await t.ok('library:get-car-t', { id: 'axicabtagene-ciloleucel', day0: '2026-12-10' });
    expect(cart.calendar?.dailyMonitoringEnd).toBe('2026-12-20');
    const policy = await t.ok(
      'library:save-override',
      makeOverride({ fieldPath: 'centerPolicy.restartRatePercent', value: 50 }),
    );
    expect(policy).toMatchObject({
      fieldKind: 'restartRatePercent',
      shippedValue: null,
      centerValue: 50,
      status: 'applied',
    });
  });

  it('gives a regimen item its own time when the center changes it, leaving the drug alone', async () => {
    await t.ok(
      'library:save-override',
      makeOverride({
        recordKind: 'regimen',
        recordId: 'nivolumab-ipilimumab-melanoma',
        fieldPath: 'phases.0.items.0.infusionMinutes.first',
        value: 40,
      }),
    );
    const { preview } = await t.ok('library:get-regimen', {
      id: 'nivolumab-ipilimumab-melanoma',
      startDate: '2026-12-01',
      weightKg: 70,
      visits: 2,
    });
    expect(preview.visits.map((v) => v.items.map((i) => i.infusionMinutes))).toEqual([
      [40, 30],
      [30, 30],
    ]);
    expect((await t.ok('library:get-drug', { id: 'nivolumab' })).drug.infusionMinutes.first).toBe(30);
  });
});

describe('refused center values', () => {
  const refusals: Array<[string, Parameters<typeof makeOverride>[0], RegExp]> = [
    ['a negative dose', { fieldPath: 'doseOptions.0.dose.mg', value: -200 }, /more than 0 mg/],
    ['a zero dose', { fieldPath: 'doseOptions.0.dose.mg', value: 0 }, /more than 0 mg/],
    ['a zero interval', { fieldPath: 'doseOptions.0.intervalDays', value: 0 }, /at least 1 day\./],
    ['a fractional interval', { fieldPath: 'doseOptions.0.intervalDays', value: 20.5 }, /whole number/],
    ['an infusion longer than the center is open', { value: 600 }, /longest opening day \(9 h = 540 min\)/],
    ['a restart rate above 100 %', { fieldPath: 'centerPolicy.restartRatePercent', value: 150 }, /at most 100 %/],
    ['the shipped value itself', { value: 30 }, /shipped value/],
  ];

  it.each(refusals)('refuses %s with the field named, and writes nothing', async (_name, input, message) => {
    const changes = changeCounter(t);
    const result = await t.call('library:save-override', makeOverride(input));
    const fieldPath = input?.fieldPath ?? 'infusionMinutes.first';
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid', issues: [{ path: fieldPath, message: expect.stringMatching(message) as unknown }] },
    });
    expect(changes()).toBe(0);
  });

  it('refuses a field the center may not change, and an unknown record', async () => {
    expect(await t.call('library:save-override', makeOverride({ fieldPath: 'sources.0.title' }))).toMatchObject({
      ok: false,
      error: { code: 'invalid', issues: [{ path: 'fieldPath' }] },
    });
    expect(await t.call('library:save-override', makeOverride({ recordId: 'aspirin' }))).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('takes the ceiling from the opening hours: a longer day allows a longer infusion', async () => {
    const days = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
      weekday,
      isClosed: weekday !== 1,
      openMinute: 420,
      closeMinute: 1140,
    }));
    await t.ok('center:save-hours', { days });
    expect(await t.ok('library:save-override', makeOverride({ value: 600 }))).toMatchObject({ centerValue: 600 });
    expect((await t.ok('library:list-overrides', {})).longestDayMinutes).toBe(720);
  });

  it('refuses a drug time that would make a combination visit longer than the day', async () => {
    const result = await t.call('library:save-override', makeOverride({ recordId: 'nivolumab', value: 520 }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        issues: [
          {
            path: 'infusionMinutes.first',
            message: expect.stringMatching(/Nivolumab 1 mg\/kg \+ ipilimumab/) as unknown,
          },
        ],
      },
    });
  });
});

describe('library:remove-override', () => {
  it('removes a center value with a reason, audited, and the shipped value applies again', async () => {
    await t.ok('library:save-override', makeOverride());
    await t.ok('library:remove-override', {
      recordKind: 'drug',
      recordId: 'pembrolizumab',
      fieldPath: 'infusionMinutes.first',
      reason: 'Back to the label',
    });
    expect((await t.ok('library:get-drug', { id: 'pembrolizumab' })).drug.infusionMinutes.first).toBe(30);
    expect(JSON.parse((await auditRows('library.remove-override'))[0]?.detail ?? '{}')).toMatchObject({
      removedValue: 45,
      reason: 'Back to the label',
    });
    const again = await t.call('library:remove-override', {
      recordKind: 'drug',
      recordId: 'pembrolizumab',
      fieldPath: 'infusionMinutes.first',
      reason: 'Twice',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('overrides across library versions', () => {
  const insert = (fieldPath: string, shipped: string, version: string) =>
    sql`INSERT INTO library_override VALUES ('drug', 'atezolizumab', ${fieldPath}, '45', ${shipped}, ${version}, 'Made against an older library', '2026-01-05T10:00:00.000Z', NULL)`.execute(
      t.core.store.db,
    );

  it('flags an override whose shipped value changed since it was made, and keeps applying it', async () => {
    // Made when the shipped first-infusion time was (say) 90 minutes; this library ships 60.
    await insert('infusionMinutes.first', '90', '2025.6.1');
    const [flagged] = (await t.ok('library:list-overrides', {})).overrides;
    expect(flagged).toMatchObject({
      status: 'review-changed',
      isApplied: true,
      shippedValue: 60,
      shippedValueWhenMade: 90,
      madeAgainstVersion: '2025.6.1',
      review: 'review: shipped value changed in library 2026.12.1',
    });
    expect((await t.ok('library:get-drug', { id: 'atezolizumab' })).drug.infusionMinutes.first).toBe(45);
    expect((await t.ok('library:info', {})).counts.overridesToReview).toBe(1);
  });

  it('flags an override whose field no longer exists, and does not apply it', async () => {
    await insert('doseOptions.9.intervalDays', '14', '2025.6.1');
    const [flagged] = (await t.ok('library:list-overrides', {})).overrides;
    expect(flagged).toMatchObject({ status: 'review-missing', isApplied: false, shippedValue: null });
    expect(flagged?.review).toMatch(/no longer in library 2026\.12\.1/);
  });
});

describe('who may change the library', () => {
  it('lets every signed-in nurse read it, and only a charge nurse or administrator change it', async () => {
    const { chargeId } = await nurseSignedIn(t);
    expect((await t.ok('library:search', { query: 'Keytruda' })).results.length).toBeGreaterThan(0);
    const changes = changeCounter(t);
    expect(await t.call('library:save-override', makeOverride())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(changes()).toBe(0);
    await signInAs(t, CHARGE);
    expect(await t.ok('library:save-override', makeOverride())).toMatchObject({ by: chargeId, centerValue: 45 });
    await signInAs(t, NURSE);
    expect((await t.ok('library:get-drug', { id: 'pembrolizumab' })).overrides).toEqual([
      expect.objectContaining({ by: chargeId }),
    ]);
  });
});

describe('shipped files', () => {
  it('are never written by overrides or center regimens', async () => {
    const before = hashShippedFiles();
    await t.ok('library:save-override', makeOverride());
    await t.ok(
      'library:save-override',
      makeOverride({
        recordKind: 'regimen',
        recordId: 'dostarlimab-monotherapy',
        fieldPath: 'phases.1.items.0.dose.mg',
        value: 900,
      }),
    );
    await t.ok('library:remove-override', {
      recordKind: 'drug',
      recordId: 'pembrolizumab',
      fieldPath: 'infusionMinutes.first',
      reason: 'Test',
    });
    expect(hashShippedFiles()).toEqual(before);
  });
});
