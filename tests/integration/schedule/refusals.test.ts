import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, changeCounter, makeCenter, startPlan, type TestCenter } from '../../support/schedule';

let t: TestCore;
let center: TestCenter;
let planId: string;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  center = await makeCenter(t, { chairs: 2, nurses: 1 });
  planId = (await startPlan(t, await addPatient(t))).id;
});
afterEach(() => t.close());

const at = (overrides: Partial<{ date: string; chairId: string; start: number }>) => ({
  planId,
  doseNumber: 1,
  date: '2026-11-30',
  chairId: center.chairIds[0] ?? '',
  start: 9 * 60,
  ...overrides,
});

describe('an explicit booking is refused with the field named and nothing written', () => {
  it.each([
    [
      'outside opening hours',
      { start: 16 * 60 + 30 },
      'start',
      /Outside opening hours \(08:00–17:00\)/,
      'outside-hours',
    ],
    ['before opening', { start: 7 * 60 }, 'start', /Outside opening hours/, 'outside-hours'],
    ['on a closed weekday', { date: '2026-12-05' }, 'date', /closed/, 'center-closed'],
    ['in the past', { date: '2026-11-26' }, 'date', /past/, 'day-in-past'],
    ['on an unknown chair', { chairId: 'no-such-chair' }, 'chairId', /no such chair/, 'chair-unknown'],
  ])('%s', async (_name, overrides, path, message, reason) => {
    const changes = changeCounter(t);
    const result = await t.call('schedule:book-dose', at(overrides));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path, code: reason }] } });
    if (!result.ok) expect(result.error.issues[0]?.message).toMatch(message);
    expect(changes()).toBe(0);
  });

  it('on a closure date', async () => {
    await t.ok('center:save-closure', { date: '2026-11-30', reason: 'Power cut' });
    const changes = changeCounter(t);
    const result = await t.call('schedule:book-dose', at({}));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'date' }] } });
    expect(changes()).toBe(0);
  });

  it('on a chair out of service', async () => {
    await t.ok('center:save-chair', { id: center.chairIds[0], name: 'Chair 1', active: false });
    const changes = changeCounter(t);
    const result = await t.call('schedule:book-dose', at({}));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        issues: [{ path: 'chairId', message: 'This chair is out of service.', code: 'chair-out-of-service' }],
      },
    });
    expect(changes()).toBe(0);
  });

  it('when no nurse is on shift for the whole visit', async () => {
    const late = await t.call('schedule:book-dose', at({ start: 16 * 60 + 30, date: '2026-11-30' }));
    expect(late.ok).toBe(false);
    const nurse = await t.ok('center:get-setup', {});
    await t.ok('center:save-shift-override', {
      date: '2026-11-30',
      nurseId: nurse.nurses[0]?.id ?? '',
      isOff: true,
      startMinute: null,
      endMinute: null,
    });
    const result = await t.call('schedule:book-dose', at({}));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid', issues: [{ path: 'start', message: /No nurse/ }] },
    });
  });

  it('on a busy chair, as a conflict naming the busy time', async () => {
    await t.ok('schedule:book-dose', at({}));
    const other = (await startPlan(t, await addPatient(t))).id;
    const changes = changeCounter(t);
    const result = await t.call('schedule:book-dose', { ...at({ start: 9 * 60 + 30 }), planId: other });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', issues: [{ path: 'start', message: 'This chair is booked from 09:00 to 10:15.' }] },
    });
    expect(changes()).toBe(0);
  });

  it('for a dose already booked', async () => {
    await t.ok('schedule:book-dose', at({}));
    const result = await t.call('schedule:book-dose', at({ chairId: center.chairIds[1] ?? '' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
