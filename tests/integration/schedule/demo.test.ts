import { queryRow } from '../../support/rows';
import { pgPass } from '../../support/postgres';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedCenter } from '../../../electron/main/demo/center';
import { generateLargeCenter } from '../../../electron/main/demo/large-center';
import { seedPatients } from '../../../electron/main/demo/patients';
import { DEMO_ACCOUNTS, seedAccounts, seedOrders } from '../../../electron/main/demo/orders';
import { seedPlans } from '../../../electron/main/demo/plans';
import { releasedOrderFor } from '../../../electron/main/services/plans/orders';
import { DAY_VIEW_SQL } from '../../../electron/main/repositories/day-view';
import { openTestCore, type TestCore } from '../../support/core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
});
afterEach(() => t.close());

const count = async (sql: string) => (await queryRow<{ n: number }>(t.core.store, sql))?.n ?? 0;

describe('demo volume', () => {
  it('books the seeded patients’ plans through the channels', async () => {
    await seedCenter(t.core, { today: '2026-11-27' });
    const patientIds = await seedPatients(t.core, { today: '2026-11-27', count: 12 });
    const result = await seedPlans(t.core, { patientIds, today: '2026-11-27' });
    expect(result.planIds).toHaveLength(12);
    expect(result.appointments).toBeGreaterThan(20);
    expect(await count('SELECT count(*) AS n FROM appointment')).toBe(result.appointments);
    expect(await count("SELECT count(*) AS n FROM appointment_event WHERE action = 'book'")).toBe(result.appointments);
  });

  it('signs and verifies an order for every seeded dose, through the real accounts, inventing no preparation', async () => {
    await seedCenter(t.core, { today: '2026-11-27' });
    const patientIds = await seedPatients(t.core, { today: '2026-11-27', count: 6 });
    const { planIds } = await seedPlans(t.core, { patientIds, today: '2026-11-27' });
    await seedAccounts(t.core);
    const orders = await seedOrders(t.core, planIds);
    expect(orders).toBeGreaterThanOrEqual(planIds.length);
    // The seed leaves nobody signed in: the app opens on the sign-in screen, and the demo nurse can sign in.
    expect((await t.ok('auth:status', {})).user).toBeNull();
    await t.ok('auth:sign-in', { initials: DEMO_ACCOUNTS.nurse.initials, secret: DEMO_ACCOUNTS.nurse.secret });
    for (const planId of planIds) {
      const plan = await t.ok('plans:get', { planId });
      for (const dose of plan.doses) {
        const state = await releasedOrderFor(t.core.store.db, planId, dose.doseNumber);
        expect(state.status, `${plan.regimenId} dose ${dose.doseNumber}`).toBe('released');
        if (state.status !== 'released') continue;
        expect(state.order.lines.map((l) => [l.drugId, l.doseMg, l.diluent, l.volumeMl, l.rateMlPerHour])).toEqual(
          dose.items.map((i) => [i.drugId, i.doseMg, null, null, null]),
        );
      }
    }
  });

  // The generator writes SQLite directly, in one synchronous transaction (demo/large-center-sink.ts).
  it.skipIf(pgPass())(
    'generates a large center’s history in one transaction, with no chair ever double-booked',
    async () => {
      const summary = await generateLargeCenter(t.core, { years: 0.1, chairs: 8, today: '2026-11-27' });
      expect(summary.appointments).toBeGreaterThan(500);
      expect(await count('SELECT count(*) AS n FROM appointment')).toBe(summary.appointments);
      expect(await count('SELECT count(*) AS n FROM patient')).toBe(summary.patients);
      expect(await count('SELECT count(*) AS n FROM plan_dose')).toBe(summary.doses);
      const overlaps = await count(`SELECT count(*) AS n FROM appointment a JOIN appointment b
      ON a.date = b.date AND a.chair_id = b.chair_id AND a.id < b.id AND a.start_minute < b.end_minute AND b.start_minute < a.end_minute
      WHERE a.status NOT IN ('held', 'cancelled', 'no-show') AND b.status NOT IN ('held', 'cancelled', 'no-show')`);
      expect(overlaps).toBe(0);
      expect(
        await count("SELECT count(*) AS n FROM appointment WHERE date < '2026-11-27' AND status = 'scheduled'"),
      ).toBe(0);
      const day = await t.ok('schedule:day', { date: '2026-11-30' });
      expect(day.appointments.length).toBeGreaterThan(10);
      expect(
        t.core.store.prepare<{ detail: string }>(`EXPLAIN QUERY PLAN ${DAY_VIEW_SQL}`).all('2026-11-30')[0]?.detail,
      ).toMatch(/USING INDEX appointment_day/);
      expect(await t.ok('audit:list', { action: 'demo.generate', limit: 5 })).toHaveLength(1);
    },
  );
});
