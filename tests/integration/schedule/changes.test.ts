import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, changeCounter, makeCenter, startPlan, type TestCenter } from '../../support/schedule';

let t: TestCore;
let center: TestCenter;
let first: { id: string; chairId: string; start: number; end: number };
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  center = await makeCenter(t, { chairs: 3, nurses: 2 });
  const plan = await startPlan(t, await addPatient(t), { maxDoses: 2 });
  const { booked } = await t.ok('schedule:book-plan', { planId: plan.id });
  const b = booked[0];
  if (!b) throw new Error('nothing booked');
  first = { id: b.appointmentId, chairId: b.chairId, start: b.start, end: b.end };
});
afterEach(() => t.close());

const otherChair = () => center.chairIds.find((c) => c !== first.chairId) ?? '';

describe('schedule:move and schedule:check-move', () => {
  it('checks a move without writing, then moves and keeps the length of the visit', async () => {
    const target = { appointmentId: first.id, date: '2026-11-30', chairId: otherChair(), start: 14 * 60 };
    const changes = changeCounter(t);
    expect(await t.ok('schedule:check-move', target)).toEqual({ ok: true, end: 14 * 60 + 75, issues: [] });
    expect(changes()).toBe(0);
    const moved = await t.ok('schedule:move', { ...target, reason: 'Patient asked for the afternoon' });
    expect(moved).toMatchObject({ chairId: otherChair(), start: 14 * 60, end: 14 * 60 + 75 });
    const history = await t.ok('schedule:history', { appointmentId: first.id });
    expect(history.at(-1)).toMatchObject({ action: 'move', reason: 'Patient asked for the afternoon' });
    expect(JSON.parse(history.at(-1)?.detail ?? '{}')).toMatchObject({
      from: { start: first.start },
      to: { start: 14 * 60 },
    });
  });

  it('reports a busy chair while dragging, and refuses the move as a conflict', async () => {
    const other = await startPlan(t, await addPatient(t), { maxDoses: 1 });
    await t.ok('schedule:book-dose', {
      planId: other.id,
      doseNumber: 1,
      date: '2026-11-30',
      chairId: otherChair(),
      start: 13 * 60,
    });
    const target = { appointmentId: first.id, date: '2026-11-30', chairId: otherChair(), start: 12 * 60 + 30 };
    expect(await t.ok('schedule:check-move', target)).toMatchObject({
      ok: false,
      issues: [{ path: 'start', message: 'This chair is booked from 13:00 to 14:15.' }],
    });
    const changes = changeCounter(t);
    expect(await t.call('schedule:move', target)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(changes()).toBe(0);
  });

  it('moves to another day', async () => {
    const moved = await t.ok('schedule:move', {
      appointmentId: first.id,
      date: '2026-12-01',
      chairId: first.chairId,
      start: 9 * 60,
    });
    expect(moved.date).toBe('2026-12-01');
    expect((await t.ok('schedule:day', { date: '2026-11-30' })).appointments).toHaveLength(0);
  });
});

describe('cancel, no-show and status', () => {
  it('cancels with a reason and frees the chair', async () => {
    const cancelled = await t.ok('schedule:cancel', { appointmentId: first.id, reason: 'Admitted to hospital' });
    expect(cancelled.status).toBe('cancelled');
    const other = await startPlan(t, await addPatient(t), { maxDoses: 1 });
    await t.ok('schedule:book-dose', {
      planId: other.id,
      doseNumber: 1,
      date: '2026-11-30',
      chairId: first.chairId,
      start: first.start,
    });
    expect(await t.call('schedule:cancel', { appointmentId: first.id, reason: 'Again' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('needs a reason for a cancellation or a no-show', async () => {
    expect(await t.call('schedule:cancel', { appointmentId: first.id, reason: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid', issues: [{ path: 'reason' }] },
    });
    expect(await t.call('schedule:no-show', { appointmentId: first.id, reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });

  it('does not mark a future appointment as a no-show', async () => {
    const result = await t.call('schedule:no-show', { appointmentId: first.id, reason: 'Did not come' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    t.clock.set('2026-11-30T16:00:00Z');
    expect(
      await t.ok('schedule:no-show', { appointmentId: first.id, reason: 'Did not come, no answer by phone' }),
    ).toMatchObject({ status: 'no-show' });
  });

  it('marks arrival by hand (and undoes it), keeping the history; later statuses follow the chart', async () => {
    expect(await t.call('schedule:set-status', { appointmentId: first.id, status: 'checked-in' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        issues: [{ path: 'status', message: 'A visit on a later day cannot be started yet.' }],
      },
    });
    t.clock.set('2026-11-30T08:00:00Z');
    await t.ok('schedule:set-status', { appointmentId: first.id, status: 'checked-in' });
    await t.ok('schedule:set-status', { appointmentId: first.id, status: 'scheduled' });
    await t.ok('schedule:set-status', { appointmentId: first.id, status: 'checked-in' });
    for (const status of ['in-chair', 'infusing', 'observation', 'completed'] as const) {
      expect(await t.call('schedule:set-status', { appointmentId: first.id, status })).toMatchObject({
        ok: false,
        error: { code: 'invalid', issues: [{ path: 'status' }] },
      });
    }
    const history = await t.ok('schedule:history', { appointmentId: first.id });
    expect(history.map((h) => h.action)).toEqual(['book', 'status', 'status', 'status']);
    // An arrived patient can still be moved to another chair before anything is charted.
    expect(
      await t.ok('schedule:move', {
        appointmentId: first.id,
        date: '2026-11-30',
        chairId: otherChair(),
        start: 15 * 60,
      }),
    ).toMatchObject({ status: 'checked-in', start: 15 * 60 });
  });
});
