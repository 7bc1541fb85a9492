import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NURSE, signInAs, CHARGE } from '../../support/auth';
import { TODAY } from '../charting/setup';
import { chartedVisitWorld, type ReportWorld } from './world';

let w: ReportWorld;
beforeAll(async () => {
  w = await chartedVisitWorld();
}, 120_000);
afterAll(async () => {
  await w.t.close();
  await w.platform.close();
});

const range = { from: TODAY, to: TODAY };

describe('the center report of a charted day', () => {
  it('measures the wait from the signed check-in (09:00) to the infusion start (10:05)', async () => {
    const report = await w.t.ok('reports:summary', range);
    expect(report.waiting).toMatchObject({
      measuredVisits: 1,
      medianMinutes: 65,
      p90Minutes: 65,
      drugWaitMedianMinutes: null,
      bookedVisits: 1,
      noShows: 0,
      sameDayCancellations: 0,
    });
    expect(report.waiting.buckets.find((b) => b.fromMinute === 60)?.visits).toBe(1);
  });

  it('counts the chair as occupied from check-in to release (09:00–11:15), apart from the booking', async () => {
    const report = await w.t.ok('reports:summary', range);
    expect(report.utilisation).toMatchObject({ activeChairs: 2, openDays: 1, bookedVisits: 1, occupiedVisits: 1 });
    const friday = (hour: number) => report.utilisation.cells.find((c) => c.weekday === 5 && c.hour === hour);
    expect(friday(9)?.occupiedChairHours).toBe(1);
    expect(friday(10)?.occupiedChairHours).toBe(1);
    expect(friday(11)?.occupiedChairHours).toBe(0.25);
    // Booked from 10:00: nothing booked at 09:00 while the patient already sat in the chair.
    expect(friday(9)?.bookedChairHours).toBe(0);
    expect(friday(10)?.bookedChairHours).toBe(1);
    expect(friday(10)?.openChairHours).toBe(2);
  });

  it('lists the grade 2 reaction under its drug, as a first-dose reaction', async () => {
    const report = await w.t.ok('reports:summary', range);
    expect(report.reactions).toEqual([
      { drugId: 'pembrolizumab', doseNumber: 1, grade: 2, firstDose: true, reactions: 1 },
    ]);
  });

  it('counts the first dose as taught before it was given: education and wallet card recorded the day before', async () => {
    // The charting world records education before the first dose, as ready-to-treat requires.
    const report = await w.t.ok('reports:summary', range);
    expect(report.education).toEqual({ firstDoses: 1, withEducation: 1, withWalletCard: 1, withoutEducation: 0 });
  });

  it('shows nothing of the day for a range the visit is not in', async () => {
    const report = await w.t.ok('reports:summary', { from: '2026-11-01', to: '2026-11-26' });
    expect(report.reactions).toEqual([]);
    expect(report.waiting.measuredVisits).toBe(0);
    expect(report.utilisation.bookedVisits).toBe(0);
  });

  it('records each view in the audit trail as a read of the report', async () => {
    await w.t.ok('reports:summary', range);
    const events = await w.t.ok('audit:list', { objectType: 'report', limit: 50 });
    expect(events[0]).toMatchObject({ action: 'read', objectType: 'report', objectId: `${TODAY}/${TODAY}` });
    expect(JSON.parse(events[0]!.detail!)).toMatchObject({ view: 'center-report' });
  });

  it('refuses a nurse: reports are for charge nurses and administrators', async () => {
    await signInAs(w.t, NURSE);
    const refused = await w.t.call('reports:summary', range);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('forbidden');
    await signInAs(w.t, CHARGE);
  });

  it('refuses a range that ends before it starts or covers more than a year', async () => {
    const backwards = await w.t.call('reports:summary', { from: TODAY, to: '2026-11-01' });
    expect(backwards.ok).toBe(false);
    const tooLong = await w.t.call('reports:summary', { from: '2025-01-01', to: TODAY });
    expect(tooLong.ok).toBe(false);
  });
});
