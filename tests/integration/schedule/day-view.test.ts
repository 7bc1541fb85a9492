import { pgPass, postgresPlan } from '../../support/postgres';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IS_LIVE } from '../../../electron/main/repositories/appointments';
import { DAY_VIEW_SQL, dayViewQuery } from '../../../electron/main/repositories/day-view';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, makeCenter, startPlan } from '../../support/schedule';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  await makeCenter(t, { chairs: 3, nurses: 2 });
});
afterEach(() => t.close());

describe('schedule:day', () => {
  it('gives the day’s hours, chairs, nurses and appointments with patient, regimen and dose', async () => {
    const patientId = await addPatient(t, { familyName: 'Quillfeather', givenName: 'Hélène', mrn: 'MRN-0042' });
    const plan = await startPlan(t, patientId);
    await t.ok('schedule:book-plan', { planId: plan.id });
    const day = await t.ok('schedule:day', { date: '2026-11-30' });
    expect(day).toMatchObject({ isOpen: true, open: 480, close: 1020, slotMinutes: 15, maxPatientsPerNurse: 4 });
    expect(day.chairs.map((c) => c.name)).toEqual(['Chair 1', 'Chair 2', 'Chair 3']);
    expect(day.nurses.map((n) => n.name)).toEqual(['Nurse 1', 'Nurse 2']);
    expect(day.appointments).toEqual([
      expect.objectContaining({
        patientName: 'QUILLFEATHER, Hélène',
        mrn: 'MRN-0042',
        cycle: 1,
        isFirstDose: true,
        regimenName: 'Pembrolizumab 200 mg every 3 weeks',
      }),
    ]);
  });

  it('says when the center is closed', async () => {
    const day = await t.ok('schedule:day', { date: '2026-11-28' });
    expect(day).toMatchObject({ isOpen: false, appointments: [] });
  });

  // SQLite's query plans (EXPLAIN QUERY PLAN); PostgreSQL plans by statistics.
  it.skipIf(pgPass())('answers from the appointment_day index, not a table scan', () => {
    const plan = t.core.store.prepare<{ detail: string }>(`EXPLAIN QUERY PLAN ${DAY_VIEW_SQL}`).all('2026-11-30');
    const steps = plan.map((p) => p.detail);
    expect(steps).toContainEqual(expect.stringMatching(/^SEARCH a USING INDEX appointment_day \(date=\?\)/));
    expect(steps.some((s) => /^SCAN a\b/.test(s))).toBe(false);
    expect(steps.some((s) => /TEMP B-TREE/.test(s))).toBe(false);
  });

  it.skipIf(pgPass())(
    'finds a plan’s live appointments through an index, never a scan (booking and plans:get read it every time)',
    () => {
      const query = t.core.store.db
        .selectFrom('appointment')
        .selectAll()
        .where('plan_id', '=', 'p')
        .where(IS_LIVE)
        .compile();
      const plan = t.core.store.prepare<{ detail: string }>(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.parameters);
      expect(plan.map((p) => p.detail)).toEqual([
        expect.stringMatching(/^SEARCH appointment USING INDEX appointment_(live_dose|plan) \(plan_id=\?\)/),
      ]);
    },
  );

  // The same two reads on the center database: its plans, with sequential scans priced out (postgresPlan).
  it.runIf(pgPass())('answers from the appointment_day index on PostgreSQL too', async () => {
    const plan = await postgresPlan(t.core.store.db, dayViewQuery(t.core.store.db, '2026-11-30').compile());
    expect(plan).toMatch(/Index (Only )?Scan using appointment_day on appointment a\b/);
    expect(plan).not.toMatch(/Seq Scan on appointment\b/);
  });

  it.runIf(pgPass())('finds a plan’s live appointments through an index on PostgreSQL too', async () => {
    const query = t.core.store.db.selectFrom('appointment').selectAll().where('plan_id', '=', 'p').where(IS_LIVE);
    const plan = await postgresPlan(t.core.store.db, query.compile());
    expect(plan).toMatch(/Index (Only )?Scan using appointment_(live_dose|plan) on appointment\b/);
    expect(plan).not.toMatch(/Seq Scan/);
  });
});
