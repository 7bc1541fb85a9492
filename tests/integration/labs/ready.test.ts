import { afterEach, describe, expect, it } from 'vitest';
import { checkIn, dayBeforeLabs, draft, fullAssessment, openWorld, TODAY, type World } from '../charting/setup';
import { requestId } from '../../support/auth';
import { queryRows } from '../../support/rows';

// Ready to treat through the channels: labs entered the day before → ready; a missing TSH → hold naming it;
// a high ALT → hold; a prescriber's release → audited, and the start is allowed; never a start past a hold.

let w: World;
afterEach(() => w.t.close());

const labsOnly = (skip: string[], extra: Record<string, string> = {}) =>
  dayBeforeLabs(extra).filter((l) => !skip.includes(l.analyte));

async function worldWithLabs(skip: string[] = [], extra: Record<string, string> = {}) {
  w = await openWorld({}, { ready: false });
  const { makeReadyWithout } = await import('./world');
  await makeReadyWithout(w, labsOnly(skip, extra));
  await checkIn(w);
  const saved = await draft(w, 'assessment', fullAssessment());
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.value.id;
}

const evaluate = () => w.t.ok('ready:evaluate', { appointmentId: w.appointmentId });
const lineOf = async (key: string) => (await evaluate()).readiness.lines.find((l) => l.key === key)!;

