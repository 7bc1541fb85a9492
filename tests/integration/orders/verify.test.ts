import { queryRows } from '../../support/rows';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { releasedOrderFor } from '../../../electron/main/services/plans/orders';
import {
  CHARGE,
  NURSE,
  PHARMACIST,
  PHARMACIST_2,
  PRESCRIBER,
  as,
  externalOrder,
  openOrderWorld,
  pembrolizumabLine,
  refusalOf,
  type OrderWorld,
} from '../../support/orders';

// Verification by a pharmacist, and what the double check reads: releasedOrderFor for each state a dose can
// be in (no order, awaiting verification, released, plan not active).

let w: OrderWorld;
beforeEach(async () => {
  w = await openOrderWorld();
});
afterEach(() => w.t.close());

const release = (dose: number) => releasedOrderFor(w.t.core.store.db, w.plan.id, dose);

async function prescriberOrder(first = 1, last = 4) {
  return as(w.t, PRESCRIBER, () =>
    w.t.ok('orders:enter', {
      planId: w.plan.id,
      firstDose: first,
      lastDose: last,
      lines: [pembrolizumabLine()],
      secret: PRESCRIBER.secret,
    }),
  );
}

describe('orders:verify', () => {
  it('refuses a nurse and a charge nurse, and the prescriber her own order, each with its reason', async () => {
    const order = await prescriberOrder();
    await as(w.t, NURSE, async () => {
      expect(refusalOf(await w.t.call('orders:verify', { orderId: order.id, secret: NURSE.secret }))).toMatchObject({
        code: 'forbidden',
        reason: 'not-pharmacist',
      });
    });
    await as(w.t, CHARGE, async () => {
      expect(refusalOf(await w.t.call('orders:verify', { orderId: order.id, secret: CHARGE.secret }))).toMatchObject({
        reason: 'not-pharmacist',
      });
    });
    await as(w.t, PRESCRIBER, async () => {
      expect(
        refusalOf(await w.t.call('orders:verify', { orderId: order.id, secret: PRESCRIBER.secret })),
      ).toMatchObject({
        code: 'forbidden',
        reason: 'own-order',
      });
    });
    expect(await release(1)).toMatchObject({ status: 'awaiting-verification' });
    const verified = await w.t.core.store.db
      .selectFrom('plan_order')
      .select('status')
      .where('id', '=', order.id)
      .executeTakeFirst();
    expect(verified?.status).toBe('awaiting-verification');
  });

  it('releases every dose of the order once a pharmacist verifies it with her secret, audited', async () => {
    const order = await prescriberOrder(1, 2);
    const awaiting = await release(1);
    expect(awaiting.status === 'awaiting-verification' && awaiting.message).toMatch(/pharmacist/);
    const verified = await as(w.t, PHARMACIST, () =>
      w.t.ok('orders:verify', { orderId: order.id, secret: PHARMACIST.secret }),
    );
    expect(verified).toMatchObject({
      status: 'verified',
      verifiedBy: { id: w.ids.pharmacist, name: PHARMACIST.displayName },
      verifiedAt: '2026-11-27T09:00:00.000Z',
    });
    for (const dose of [1, 2]) {
      expect(await release(dose)).toMatchObject({
        status: 'released',
        order: {
          orderId: order.id,
          planId: w.plan.id,
          doseNumber: dose,
          source: 'prescriber',
          prescriberName: PRESCRIBER.displayName,
          externalReference: null,
          readBackBy: null,
          verifiedBy: PHARMACIST.displayName,
          verifiedById: w.ids.pharmacist,
          verifiedAt: '2026-11-27T09:00:00.000Z',
          lines: [
            {
              drugId: 'pembrolizumab',
              doseMg: 200,
              doseText: '200 mg',
              route: 'IV',
              volumeMl: 100,
              rateMlPerHour: 200,
              infusionMinutes: 30,
            },
          ],
        },
      });
    }
    expect(await release(3)).toMatchObject({ status: 'no-order' });
    const audit = await w.t.core.store.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'order.verify')
      .execute();
    expect(audit).toMatchObject([{ user_id: w.ids.pharmacist, object_id: order.id, patient_id: w.patientId }]);
    const list = await w.t.ok('orders:list-for-plan', { planId: w.plan.id });
    expect(list.releases.map((r) => r.status)).toEqual(['released', 'released', 'no-order', 'no-order']);
  });

  it('keeps a verified order as it is: a second verification is refused and a change is a new order to verify', async () => {
    const order = await prescriberOrder(1, 1);
    await as(w.t, PHARMACIST, () => w.t.ok('orders:verify', { orderId: order.id, secret: PHARMACIST.secret }));
    await as(w.t, PHARMACIST_2, async () => {
      const again = await w.t.call('orders:verify', { orderId: order.id, secret: PHARMACIST_2.secret });
      expect(refusalOf(again)).toMatchObject({ code: 'conflict', reason: 'order-not-awaiting' });
    });
    // The database itself refuses an edit, whatever the code path.
    await expect(queryRows(w.t.core.store, 'UPDATE plan_order_line SET dose_mg = 400')).rejects.toThrow(/never edited/);
    const replacement = await as(w.t, PRESCRIBER, () =>
      w.t.ok('orders:enter', {
        planId: w.plan.id,
        firstDose: 1,
        lastDose: 1,
        lines: [pembrolizumabLine({ volumeMl: 50, rateMlPerHour: 100 })],
        replaces: { orderIds: [order.id], reason: 'Volume changed to 50 mL' },
        secret: PRESCRIBER.secret,
      }),
    );
    expect(await release(1)).toMatchObject({ status: 'awaiting-verification' });
    await as(w.t, PHARMACIST_2, () =>
      w.t.ok('orders:verify', { orderId: replacement.id, secret: PHARMACIST_2.secret }),
    );
    expect(await release(1)).toMatchObject({
      status: 'released',
      order: { orderId: replacement.id, lines: [{ volumeMl: 50 }] },
    });
  });

  it('lets a pharmacist reject an order with a reason; the dose stays without an order', async () => {
    const order = await w.t.ok('orders:enter', externalOrder(w.plan.id));
    const rejected = await as(w.t, PHARMACIST, () =>
      w.t.ok('orders:reject', {
        orderId: order.id,
        secret: PHARMACIST.secret,
        reason: 'Reference not found in the chart',
      }),
    );
    expect(rejected).toMatchObject({
      status: 'rejected',
      closedBy: { id: w.ids.pharmacist },
      closedReason: 'Reference not found in the chart',
    });
    expect(await release(1)).toMatchObject({ status: 'no-order' });
    // The nurse who entered it cannot verify an external order she read back, even were she a pharmacist.
    const second = await as(w.t, NURSE, () => w.t.ok('orders:enter', externalOrder(w.plan.id)));
    expect(refusalOf(await w.t.call('orders:verify', { orderId: second.id, secret: NURSE.secret }))).toMatchObject({
      reason: 'own-order',
    });
  });

  it('releases nothing while the plan is on hold, and the order again once it resumes', async () => {
    const order = await prescriberOrder(1, 4);
    await as(w.t, PHARMACIST, () => w.t.ok('orders:verify', { orderId: order.id, secret: PHARMACIST.secret }));
    await as(w.t, NURSE, () => w.t.ok('plans:hold', { planId: w.plan.id, reason: 'Grade 2 colitis' }));
    const held = await release(1);
    expect(held.status === 'plan-not-active' && held.message).toMatch(
      /on-hold \(Grade 2 colitis\): no dose is released/,
    );
    await as(w.t, PRESCRIBER, () =>
      w.t.ok('plans:resume', { planId: w.plan.id, reason: 'Colitis resolved to grade 1' }),
    );
    expect(await release(1)).toMatchObject({ status: 'released' });
  });

  it('gives the mg/kg a weight-based dose was worked out from', async () => {
    await w.t.close();
    w = await openOrderWorld({ regimenId: 'nivolumab-ipilimumab-melanoma', maxDoses: 4, weightKg: 72 });
    const lines = [
      {
        drugId: 'nivolumab',
        doseMg: 72,
        route: 'IV' as const,
        diluent: null,
        volumeMl: null,
        infusionMinutes: 30,
        rateMlPerHour: null,
      },
      {
        drugId: 'ipilimumab',
        doseMg: 216,
        route: 'IV' as const,
        diluent: null,
        volumeMl: null,
        infusionMinutes: 30,
        rateMlPerHour: null,
      },
    ];
    const order = await as(w.t, PRESCRIBER, () =>
      w.t.ok('orders:enter', { planId: w.plan.id, firstDose: 1, lastDose: 4, lines, secret: PRESCRIBER.secret }),
    );
    expect(order.lines.map((l) => [l.drugName, l.doseText, l.doseMgPerKg, l.planDoseText])).toEqual([
      ['Nivolumab (Opdivo)', '72 mg (1 mg/kg)', 1, null],
      ['Ipilimumab (Yervoy)', '216 mg (3 mg/kg)', 3, null],
    ]);
  });
});
