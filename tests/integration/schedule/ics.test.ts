import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportPatientIcs } from '../../../electron/main/services/schedule/schedule-ics';
import { openTestCore, type TestCore } from '../../support/core';
import { parseIcs } from '../../support/ics';
import { addPatient, makeCenter, startPlan } from '../../support/schedule';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  await makeCenter(t);
  await t.ok('settings:update', { centerName: 'Lakeside Day Oncology, Unit 3', centerPhone24h: '+1 555 0100 247' });
});
afterEach(() => t.close());

describe('schedule:export-ics', () => {
  it('exports the upcoming appointments only, titled without drug or diagnosis', async () => {
    const patientId = await addPatient(t);
    const plan = await startPlan(t, patientId);
    const { booked } = await t.ok('schedule:book-plan', { planId: plan.id });
    await t.ok('schedule:cancel', { appointmentId: booked[5]?.appointmentId ?? '', reason: 'Plan review' });
    const ics = await t.ok('schedule:export-ics', { patientId });
    expect(ics).toMatchObject({ fileName: 'infusion-appointments.ics', count: 5 });
    expect(ics.text).not.toMatch(/pembro|keytruda|mg/i);
    const calendar = parseIcs(ics.text);
    expect(calendar.events).toHaveLength(5);
    expect(calendar.events.every((e) => e.SUMMARY === 'Infusion appointment')).toBe(true);
    expect(calendar.events[0]?.LOCATION).toBe('Lakeside Day Oncology, Unit 3');
  });

  it('converts the center’s wall-clock times to UTC across a daylight-saving change', async () => {
    const patientId = await addPatient(t);
    const plan = await startPlan(t, patientId, { startDate: '2027-03-08', maxDoses: 2 });
    const { booked } = await t.ok('schedule:book-plan', { planId: plan.id });
    const deps = { store: t.core.store, now: () => t.clock.now() } as unknown as Parameters<typeof exportPatientIcs>[0];
    const text = (await exportPatientIcs(deps, patientId, 'America/Toronto')).text;
    const [winter, summer] = parseIcs(text).events;
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`;
    // 8 March 2027 is before the change (UTC−5), 29 March after it (UTC−4).
    expect(winter?.DTSTART).toBe(`20270308T${hhmm((booked[0]?.start ?? 0) + 5 * 60)}00Z`);
    expect(summer?.DTSTART).toBe(`20270329T${hhmm((booked[1]?.start ?? 0) + 4 * 60)}00Z`);
  });
});
