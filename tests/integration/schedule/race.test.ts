import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyFailure } from '../../../electron/main/store/errors';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, makeCenter, startPlan, type TestCenter } from '../../support/schedule';

let t: TestCore;
let center: TestCenter;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  center = await makeCenter(t, { chairs: 1, nurses: 2 });
});
afterEach(() => t.close());

describe('a chair is never double-booked', () => {
  it('when two bookings of the same chair and time race, exactly one succeeds', async () => {
    const a = await startPlan(t, await addPatient(t));
    const b = await startPlan(t, await addPatient(t));
    const slot = { doseNumber: 1, date: '2026-11-30', chairId: center.chairIds[0] ?? '', start: 10 * 60 };
    const results = await Promise.all([
      t.core.dispatch('schedule:book-dose', { ...slot, planId: a.id }),
      t.core.dispatch('schedule:book-dose', { ...slot, planId: b.id }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ ok: false, error: { code: 'conflict' } }]);
    const day = await t.ok('schedule:day', { date: '2026-11-30' });
    expect(day.appointments).toHaveLength(1);
  });

  it('when two moves race to the same free slot, exactly one succeeds', async () => {
    const first = await t.ok('schedule:book-dose', {
      planId: (await startPlan(t, await addPatient(t))).id,
      doseNumber: 1,
      date: '2026-11-30',
      chairId: center.chairIds[0] ?? '',
      start: 8 * 60,
    });
    const second = await t.ok('schedule:book-dose', {
      planId: (await startPlan(t, await addPatient(t))).id,
      doseNumber: 1,
      date: '2026-11-30',
      chairId: center.chairIds[0] ?? '',
      start: 12 * 60,
    });
    const target = { date: '2026-12-01', chairId: center.chairIds[0] ?? '', start: 9 * 60 };
    const results = await Promise.all([
      t.core.dispatch('schedule:move', { appointmentId: first.id, ...target }),
      t.core.dispatch('schedule:move', { appointmentId: second.id, ...target }),
    ]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
  });
});

describe('the 0060 chair rule, straight against the database', () => {
  // One patient per appointment, so that only the chair rule is in play (0110 also refuses a patient's
  // overlapping appointments; its own test covers that). SQLite refuses from a trigger (chair-double-booked),
  // PostgreSQL from an EXCLUDE constraint: both must read as the same failure where the store classifies them.
  let patients: string[] = [];
  async function seedOne(): Promise<{ planId: string; patientId: string; chairId: string }> {
    patients = [];
    for (let n = 1; n <= 5; n += 1)
      patients.push(await addPatient(t, { mrn: `RACE-${n}-${Math.random().toString(36).slice(2, 8)}` }));
    const plan = await startPlan(t, patients[0]!);
    return { planId: plan.id, patientId: patients[0]!, chairId: center.chairIds[0] ?? '' };
  }

  const insert = (
    id: string,
    s: { planId: string; patientId: string; chairId: string },
    dose: number,
    start: number,
    end: number,
    status = 'scheduled',
  ) =>
    sql`INSERT INTO appointment (id, plan_id, dose_number, patient_id, chair_id, date, start_minute, end_minute, status, created_at, updated_at)
        VALUES (${id}, ${s.planId}, ${dose}, ${patients[dose - 1] ?? s.patientId}, ${s.chairId}, '2026-11-30', ${start}, ${end}, ${status}, 'x', 'x')`.execute(
      t.core.store.db,
    );

  /** The failure class the store gives the refusal of `write` (null when it went through). */
  async function refusal(write: Promise<unknown>): Promise<string | null> {
    try {
      await write;
      return null;
    } catch (error) {
      return classifyFailure(error)?.kind ?? String(error);
    }
  }

  it('refuses an overlapping insert as a chair overlap, and allows back-to-back [start, end)', async () => {
    const s = await seedOne();
    await insert('a1', s, 1, 540, 600);
    expect(await refusal(insert('a2', s, 2, 570, 630))).toBe('chair-overlap');
    expect(await refusal(insert('a3', s, 3, 500, 541))).toBe('chair-overlap');
    await insert('a4', s, 4, 600, 660);
    await insert('a5', s, 5, 480, 540);
  });

  it('lets a cancelled, held or no-show appointment free its chair', async () => {
    const s = await seedOne();
    await insert('a1', s, 1, 540, 600, 'cancelled');
    await insert('a2', s, 2, 540, 600, 'held');
    await insert('a3', s, 3, 540, 600, 'no-show');
    await insert('a4', s, 4, 540, 600);
    // …but a released appointment cannot come back over a live one.
    expect(
      await refusal(sql`UPDATE appointment SET status = 'scheduled' WHERE id = 'a1'`.execute(t.core.store.db)),
    ).toBe('chair-overlap');
  });

  it('refuses an update that moves an appointment onto another', async () => {
    const s = await seedOne();
    await insert('a1', s, 1, 540, 600);
    await insert('a2', s, 2, 600, 660);
    expect(await refusal(sql`UPDATE appointment SET start_minute = 590 WHERE id = 'a2'`.execute(t.core.store.db))).toBe(
      'chair-overlap',
    );
    await sql`UPDATE appointment SET end_minute = 650 WHERE id = 'a2'`.execute(t.core.store.db);
  });

  it('keeps the appointment history append-only', async () => {
    const s = await seedOne();
    await insert('a1', s, 1, 540, 600);
    await sql`INSERT INTO appointment_event (appointment_id, at_utc, workstation, action) VALUES ('a1', 'x', 'w', 'book')`.execute(
      t.core.store.db,
    );
    await expect(sql`UPDATE appointment_event SET action = 'nothing'`.execute(t.core.store.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM appointment_event`.execute(t.core.store.db)).rejects.toThrow(/append-only/);
  });
});
