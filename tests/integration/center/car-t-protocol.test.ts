import { afterEach, beforeEach, expect, it } from 'vitest';
import { createUser, NURSE, setupAdmin } from '../../support/auth';
import { openTestCore, type TestCore } from '../../support/core';
import { as } from '../../support/orders';

// The center's CAR T protocol: one entry per library product, empty until set, with the label's monitoring days
// and their source beside it; saving is audited and refused for a nurse or a value out of bounds.

const PRODUCT = 'idecabtagene-vicleucel';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
});
afterEach(() => t.close());

const values = { ldChairMinutes: 180, infusionChairMinutes: 300, monitoringVisitMinutes: 45, monitoringDays: 10 };

it('lists every CAR T product empty, with the label’s monitoring days and source, and audits a save', async () => {
  const before = await t.ok('center:car-t-protocols', {});
  expect(before.length).toBe(7);
  expect(before.every((p) => p.missing.length === 3 && p.ldChairMinutes === null)).toBe(true);
  const abecma = before.find((p) => p.productId === PRODUCT)!;
  expect(abecma).toMatchObject({ productName: 'Idecabtagene vicleucel (Abecma)', labelMonitoringDays: 7 });
  expect(abecma.labelMonitoringSources[0]).toMatchObject({ effective: '2025-06-26' });

  const saved = await t.ok('center:save-car-t-protocol', { productId: PRODUCT, ...values });
  expect(saved).toMatchObject({ ...values, missing: [] });
  const audit = await t.core.store.db
    .selectFrom('audit_event')
    .select(['action', 'detail'])
    .where('object_type', '=', 'car_t_protocol')
    .execute();
  expect(audit).toHaveLength(1);
  expect(JSON.parse(audit[0]!.detail ?? '{}')).toMatchObject({ after: values });
  // Saving the same values again changes nothing and writes no second entry.
  await t.ok('center:save-car-t-protocol', { productId: PRODUCT, ...values });
  expect(
    await t.core.store.db.selectFrom('audit_event').select('id').where('object_type', '=', 'car_t_protocol').execute(),
  ).toHaveLength(1);
});

it('refuses a nurse the save, and lets her read the protocol', async () => {
  await setupAdmin(t);
  await createUser(t, NURSE);
  const nurse = await as(t, NURSE, () => t.call('center:save-car-t-protocol', { productId: PRODUCT, ...values }));
  expect(nurse).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  // A nurse still reads the protocol, read-only, like the rest of the center setup.
  expect((await t.call('center:car-t-protocols', {})).ok).toBe(true);
});

it('refuses an unknown product and minutes out of bounds, naming the field', async () => {
  const unknown = await t.call('center:save-car-t-protocol', { productId: 'no-such-product', ...values });
  expect(unknown).toMatchObject({ ok: false, error: { issues: [{ code: 'car-t-product-not-found' }] } });
  const tooLong = await t.call('center:save-car-t-protocol', { productId: PRODUCT, ...values, ldChairMinutes: 721 });
  expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'ldChairMinutes' }] } });
});
