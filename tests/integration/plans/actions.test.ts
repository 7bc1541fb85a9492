import { queryRows } from '../../support/rows';
import { afterEach, describe, expect, it } from 'vitest';
import { discontinuePlan, holdPlan } from '../../../electron/main/services/plans/plan-actions';
import { NURSE, PHARMACIST, PRESCRIBER, as, openOrderWorld, refusalOf, type OrderWorld } from '../../support/orders';

// Plan-level Hold, Resume and Discontinue through the core: what happens to the appointments (day view,
// history), who may do it, and the plan's own history and audit trail. Today is Friday 2026-11-27; the plan's
// four doses are due 2026-11-30, 12-21, 2027-01-11 and 02-01.

let w: OrderWorld;
afterEach(() => w.t.close());

const day = async (date: string) =>
  (await w.t.ok('schedule:day', { date })).appointments.filter((a) => a.patientId === w.patientId);
const audit = (action: string) =>
  w.t.core.store.db.selectFrom('audit_event').selectAll().where('action', '=', action).execute();
const scope = () => w.t.core.deps;

describe('plans:hold', () => {
  it('holds every later visit, shows it held with the reason on the day view, and records who and why', async () => {
    w = await openOrderWorld();
    const booked = (await w.t.ok('plans:get', { planId: w.plan.id })).doses.map((d) => d.appointment!);
    const result = await w.t.ok('plans:hold', { planId: w.plan.id, reason: 'Grade 2 colitis' });
    expect(result.held.toSorted()).toEqual(booked.map((a) => a.id).toSorted());
    expect(result.plan).toMatchObject({ status: 'on-hold', statusReason: 'Grade 2 colitis' });
    expect(
      result.plan.doses.every((d) => d.appointment === null && d.heldAppointment?.reason === 'Grade 2 colitis'),
    ).toBe(true);
    expect(await day(booked[0]!.date)).toMatchObject([{ status: 'held', statusReason: 'Grade 2 colitis' }]);
    expect((await w.t.ok('schedule:history', { appointmentId: booked[0]!.id })).at(-1)).toMatchObject({
      action: 'hold',
      userId: w.ids.nurse,
      reason: 'Grade 2 colitis',
    });
    expect(await w.t.ok('plans:history', { planId: w.plan.id })).toMatchObject([
      {
        action: 'hold',
        fromStatus: 'active',
        toStatus: 'on-hold',
        reason: 'Grade 2 colitis',
        userName: NURSE.displayName,
        source: 'plan-screen',
        orderedBy: null,
      },
    ]);
    expect(await audit('plan.hold')).toMatchObject([
      { user_id: w.ids.nurse, patient_id: w.patientId, object_id: w.plan.id },
    ]);
    // Nothing can be booked on a held plan, and a second hold from the plan screen is refused.
    expect(await w.t.call('schedule:book-plan', { planId: w.plan.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(refusalOf(await w.t.call('plans:hold', { planId: w.plan.id, reason: 'Again' }))).toMatchObject({
      reason: 'already-on-hold',
    });
  });

  it('leaves a visit already under way alone', async () => {
    w = await openOrderWorld({ startDate: '2026-11-27' });
    const first = (await w.t.ok('plans:get', { planId: w.plan.id })).doses[0]!.appointment!;
    expect(first.date).toBe('2026-11-27');
    await w.t.ok('schedule:set-status', { appointmentId: first.id, status: 'checked-in' });
    // Past arrival the status follows the chart (assessment, infusion); here the visit is simply under way.
    await queryRows(w.t.core.store, "UPDATE appointment SET status = 'infusing' WHERE id = ?", first.id);
    const result = await w.t.ok('plans:hold', { planId: w.plan.id, reason: 'Grade 3 infusion-related reaction' });
    expect(result.held).toHaveLength(3);
    expect(result.plan.doses[0]!.appointment).toMatchObject({ id: first.id, status: 'infusing' });
  });

  it('is allowed to anyone signed in, a pharmacist too', async () => {
    w = await openOrderWorld();
    await as(w.t, PHARMACIST, () => w.t.ok('plans:hold', { planId: w.plan.id, reason: 'Order query pending' }));
  });
});

describe('plans:resume', () => {
  it('is the prescriber’s decision: a nurse names her, a pharmacist cannot, and the held doses are booked again', async () => {
    w = await openOrderWorld();
    const before = (await w.t.ok('plans:get', { planId: w.plan.id })).doses.map((d) => d.appointment!.date);
    await w.t.ok('plans:hold', { planId: w.plan.id, reason: 'Awaiting thyroid tests' });
    const unnamed = await w.t.call('plans:resume', { planId: w.plan.id, reason: 'Thyroid tests normal' });
    expect(refusalOf(unnamed)).toMatchObject({ code: 'invalid', reason: 'ordered-by-required', path: 'orderedBy' });
    await as(w.t, PHARMACIST, async () => {
      const refused = await w.t.call('plans:resume', {
        planId: w.plan.id,
        reason: 'Thyroid tests normal',
        orderedBy: 'Dr Okafor',
      });
      expect(refusalOf(refused)).toMatchObject({ code: 'forbidden', reason: 'not-plan-decider' });
    });
    const resumed = await as(w.t, NURSE, () =>
      w.t.ok('plans:resume', { planId: w.plan.id, reason: 'Thyroid tests normal', orderedBy: 'Dr Okafor' }),
    );
    expect(resumed.plan.status).toBe('active');
    expect(resumed.rebooked.map((r) => r.date)).toEqual(before);
    expect(resumed.unplaced).toEqual([]);
    expect(resumed.plan.doses.every((d) => d.appointment?.status === 'scheduled' && d.heldAppointment === null)).toBe(
      true,
    );
    const history = await w.t.ok('schedule:history', { appointmentId: resumed.rebooked[0]!.appointmentId });
    expect(history).toMatchObject([{ action: 'book', reason: 'Thyroid tests normal' }]);
    expect((await w.t.ok('plans:history', { planId: w.plan.id })).at(-1)).toMatchObject({
      action: 'resume',
      orderedBy: 'Dr Okafor',
      userName: NURSE.displayName,
    });
  });

  it('keeps the regimen’s rhythm from the day treatment resumes when the held dates have passed', async () => {
    w = await openOrderWorld();
    await w.t.ok('plans:hold', { planId: w.plan.id, reason: 'Grade 2 pneumonitis' });
    w.t.clock.set('2026-12-28T09:00:00Z');
    const resumed = await as(w.t, PRESCRIBER, () =>
      w.t.ok('plans:resume', { planId: w.plan.id, reason: 'Pneumonitis resolved' }),
    );
    // Dose 1 was due 2026-11-30: 28 days late, so every dose moves on by 28 days and stays 21 days apart.
    expect(resumed.plan.doses.map((d) => d.targetDate)).toEqual([
      '2026-12-28',
      '2027-01-18',
      '2027-02-08',
      '2027-03-01',
    ]);
    expect(resumed.rebooked.map((r) => r.doseNumber)).toEqual([1, 2, 3, 4]);
    expect((await w.t.ok('plans:history', { planId: w.plan.id })).at(-1)).toMatchObject({
      orderedBy: PRESCRIBER.displayName,
    });
  });
});

describe('plans:discontinue', () => {
  it('cancels the remaining doses, held or not, with the reason, and ends the plan for good', async () => {
    w = await openOrderWorld();
    const first = (await w.t.ok('plans:get', { planId: w.plan.id })).doses[0]!.appointment!;
    await w.t.ok('plans:hold', { planId: w.plan.id, reason: 'Grade 3 hepatitis' });
    const ended = await as(w.t, PRESCRIBER, () =>
      w.t.ok('plans:discontinue', { planId: w.plan.id, reason: 'Grade 3 hepatitis: permanently stopped' }),
    );
    expect(ended.cancelled).toHaveLength(4);
    expect(ended.plan).toMatchObject({
      status: 'discontinued',
      statusReason: 'Grade 3 hepatitis: permanently stopped',
    });
    expect(await day(first.date)).toMatchObject([
      { status: 'cancelled', statusReason: 'Grade 3 hepatitis: permanently stopped' },
    ]);
    expect(await audit('plan.discontinue')).toMatchObject([{ user_id: w.ids.prescriber }]);
    for (const channel of ['plans:hold', 'plans:discontinue'] as const) {
      expect(refusalOf(await w.t.call(channel, { planId: w.plan.id, reason: 'Again' }))).toMatchObject({
        code: 'conflict',
        reason: 'plan-ended',
      });
    }
    expect(refusalOf(await w.t.call('plans:resume', { planId: w.plan.id, reason: 'Restart' }))).toMatchObject({
      reason: 'not-on-hold',
    });
  });
});

describe('plans:discontinue after a resumption', () => {
  it('cancels the visits booked again, and leaves the visits held earlier as they were', async () => {
    w = await openOrderWorld();
    const held = (await w.t.ok('plans:hold', { planId: w.plan.id, reason: 'Awaiting cortisol' })).held;
    await as(w.t, PRESCRIBER, () => w.t.ok('plans:resume', { planId: w.plan.id, reason: 'Cortisol normal' }));
    const ended = await as(w.t, PRESCRIBER, () =>
      w.t.ok('plans:discontinue', { planId: w.plan.id, reason: 'Progression' }),
    );
    expect(ended.cancelled).toHaveLength(4);
    expect(ended.cancelled.some((id) => held.includes(id))).toBe(false);
    const statuses = await w.t.core.store.db
      .selectFrom('appointment')
      .select('status')
      .where('id', 'in', held)
      .execute();
    expect(statuses.every((a) => a.status === 'held')).toBe(true);
  });
});

describe('holdPlan and discontinuePlan for charting', () => {
  it('records a charted hold on a plan already on hold without refusing it, with the chart entry', async () => {
    w = await openOrderWorld();
    await w.t.ok('plans:hold', { planId: w.plan.id, reason: 'Grade 3 infusion-related reaction' });
    const ctx = { userId: w.ids.nurse, workstation: 'test-workstation' };
    const again = await holdPlan(scope(), w.plan.id, 'Grade 2 colitis', { via: 'irae', chartEntryId: 'entry-1' }, ctx);
    expect(again.changed).toBe(false);
    const plan = await w.t.ok('plans:get', { planId: w.plan.id });
    expect(plan.statusReason).toBe('Grade 3 infusion-related reaction');
    expect(
      (await w.t.ok('plans:history', { planId: w.plan.id })).map((e) => [e.source, e.chartEntryId, e.reason]),
    ).toEqual([
      ['plan-screen', null, 'Grade 3 infusion-related reaction'],
      ['irae', 'entry-1', 'Grade 2 colitis'],
    ]);
  });

  it('runs inside the caller’s unit of work when called from one: the caller’s rollback undoes it', async () => {
    w = await openOrderWorld();
    const ctx = { userId: w.ids.nurse, workstation: 'test-workstation' };
    await expect(
      w.t.core.deps.write(ctx, async () => {
        await discontinuePlan(scope(), w.plan.id, 'Grade 4 myocarditis', { via: 'irae', chartEntryId: 'entry-2' }, ctx);
        throw new Error('the chart entry failed to sign');
      }),
    ).rejects.toThrow(/failed to sign/);
    expect((await w.t.ok('plans:get', { planId: w.plan.id })).status).toBe('active');
    const done = await discontinuePlan(
      scope(),
      w.plan.id,
      'Grade 4 myocarditis',
      { via: 'irae', chartEntryId: 'entry-2' },
      ctx,
    );
    expect(done.cancelled).toHaveLength(4);
    expect(
      (await discontinuePlan(scope(), w.plan.id, 'Again', { via: 'irae', chartEntryId: 'entry-3' }, ctx)).changed,
    ).toBe(false);
  });
});
