import { afterEach, describe, expect, it } from 'vitest';
import { signInAs } from '../../support/auth';
import { CHARGE, NURSE, checkIn, draft, fullAssessment, openWorld, requestId, type World } from './setup';

// Weight-based doses (toripalimab 3 mg/kg, planned at 70 kg): the visit context says whether a fresh weight is
// needed, from the patient record or the signed pre-infusion assessment, with the center's limits.

let w: World;
afterEach(() => w.t.close());

async function signAssessment(weightKg: number) {
  const payload = fullAssessment();
  const saved = await draft(w, 'assessment', { ...payload, vitals: { ...payload.vitals, weightKg } });
  if (!saved.ok) throw new Error(saved.error.message);
  await w.t.ok('charting:sign', { id: saved.value.id, clientRequestId: requestId() });
}

describe('fresh weight before a weight-based dose', () => {
  it('asks for a fresh weight when the record differs from the plan’s by more than 10 %, and takes today’s assessment', async () => {
    // The record says 68.5 kg on 20 Nov (7 days ago, still fresh by age); the plan was made at 80 kg.
    w = await openWorld({ regimenId: 'toripalimab-npc-after-platinum', weightKg: 80, maxDoses: 3 });
    await checkIn(w);
    const before = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    expect(before.weightCheck).toMatchObject({
      status: 'needs-fresh-weight',
      reasons: ['changed'],
      last: { kg: 68.5, measuredOn: '2026-11-20' },
      ageDays: 7,
      planKg: 80,
      changePercent: 14.4,
    });
    await signAssessment(79.2);
    const after = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    expect(after.weightCheck).toMatchObject({
      status: 'fresh',
      last: { kg: 79.2, measuredOn: '2026-11-27' },
      ageDays: 0,
      changePercent: 1,
      policy: { maxAgeDays: 7, maxChangePercent: 10 },
    });
  });

  it('uses the center’s percentage: a 1.7 % change needs a fresh weight when the center allows 1 %', async () => {
    w = await openWorld({ regimenId: 'toripalimab-npc-after-platinum', weightKg: 70, maxDoses: 3 });
    await checkIn(w);
    await signInAs(w.t, CHARGE);
    await w.t.ok('settings:update', { weightMaxChangePercent: 1 });
    await signInAs(w.t, NURSE);
    await signAssessment(71.2);
    const context = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    expect(context.weightCheck).toMatchObject({ status: 'needs-fresh-weight', reasons: ['changed'] });
  });

  it('says nothing about weight for a flat dose', async () => {
    w = await openWorld();
    const context = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    expect(context.weightCheck).toEqual({ status: 'not-weight-based' });
  });
});
