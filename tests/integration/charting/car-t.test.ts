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
    feverTherapy: 'none',
    ice: ice(8),
    consciousness: 'awakens-spontaneously',
    seizure: 'none',
    motorWeakness: 'none',
    raisedIcp: 'none',
    // What a tampered form might claim; main must replace it.
    ageYears: 30,
    crs: { status: 'graded', grade: 0, reason: 'renderer says none' },
    icans: { status: 'graded', grade: 0, reason: 'renderer says none', ice: 10, tool: 'ICE' },
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
        ageYears: 65,
        crs: {
          status: 'graded',
          grade: 2,
          reason: expect.stringMatching(/^Grade 2: fever 38.9 °C; hypotension not requiring vasopressors/) as unknown,
        },
        icans: { status: 'graded', grade: 1, ice: 8, tool: 'ICE' },
        gradingSystem: 'ASTCT 2019',
      });
    }
  });

  it('says "not gradable yet" until the findings that matter are filled, and signs only a complete assessment', async () => {
    const entry = await save('charting:save-draft', { planId, date: '2026-11-27', temperatureC: 38.1, ice: ice(10) });
    expect(entry.payload).toMatchObject({
      crs: { status: 'incomplete', missing: ['hypotension', 'hypoxia'], lowest: 1, highest: 4 },
      icans: { status: 'incomplete', missing: ['consciousness', 'seizure', 'motorWeakness', 'raisedIcp'] },
    });
    const refused = await t.call('charting:sign', { id: entry.id, clientRequestId: requestId() });
    expect(refused.ok ? null : refused.error.code).toBe('invalid');
  });

  it('never signs "no CRS" without a temperature: multiple vasopressors and positive pressure are not gradable', async () => {
    const payload = assessment({
      temperatureC: null,
      hypotension: 'multiple-vasopressors',
      hypoxia: 'positive-pressure',
      feverTherapy: null,
    });
    const entry = await save('charting:save-draft', payload);
    expect(entry.payload.crs).toMatchObject({
      status: 'incomplete',
      missing: ['temperatureC', 'feverTherapy'],
      lowest: 0,
      highest: 4,
    });
    const refused = await t.call('charting:sign', { id: entry.id, clientRequestId: requestId() });
    expect(refused.ok ? null : refused.error.issues).toEqual([
      {
        path: 'payload.temperatureC',
        message: 'Temperature: needed to grade, enter it before signing',
        code: 'invalid',
      },
      {
        path: 'payload.feverTherapy',
        message: 'Antipyretics, tocilizumab or steroids since CRS began: needed to grade, enter it before signing',
        code: 'invalid',
      },
    ]);
  });

  it('does not let routine premedication waive fever: no fever and a vasopressor is not CRS unless therapy followed CRS', async () => {
    const premed = await save(
      'charting:save-draft',
      assessment({ temperatureC: 37.2, hypotension: 'one-vasopressor', feverTherapy: 'premedication-only' }),
    );
    expect(premed.payload.crs).toMatchObject({ status: 'graded', grade: 0 });
    const afterOnset = await save(
      'charting:save-draft',
      assessment({ temperatureC: 37.2, hypotension: 'one-vasopressor', feverTherapy: 'after-crs-onset' }),
    );
    expect(afterOnset.payload.crs).toMatchObject({ status: 'graded', grade: 3 });
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
    const grade = (g: (typeof view.points)[number]['crs']) => (g?.status === 'graded' ? g.grade : g?.status);
    expect(view.ageYears).toBe(65);
    expect(view.points.map((p) => [p.day, grade(p.crs), grade(p.icans), p.status])).toEqual([
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

describe('CAR T toxicity in a child under 12', () => {
  it('grades ICANS with the CAPD from the date of birth, whatever age or ICE the form sends', async () => {
    const childId = await addPatient(t, { familyName: 'Okafor', givenName: 'Ada', birthDate: '2020-05-02' });
    const plan = await t.ok('plans:create', {
      kind: 'car-t',
      patientId: childId,
      productId: 'tisagenlecleucel',
      indicationId: 'b-all',
      day0: '2026-11-24',
      ldRegimenId: 'all-flu-cy',
      daysAfterLdCompletion: 2,
      confirmPastStart: true,
    });
    const payload = { ...assessment({ planId: plan.id, ageYears: 30 }), ice: ice(10), consciousness: 'alert' };
    const entry = await t.ok('charting:save-draft', {
      patientId: childId,
      appointmentId: null,
      kind: 'car-t-toxicity',
      payload: payload,
      clientRequestId: requestId(),
    });
    expect(entry.payload).toMatchObject({
      ageYears: 6,
      icans: { status: 'incomplete', tool: 'CAPD', missing: ['capd'] },
    });
    const refused = await t.call('charting:sign', { id: entry.id, clientRequestId: requestId() });
    expect(refused.ok ? [] : refused.error.issues.map((i) => i.path)).toContain('payload.capd');
    const graded = await t.ok('charting:save-draft', {
      id: entry.id,
      patientId: childId,
      appointmentId: null,
      kind: 'car-t-toxicity',
      payload: { ...payload, capd: 12 },
      clientRequestId: requestId(),
    });
    expect(graded.payload.icans).toMatchObject({ status: 'graded', grade: 3, tool: 'CAPD' });
    const view = await t.ok('charting:car-t', { patientId: childId });
    expect(view.ageYears).toBe(6);
  });
});

describe('CAR T monitoring list', () => {
  it('keeps an Aucatzyl patient on the list past day 14, until daily monitoring after the second dose ends', async () => {
    const other = await addPatient(t, { familyName: 'Ansel', givenName: 'Noor' });
    // Day 0 on 12 Nov: second dose on 21 Nov, daily monitoring until 28 Nov; today (27 Nov) is day 15.
    await t.ok('plans:create', {
      kind: 'car-t',
      patientId: other,
      productId: 'obecabtagene-autoleucel',
      indicationId: 'b-all',
      day0: '2026-11-12',
      confirmPastStart: true,
    });
    const worklist = await t.ok('charting:worklist', {});
    expect(worklist.carTMonitoring).toContainEqual(expect.objectContaining({ patientId: other, day: 15 }));
  });
});
