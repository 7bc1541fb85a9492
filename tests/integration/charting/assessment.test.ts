import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeCounter } from '../../support/schedule';
import { CHARGE, signInAs } from '../../support/auth';
import { checkIn, draft, fullAssessment, openWorld, requestId, type World } from './setup';

let w: World;
beforeEach(async () => {
  w = await openWorld();
  await checkIn(w);
});
afterEach(() => w.t.close());

const withVitals = (vitals: Record<string, number | null>) => {
  const a = fullAssessment();
  return { ...a, vitals: { ...a.vitals, ...vitals } };
};

describe('assessment vitals', () => {
  it.each([
    ['temperatureC', 60, /Temperature must be between 25 and 45 °C/, 'too-big'],
    ['spo2', 120, /SpO2 must be between 50 and 100 %/, 'too-big'],
    ['heartRate', 0, /Heart rate must be between/, 'too-small'],
    ['pain', 11, /Pain score must be between 0 and 10/, 'too-big'],
  ])(
    'keeps %s = %s in the draft as typed, and refuses to sign it, naming the field',
    async (field, value, message, reason) => {
      const saved = await draft(w, 'assessment', withVitals({ [field]: value }));
      if (!saved.ok) throw new Error(saved.error.message);
      expect((saved.value.payload.vitals as Record<string, unknown>)[field]).toBe(value);
      const count = changeCounter(w.t);
      const result = await w.t.call('charting:sign', { id: saved.value.id, clientRequestId: requestId() });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid');
      expect(result.error.issues).toContainEqual({
        path: `payload.vitals.${field}`,
        message: expect.stringMatching(message) as unknown,
        // The reason words it on a French screen ("Au plus 45"), where the schema's English is never shown.
        code: reason,
        params: expect.any(Object) as unknown,
      });
      expect(count()).toBe(0);
    },
  );

  it('keeps text that is not a number yet in the draft, and flags only real numbers', async () => {
    const saved = await draft(w, 'assessment', {
      ...withVitals({}),
      vitals: { ...withVitals({}).vitals, temperatureC: '37,' },
    });
    if (!saved.ok) throw new Error(saved.error.message);
    expect((saved.value.payload.vitals as Record<string, unknown>).temperatureC).toBe('37,');
    expect(saved.value.payload.flags).toEqual([]);
    const result = await w.t.call('charting:sign', { id: saved.value.id, clientRequestId: requestId() });
    expect(result.ok ? [] : result.error.issues.map((i) => i.path)).toContain('payload.vitals.temperatureC');
  });

  it('flags values outside the center thresholds in main, whatever flags the form sent', async () => {
    const result = await draft(w, 'assessment', { ...withVitals({ temperatureC: 38.4, spo2: 90 }), flags: [] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.payload.flags).toEqual([
      { field: 'temperatureC', direction: 'high', value: 38.4, threshold: 38 },
      { field: 'spo2', direction: 'low', value: 90, threshold: 92 },
    ]);
  });

  it('uses the thresholds a charge nurse saved, and refuses them from a nurse', async () => {
    const { thresholds } = await w.t.ok('charting:thresholds', {});
    const next = { ...thresholds, temperatureC: { low: 35, high: 37.5 } };
    const refused = await w.t.call('charting:save-thresholds', { thresholds: next });
    expect(refused.ok ? null : refused.error.code).toBe('forbidden');
    await signInAs(w.t, CHARGE);
    expect(await w.t.ok('charting:save-thresholds', { thresholds: next })).toMatchObject({ isDefault: false });
    const result = await draft(w, 'assessment', withVitals({ temperatureC: 37.8 }));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.payload.flags).toEqual([expect.objectContaining({ field: 'temperatureC', threshold: 37.5 })]);
  });

  it('saves a half-filled draft but signs only a complete assessment', async () => {
    const half = await draft(w, 'assessment', { vitals: withVitals({ heartRate: null }).vitals });
    if (!half.ok) throw new Error(half.error.message);
    const refused = await w.t.call('charting:sign', { id: half.value.id, clientRequestId: requestId() });
    expect(refused.ok ? null : refused.error.code).toBe('invalid');
    if (!refused.ok) expect(refused.error.issues.map((i) => i.path)).toContain('payload.vitals.heartRate');
    const full = await draft(w, 'assessment', withVitals({}), { id: half.value.id });
    if (!full.ok) throw new Error(full.error.message);
    const signed = await w.t.ok('charting:sign', { id: half.value.id, clientRequestId: requestId() });
    expect(signed.status).toBe('signed');
  });

  it('needs the premedication time when premedication was given', async () => {
    const a = fullAssessment();
    const saved = await draft(w, 'assessment', { ...a, ready: { ...a.ready, premedication: 'given' } });
    if (!saved.ok) throw new Error(saved.error.message);
    const refused = await w.t.call('charting:sign', { id: saved.value.id, clientRequestId: requestId() });
    expect(refused.ok ? [] : refused.error.issues.map((i) => i.path)).toContain('payload.ready.premedicationTime');
    const badTime = await draft(
      w,
      'assessment',
      { ...a, ready: { ...a.ready, premedication: 'given', premedicationTime: '2:30 PM' } },
      { id: saved.value.id },
    );
    if (!badTime.ok) throw new Error(badTime.error.message);
    const refusedTime = await w.t.call('charting:sign', { id: saved.value.id, clientRequestId: requestId() });
    expect(refusedTime.ok ? [] : refusedTime.error.issues.map((i) => i.path)).toContain(
      'payload.ready.premedicationTime',
    );
  });

  it('signs without the old checklist ticks, recording Ready to treat as main works it out from the records', async () => {
    const saved = await draft(w, 'assessment', fullAssessment());
    if (!saved.ok) throw new Error(saved.error.message);
    expect(Object.keys(saved.value.payload.ready as object)).not.toContain('labsReviewed');
    const signed = await w.t.ok('charting:sign', { id: saved.value.id, clientRequestId: requestId() });
    expect((signed.payload as { readiness?: { outcome: string } }).readiness?.outcome).toBe('ready');
  });

  it('still reads and signs an assessment drafted with the old ticks (records kept before the ready panel)', async () => {
    const a = fullAssessment();
    const ticks = { labsReviewed: true, consentOnFile: true, educationGiven: true };
    const saved = await draft(w, 'assessment', { ...a, ready: { ...a.ready, ...ticks } });
    if (!saved.ok) throw new Error(saved.error.message);
    const signed = await w.t.ok('charting:sign', { id: saved.value.id, clientRequestId: requestId() });
    expect(signed.payload.ready).toMatchObject(ticks);
  });
});
