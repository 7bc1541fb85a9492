import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHARGE, signInAs, NURSE } from '../../support/auth';
import { checkIn, draft, openWorld, requestId, TODAY, type World } from './setup';

let w: World;
beforeEach(async () => {
  w = await openWorld({ maxDoses: 3 });
  await checkIn(w);
});
afterEach(() => w.t.close());

function reaction(grade: number, extra: Record<string, unknown> = {}) {
  return {
    drugId: 'pembrolizumab',
    drugName: 'anything the form says',
    administrationEntryId: null,
    onsetTime: '10:12',
    symptoms: ['flushing', 'itching-rash'],
    symptomsText: '',
    vitalsSeries: [
      {
        time: '10:13',
        temperatureC: 37.4,
        heartRate: 104,
        bpSystolic: 118,
        bpDiastolic: 70,
        respiratoryRate: 20,
        spo2: 96,
      },
    ],
    stopped: true,
    stoppedAt: '10:12',
    slowed: false,
    medications: [{ name: 'Diphenhydramine', dose: 25, unit: 'mg', route: 'IV', time: '10:15' }],
    questions: {
      lifeThreatening: false,
      hospitalisation: false,
      recurrence: false,
      interruptionOrTreatment: grade >= 2,
      promptResponse: grade === 1 ? null : grade === 2,
    },
    suggestedGrade: 1,
    grade,
    ctcaeVersion: '5.0',
    meddraCode: '10051792',
    rechallenge: null,
    outcome: 'resolved',
    outcomeText: '',
    ...extra,
  };
}

async function signReaction(payload: Record<string, unknown>) {
  const saved = await draft(w, 'reaction', payload);
  if (!saved.ok) throw new Error(saved.error.message);
  return w.t.call('charting:sign', { id: saved.value.id, clientRequestId: requestId() });
}

const dayFlags = async (date: string) =>
  (await w.t.ok('schedule:day', { date })).appointments.filter((a) => a.patientId === w.patientId).map((a) => a.flags);

describe('infusion reaction', () => {
  it('recomputes the suggested grade and the 50 % rechallenge rate in main', async () => {
    const saved = await draft(
      w,
      'reaction',
      reaction(2, {
        rechallenge: { rateBeforeMlPerHour: 200, percent: 80, newRateMlPerHour: 999, restartTime: '10:45' },
      }),
    );
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.payload).toMatchObject({
      suggestedGrade: 2,
      drugName: 'Pembrolizumab (Keytruda)',
      rechallenge: { rateBeforeMlPerHour: 200, percent: 50, newRateMlPerHour: 100 },
    });
  });

  it('uses the center’s restart percentage when the library has one for the drug', async () => {
    await signInAs(w.t, CHARGE);
    await w.t.ok('library:save-override', {
      recordKind: 'drug',
      recordId: 'pembrolizumab',
      fieldPath: 'centerPolicy.restartRatePercent',
      value: 25,
      reason: 'Center infusion-reaction protocol 2026',
    });
    await signInAs(w.t, NURSE);
    const saved = await draft(
      w,
      'reaction',
      reaction(1, {
        rechallenge: { rateBeforeMlPerHour: 200, percent: 50, newRateMlPerHour: null, restartTime: null },
      }),
    );
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.payload.rechallenge).toMatchObject({ percent: 25, newRateMlPerHour: 50 });
  });

  it('grade 2: flags this visit and the later ones, and leaves the plan active', async () => {
    const signed = await signReaction(reaction(2));
    expect(signed.ok).toBe(true);
    expect(await dayFlags(TODAY)).toEqual([expect.arrayContaining(['reaction-history'])]);
    const plan = await w.t.ok('plans:get', { planId: w.planId });
    expect(plan.status).toBe('active');
    const alerts = await w.t.ok('charting:alerts', { patientId: w.patientId });
    expect(alerts.reaction).toMatchObject({ grade: 2, drugName: 'Pembrolizumab (Keytruda)', date: TODAY });
  });

  it('grade 3: puts the plan on hold for the prescriber with the label rule as the reason', async () => {
    await w.t.ok('schedule:book-plan', { planId: w.planId });
    const signed = await signReaction(
      reaction(3, {
        questions: {
          lifeThreatening: false,
          interruptionOrTreatment: true,
          promptResponse: false,
          recurrence: false,
          hospitalisation: false,
        },
      }),
    );
    expect(signed.ok).toBe(true);
    const plan = await w.t.ok('plans:get', { planId: w.planId });
    expect(plan.status).toBe('on-hold');
    expect(plan.statusReason).toMatch(
      /Grade 3 infusion-related reaction .*permanently discontinue.*Prescriber to review/,
    );
    const later = plan.doses.filter((d) => d.appointment && d.appointment.date > TODAY);
    expect(later.length).toBeGreaterThan(0);
    for (const dose of later)
      expect(await dayFlags(dose.appointment!.date)).toEqual([expect.arrayContaining(['reaction-history'])]);
    const events = w.t.core.store
      .prepare<{ n: number }>("SELECT count(*) AS n FROM audit_event WHERE action = 'prescriber-flag'")
      .get();
    expect(events?.n).toBe(1);
  });

  it('refuses a rechallenge after a grade 3–4 reaction', async () => {
    const result = await signReaction(
      reaction(3, {
        rechallenge: { rateBeforeMlPerHour: 200, percent: 50, newRateMlPerHour: null, restartTime: '11:00' },
      }),
    );
    expect(result.ok ? [] : result.error.issues.map((i) => i.path)).toContain('payload.rechallenge');
  });

  it('needs the grade confirmed by the nurse before signing', async () => {
    const result = await signReaction(reaction(2, { grade: null }));
    expect(result.ok ? [] : result.error.issues.map((i) => i.path)).toContain('payload.grade');
  });

  it('cannot be signed while a grading question that could change the grade is unanswered', async () => {
    const questions = { lifeThreatening: false, interruptionOrTreatment: true, promptResponse: true, recurrence: null };
    const saved = await draft(w, 'reaction', reaction(2, { questions }));
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.payload).toMatchObject({
      suggestedGrade: null,
      suggestion: { status: 'incomplete', missing: ['hospitalisation', 'recurrence'], lowest: 2, highest: 3 },
    });
    const refused = await w.t.call('charting:sign', { id: saved.value.id, clientRequestId: requestId() });
    expect(refused.ok ? [] : refused.error.issues.map((i) => i.path)).toEqual([
      'payload.questions.hospitalisation',
      'payload.questions.recurrence',
    ]);
  });

  it('suggests grade 3 for symptoms that came back after improving, and refuses a lower confirmed grade', async () => {
    const questions = {
      lifeThreatening: false,
      interruptionOrTreatment: true,
      promptResponse: true,
      recurrence: true,
      hospitalisation: false,
    };
    const refused = await signReaction(reaction(2, { questions }));
    expect(refused.ok ? null : refused.error.issues).toEqual([
      { path: 'payload.grade', message: 'The answers show grade 3: confirm grade 3 or higher, or correct the answers' },
    ]);
    const signed = await signReaction(reaction(3, { questions, stopped: true }));
    expect(signed.ok ? signed.value.payload : null).toMatchObject({ suggestedGrade: 3, grade: 3 });
  });
});
