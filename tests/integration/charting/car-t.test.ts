import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ICE_ITEMS } from '../../../shared/charting/kinds-car-t';
import { openTestCore, type TestCore } from '../../support/core';
import { nurseSignedIn, requestId } from '../../support/auth';
import { addPatient } from '../../support/schedule';

// A CAR T patient on day 3 (day 0 = 24 Nov, today 27 Nov), graded without a visit.

let t: TestCore;
let patientId: string;
let planId: string;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  await nurseSignedIn(t);
  patientId = await addPatient(t, { familyName: 'Brennan', givenName: 'Tomas' });
  const plan = await t.ok('plans:create', {
    kind: 'car-t',
    patientId,
    productId: 'axicabtagene-ciloleucel',
    indicationId: 'lbcl-second-line',
    day0: '2026-11-24',
    confirmPastStart: true,
  });
  planId = plan.id;
});
afterEach(() => t.close());

const ice = (points: number) => Object.fromEntries(ICE_ITEMS.map((item, i) => [item, i < points]));

function assessment(extra: Record<string, unknown> = {}) {
  return {
    planId,
    date: '2026-11-27',
    time: '08:40',
    temperatureC: 38.9,
    hypotension: 'fluids',
    hypoxia: 'none',
    feverSuppressingTherapy: false,
    ice: ice(8),
    consciousness: 'awakens-spontaneously',
    seizure: 'none',
    motorWeakness: 'none',
    raisedIcp: 'none',
    // What a tampered form might claim; main must replace it.
    crs: { grade: 0, reason: 'renderer says none' },
    icans: { grade: 0, reason: 'renderer says none', ice: 10 },
    gradingSystem: 'ASTCT 2019',
    ...extra,
  };
}

async function save(channel: 'charting:save-draft' | 'chart:save-draft', payload: Record<string, unknown>) {
  return t.ok(channel, {
    patientId,
    appointmentId: null,
    kind: 'car-t-toxicity',
    payload: payload as never,
    clientRequestId: requestId(),
  });
}

describe('CAR T toxicity (ASTCT 2019)', () => {
  it('recomputes CRS 2 and ICANS 1 in main from fever 38.9 °C, fluids, no oxygen, ICE 8 and spontaneous waking', async () => {
    const generic = await t.call('chart:save-draft', {
      patientId,
      kind: 'car-t-toxicity',
      payload: assessment(),
      clientRequestId: requestId(),
    });
    expect(generic.ok ? 'ok' : generic.error.code).toBe('forbidden');
    for (const channel of ['charting:save-draft'] as const) {
      const entry = await save(channel, assessment());
      expect(entry.payload).toMatchObject({
        crs: {
          grade: 2,
          reason: expect.stringMatching(/^Grade 2: fever 38.9 °C; hypotension not requiring vasopressors/) as unknown,
        },
        icans: { grade: 1, ice: 8 },
        gradingSystem: 'ASTCT 2019',
      });
    }
  });

  it('keeps the grades empty until their inputs are filled, and signs only a complete assessment', async () => {
    const entry = await save('charting:save-draft', { planId, date: '2026-11-27', temperatureC: 38.1, ice: ice(10) });
    expect(entry.payload).toMatchObject({ crs: null, icans: null });
    const refused = await t.call('charting:sign', { id: entry.id, clientRequestId: requestId() });
    expect(refused.ok ? null : refused.error.code).toBe('invalid');
  });

  it('refuses an ICE score above 0 for an unarousable patient', async () => {
    const result = await t.call('charting:save-draft', {
      patientId,
      kind: 'car-t-toxicity',
      payload: assessment({ consciousness: 'unarousable' }),
      clientRequestId: requestId(),
    });
    expect(result.ok ? null : result.error.issues[0]?.path).toBe('payload.ice');
  });

  it('lists the patient among the day 0–14 monitoring and gives the trend by day', async () => {
    const worklist = await t.ok('charting:worklist', {});
    expect(worklist.carTMonitoring).toEqual([expect.objectContaining({ patientId, day: 3, day0: '2026-11-24' })]);
    const signed = await save('charting:save-draft', assessment());
    await t.ok('charting:sign', { id: signed.id, clientRequestId: requestId() });
    await save(
      'charting:save-draft',
      assessment({ date: '2026-11-25', temperatureC: 37.2, ice: ice(10), consciousness: 'alert' }),
    );
    const view = await t.ok('charting:car-t', { patientId });
    expect(view.plan).toMatchObject({ day0: '2026-11-24' });
    expect(view.points.map((p) => [p.day, p.crs?.grade, p.icans?.grade, p.status])).toEqual([
      [1, 0, 0, 'draft'],
      [3, 2, 1, 'signed'],
    ]);
  });

  it('grades CAR T toxicity only against a CAR T plan of this patient', async () => {
    const other = await t.ok('plans:create', {
      kind: 'regimen',
      patientId,
      regimenId: 'pembrolizumab-200-q3w',
      startDate: '2026-11-30',
      maxDoses: 1,
    });
    const result = await t.call('charting:save-draft', {
      patientId,
      kind: 'car-t-toxicity',
      payload: assessment({ planId: other.id }),
      clientRequestId: requestId(),
    });
    expect(result.ok ? null : result.error.issues[0]?.path).toBe('payload.planId');
  });
});