describe('ready:evaluate', () => {
  it('answers Ready when the day-before labs, consent, education, vitals and steroids are all in order', async () => {
    await worldWithLabs();
    const view = await evaluate();
    expect(view.readiness.reasons).toEqual([]);
    expect(view.readiness.outcome).toBe('ready');
    expect(view.canStart).toBe(true);
    const labs = view.readiness.lines.find((l) => l.key === 'labs')!;
    expect(labs.items.map((i) => i.text.en)).toContain('TSH: drawn 26 Nov 2026 14:00, within 42 days.');
    // Every line names its source (vitals are the center's own flags).
    for (const line of view.readiness.lines.filter((l) => l.key !== 'vitals')) {
      for (const item of line.items) expect(item.sources.length).toBeGreaterThan(0);
    }
  });

  it('holds for the prescriber when the TSH is missing, naming it in English and French', async () => {
    await worldWithLabs(['tsh']);
    const view = await evaluate();
    expect(view.readiness.outcome).toBe('hold');
    expect(view.canStart).toBe(false);
    expect(view.readiness.reasons).toEqual([
      {
        en: 'TSH: no result — draw it before the dose.',
        fr: 'TSH : aucun résultat — à prélever avant la dose.',
        id: 'labs.missing|{"names":{"en":"TSH","fr":"TSH"}}',
      },
    ]);
  });

  it('holds when ALT is above 3 × the upper limit given with the result (56 U/L → limit 168 U/L)', async () => {
    await worldWithLabs([], { alt: '190' });
    const values = await lineOf('values');
    expect(values.status).toBe('not-met');
    const alt = values.items.find((i) => i.text.en.startsWith('ALT'))!;
    expect(alt.text.en).toBe('ALT 190 U/L is above 168 U/L (3 × ULN): hold for the prescriber.');
    expect(alt.sources.map((s) => s.url)).toContain('https://drugs.com/dosage/libtayo-injection.html');
  });

  it('reads creatinine typed in mg/dL as creatinine, converted with the SI factor, never as µmol/L', async () => {
    // 1.2 mg/dL × 88.4 = 106.08 µmol/L: above the 90 µmol/L ULN but not above 1.5 × the 80 µmol/L baseline.
    w = await openWorld({}, { ready: true });
    await w.t.ok('labs:enter', {
      patientId: w.patientId,
      results: [
        {
          analyte: 'creatinine',
          drawnAt: '2026-11-27T07:30',
          value: '1.2',
          unit: 'mg/dL',
          refLow: '0.5',
          refHigh: '1.02',
        },
      ],
      method: 'hand',
      locale: 'en',
    });
    const labs = await w.t.ok('labs:list', { patientId: w.patientId });
    const latest = labs.results.filter((r) => r.analyte === 'creatinine').at(-1)!;
    expect(latest).toMatchObject({ valueText: '1.2', unit: 'mg/dL', firstUnitValue: 106.08, firstUnitRefHigh: 90.168 });
    const creatinine = (await lineOf('values')).items.find((i) => i.text.en.startsWith('Creatinine'))!;
    expect(creatinine.status).toBe('met');
    expect(creatinine.text.en).toBe('Creatinine 1.2 mg/dL, not above 120 µmol/L (1.5 × baseline).');
  });

  it('refuses the start past a hold, then starts after a named prescriber’s release, which is audited', async () => {
    const assessmentId = await worldWithLabs(['tsh']);
    await w.t.ok('charting:sign', { id: assessmentId, clientRequestId: requestId() });
    const signed = await w.t.ok('chart:history', { id: assessmentId });
    const payload = signed.at(-1)!.payload as { readiness?: { outcome: string } };
    expect(payload.readiness?.outcome).toBe('hold');
    const { startPembrolizumab } = await import('./world');
    const refused = await startPembrolizumab(w);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('forbidden');
      expect(refused.error.message).toContain('TSH: no result');
    }
    const released = await w.t.ok('ready:release', {
      appointmentId: w.appointmentId,
      prescriberName: 'Dr Nadia Okafor',
      orderedAt: '09:10',
      reason: 'TSH normal last month at the referring hospital; treat today, TSH with the next dose.',
    });
    expect(released.canStart).toBe(true);
    expect(released.release).toMatchObject({ prescriberName: 'Dr Nadia Okafor', orderedAt: '09:10' });
    const audit = await queryRows<{ detail: string }>(
      w.t.core.store,
      "SELECT detail FROM audit_event WHERE action = 'ready.release'",
    );
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({
      prescriber: 'Dr Nadia Okafor',
      reasons: ['TSH: no result — draw it before the dose.'],
    });
    expect((await startPembrolizumab(w, false)).ok).toBe(true);
  });

  it('holds again after a release when a new reason appears (a high ALT entered later)', async () => {
    await worldWithLabs(['tsh']);
    await w.t.ok('ready:release', {
      appointmentId: w.appointmentId,
      prescriberName: 'Dr Okafor',
      orderedAt: '09:10',
      reason: 'Treat',
    });
    await w.t.ok('labs:enter', {
      patientId: w.patientId,
      results: [{ analyte: 'alt', drawnAt: `${TODAY}T08:00`, value: '400', unit: 'U/L', refLow: '7', refHigh: '56' }],
      method: 'hand',
      locale: 'en',
    });
    const view = await evaluate();
    expect(view.canStart).toBe(false);
    expect(view.release).toBeNull();
  });

  it('refuses a release when there is nothing to release', async () => {
    await worldWithLabs();
    const result = await w.t.call('ready:release', {
      appointmentId: w.appointmentId,
      prescriberName: 'Dr Okafor',
      orderedAt: '09:10',
      reason: 'Treat',
    });
    expect(result.ok ? null : result.error.code).toBe('conflict');
  });

  it('says "unknown" until the center sets how recent pre-dose labs must be (no source gives a number)', async () => {
    await worldWithLabs();
    const { CHARGE, NURSE, signInAs } = await import('../../support/auth');
    await signInAs(w.t, CHARGE);
    await w.t.ok('ready:save-policy', { policy: { preDoseMaxAgeHours: null, periodicMaxAgeDays: 42, limits: {} } });
    await signInAs(w.t, NURSE);
    const labs = await lineOf('labs');
    expect(labs.status).toBe('unknown');
    expect(labs.items.find((i) => i.text.en.startsWith('Creatinine'))!.text.en).toContain(
      'the center has not set how many hours',
    );
  });
});
