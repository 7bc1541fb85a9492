import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  NURSE,
  PHARMACIST,
  PRESCRIBER,
  as,
  externalOrder,
  openOrderWorld,
  pembrolizumabLine,
  refusalOf,
  type OrderWorld,
} from '../../support/orders';
import { changeCounter } from '../../support/schedule';

// Entering an order: a prescriber signs her own with her secret, a nurse enters an external one (prescriber,
// reference, read-back). What is refused, and that a refusal writes nothing.

let w: OrderWorld;
beforeEach(async () => {
  w = await openOrderWorld();
});
afterEach(() => w.t.close());

const auditRows = (action: string) =>
  w.t.core.store.db.selectFrom('audit_event').selectAll().where('action', '=', action).execute();

describe('orders:enter', () => {
  it('takes a prescriber’s own order, signed with her secret, awaiting a pharmacist', async () => {
    const order = await as(w.t, PRESCRIBER, () =>
      w.t.ok('orders:enter', {
        planId: w.plan.id,
        firstDose: 1,
        lastDose: 4,
        lines: [pembrolizumabLine()],
        secret: PRESCRIBER.secret,
      }),
    );
    expect(order).toMatchObject({
      source: 'prescriber',
      prescriberName: PRESCRIBER.displayName,
      externalReference: null,
      readBackBy: null,
      enteredBy: { id: w.ids.prescriber, name: PRESCRIBER.displayName },
      status: 'awaiting-verification',
      verifiedBy: null,
      firstDose: 1,
      lastDose: 4,
      lines: [
        {
          drugId: 'pembrolizumab',
          drugName: 'Pembrolizumab (Keytruda)',
          doseMg: 200,
          doseMgPerKg: null,
          doseText: '200 mg',
          route: 'IV',
          diluent: 'Sodium chloride 0.9 %',
          volumeMl: 100,
          infusionMinutes: 30,
          rateMlPerHour: 200,
          planDoseText: null,
          planDoseMg: null,
        },
      ],
    });
    const [audit] = await auditRows('order.enter');
    expect(audit).toMatchObject({ user_id: w.ids.prescriber, patient_id: w.patientId, object_id: order.id });
    expect(JSON.parse(audit!.detail!)).toMatchObject({ source: 'prescriber', doses: [1, 4] });
    expect(audit!.detail).not.toContain(PRESCRIBER.secret);
  });

  it('takes an external order from a nurse who names the prescriber, copies the reference and reads it back', async () => {
    const order = await w.t.ok('orders:enter', externalOrder(w.plan.id));
    expect(order).toMatchObject({
      source: 'external',
      prescriberName: 'Dr Nadia Okafor',
      externalReference: 'RX-2026-0042',
      readBackBy: { id: w.ids.nurse, name: NURSE.displayName },
      enteredBy: { id: w.ids.nurse },
      status: 'awaiting-verification',
    });
  });

  it('refuses a wrong secret, counts it like a failed sign-in, and writes no order', async () => {
    const changes = changeCounter(w.t);
    const result = await w.t.call('orders:enter', externalOrder(w.plan.id, { secret: '000000' }));
    expect(refusalOf(result)).toMatchObject({ code: 'forbidden', path: 'secret', reason: 'wrong-secret' });
    expect(await w.t.core.store.db.selectFrom('plan_order').selectAll().execute()).toEqual([]);
    expect((await auditRows('sign-order-failed')).length).toBe(1);
    expect(changes()).toBeGreaterThan(0); // only the failure count and its audit row
  });

  it('refuses the wrong person for each kind of order, naming why', async () => {
    const unsigned = { planId: w.plan.id, firstDose: 1, lastDose: 1, lines: [pembrolizumabLine()] };
    // A nurse cannot sign as a prescriber; a prescriber does not enter her own order as external.
    expect(refusalOf(await w.t.call('orders:enter', { ...unsigned, secret: NURSE.secret }))).toMatchObject({
      code: 'forbidden',
      reason: 'not-prescriber',
    });
    await as(w.t, PRESCRIBER, async () => {
      const result = await w.t.call('orders:enter', externalOrder(w.plan.id, { secret: PRESCRIBER.secret }));
      expect(refusalOf(result)).toMatchObject({ code: 'forbidden', reason: 'prescriber-signs' });
    });
    await as(w.t, PHARMACIST, async () => {
      const result = await w.t.call('orders:enter', externalOrder(w.plan.id, { secret: PHARMACIST.secret }));
      expect(refusalOf(result)).toMatchObject({ code: 'forbidden', reason: 'not-transcriber' });
    });
    expect(await w.t.core.store.db.selectFrom('plan_order').selectAll().execute()).toEqual([]);
  });

  it('refuses an external order without its reference or its read-back, beside each field', async () => {
    const result = await w.t.call(
      'orders:enter',
      externalOrder(w.plan.id, { external: { prescriberName: ' ', reference: '', readBack: false } }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid');
    expect(result.error.issues.map((i) => [i.path, i.code])).toEqual([
      ['external.prescriberName', 'prescriber-required'],
      ['external.reference', 'reference-required'],
      ['external.readBack', 'read-back-required'],
    ]);
  });

  it('checks each line against the plan and the library: drugs, route, time or rate, and their arithmetic', async () => {
    const cases: Array<[Parameters<typeof pembrolizumabLine>[0], string, string]> = [
      [{ route: 'SC' }, 'lines.0.route', 'route-mismatch'],
      [{ infusionMinutes: null, rateMlPerHour: null }, 'lines.0.infusionMinutes', 'time-or-rate-required'],
      [{ volumeMl: null }, 'lines.0.volumeMl', 'rate-needs-volume'],
      [{ rateMlPerHour: 400 }, 'lines.0.rateMlPerHour', 'rate-mismatch'],
      [{ infusionMinutes: 15, rateMlPerHour: 400 }, 'lines.0.infusionMinutes', 'faster-than-label'],
      [{ doseMg: null }, 'lines.0.doseMg', 'dose-required'],
      [{ drugId: 'nivolumab' }, 'lines.0.drugId', 'drug-not-in-plan'],
    ];
    for (const [line, path, code] of cases) {
      const result = await w.t.call('orders:enter', externalOrder(w.plan.id, { lines: [pembrolizumabLine(line)] }));
      expect(result.ok ? [] : result.error.issues.map((i) => [i.path, i.code]), code).toContainEqual([path, code]);
    }
    const expected = await w.t.call(
      'orders:enter',
      externalOrder(w.plan.id, { lines: [pembrolizumabLine({ rateMlPerHour: 400 })] }),
    );
    expect(expected.ok ? null : expected.error.issues[0]?.params).toEqual({ expected: 200 });
    // 250 mL over 90 min is 166.7 mL/h: a rate rounded to 167 is accepted.
    await w.t.ok(
      'orders:enter',
      externalOrder(w.plan.id, {
        lines: [pembrolizumabLine({ volumeMl: 250, infusionMinutes: 90, rateMlPerHour: 167 })],
      }),
    );
  });

  it('keeps a dose that differs from the plan, and shows the pharmacist the plan’s dose beside it', async () => {
    const order = await w.t.ok(
      'orders:enter',
      externalOrder(w.plan.id, { lines: [pembrolizumabLine({ doseMg: 2000 })] }),
    );
    expect(order.lines[0]).toMatchObject({ doseMg: 2000, doseText: '2,000 mg', planDoseText: '200 mg' });
  });

  it('refuses a second current order for the same dose, and replaces one only with a reason', async () => {
    const first = await w.t.ok('orders:enter', externalOrder(w.plan.id, { firstDose: 1, lastDose: 2 }));
    const overlap = await w.t.call('orders:enter', externalOrder(w.plan.id, { firstDose: 2, lastDose: 3 }));
    expect(refusalOf(overlap)).toMatchObject({ code: 'conflict', reason: 'order-overlap', path: 'firstDose' });
    const second = await w.t.ok(
      'orders:enter',
      externalOrder(w.plan.id, {
        firstDose: 1,
        lastDose: 3,
        replaces: { orderIds: [first.id], reason: 'Rate corrected by the prescriber' },
      }),
    );
    const list = await w.t.ok('orders:list-for-plan', { planId: w.plan.id });
    expect(list.orders.map((o) => [o.id, o.status, o.replacedBy, o.closedReason])).toEqual([
      [first.id, 'replaced', second.id, 'Rate corrected by the prescriber'],
      [second.id, 'awaiting-verification', null, null],
    ]);
    expect(list.orders[0]!.closedBy).toMatchObject({ id: w.ids.nurse });
    expect((await auditRows('order.replace')).map((a) => a.object_id)).toEqual([first.id]);
  });

  it('refuses a run of doses that do not give the same drugs', async () => {
    await w.t.close();
    // Dostarlimab gives 500 mg for doses 1–4, then 1,000 mg: one order cannot cover both.
    w = await openOrderWorld({ regimenId: 'dostarlimab-monotherapy', maxDoses: 6 });
    const first = w.plan.doses[0]!.items[0]!.doseMg;
    const last = Math.max(...w.plan.doses.filter((d) => d.items[0]!.doseMg === first).map((d) => d.doseNumber));
    const line = pembrolizumabLine({ drugId: 'dostarlimab', doseMg: first });
    const order = externalOrder(w.plan.id, { firstDose: 1, lastDose: last + 1, lines: [line] });
    const result = await w.t.call('orders:enter', order);
    expect(refusalOf(result)).toMatchObject({ code: 'invalid', reason: 'range-mixed', path: 'lastDose' });
  });
});
