import { queryRow } from '../../support/rows';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHARGE, signInAs, NURSE } from '../../support/auth';
import {
  at,
  checkedAdministration,
  checkIn,
  draft,
  infusion,
  openWorld,
  requestId,
  signedAssessment,
  TODAY,
  type World,
} from './setup';

let w: World;
let adminId: string;
beforeEach(async () => {
  w = await openWorld({ maxDoses: 3 });
  await checkIn(w);
  await signedAssessment(w);
  await at(w, '10:00');
  adminId = (await checkedAdministration(w, 'pembrolizumab', 1)).entryId;
  await at(w, '10:05');
  await infusion(w, 'pembrolizumab', 'start');
  await at(w, '10:12');
});
afterEach(() => w.t.close());

function reaction(grade: number, extra: Record<string, unknown> = {}) {
  return {
    drugId: 'pembrolizumab',
    drugName: 'anything the form says',
    administrationEntryId: adminId,
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

/** Saves the reaction draft, interrupts the infusion for it, and (optionally) restarts. */
async function interrupted(payload: Record<string, unknown>, restartAt: string | null) {
  const saved = await draft(w, 'reaction', payload);
  if (!saved.ok) throw new Error(saved.error.message);
  const stop = await infusion(w, 'pembrolizumab', 'interrupt', { reactionEntryId: saved.value.entryId });
  if (!stop.ok) throw new Error(stop.error.message);
  if (restartAt) {
    await at(w, restartAt);
    const restart = await infusion(w, 'pembrolizumab', 'restart', { reactionEntryId: saved.value.entryId });
    if (!restart.ok) throw new Error(restart.error.message);
  }
  return saved.value;
}

describe('infusion reaction', () => {
  it('recomputes the suggested grade in main, and restarts at 50 % of the rate the infusion ran at', async () => {
    const entry = await interrupted(reaction(2), '10:40');
    const signed = await w.t.ok('charting:sign', { id: entry.id, clientRequestId: requestId() });
    expect(signed.payload).toMatchObject({
      suggestedGrade: 2,
      drugName: 'Pembrolizumab (Keytruda)',
      infusion: { interruptedAt: '10:12', rateBefore: 200, restartedAt: '10:40', restartRate: 100, restartPercent: 50 },
    });
    const context = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    expect(context.infusions[0]?.summary).toMatchObject({
      state: 'running',
      currentRate: 100,
      interruptions: [{ from: '10:12', to: '10:40', rateBefore: 200, restartRate: 100 }],
      // 100 mL at 200 mL/h for 7 min leaves 76.7 mL, at 100 mL/h from 10:40: 46 min → 11:26.
      expectedEnd: '11:26',
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
    await interrupted(reaction(1), '10:30');
    const context = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    expect(context.infusions[0]?.summary.currentRate).toBe(50);
  });

  it('will not sign a reaction while its infusion is still interrupted', async () => {
    const entry = await interrupted(reaction(2), null);
    const result = await w.t.call('charting:sign', { id: entry.id, clientRequestId: requestId() });
    expect(result.ok ? [] : result.error.issues.map((i) => i.path)).toContain('payload.infusion');
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

  it('grade 2: visits booked after the reaction carry the reaction flag from the start', async () => {
    expect((await signReaction(reaction(2))).ok).toBe(true);
    const booked = await w.t.ok('schedule:book-plan', { planId: w.planId });
    expect(booked.booked.length).toBeGreaterThan(0);
    for (const visit of booked.booked)
      expect(await dayFlags(visit.date)).toEqual([expect.arrayContaining(['reaction-history'])]);
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
    // Coded beside the English, with the charted grade and the visit's day, for each screen to word.
    const coded = { code: 'reaction-discontinue', params: { grade: 3, date: TODAY } };
    expect(plan.statusReasonCoded).toEqual(coded);
    // The later visits are held by the plan hold, and still carry the reaction flag on the day view.
    const later = plan.doses.filter((d) => d.doseNumber > 1);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((d) => d.appointment === null && d.heldAppointment?.reason?.startsWith('Grade 3'))).toBe(true);
    expect(later.map((d) => d.heldAppointment?.reasonCoded)).toEqual(later.map(() => coded));
    for (const dose of later)
      expect(await dayFlags(dose.heldAppointment!.date)).toEqual([expect.arrayContaining(['reaction-history'])]);
    const events = await queryRow<{ n: number }>(
      w.t.core.store,
      "SELECT count(*) AS n FROM audit_event WHERE action = 'prescriber-flag'",
    );
    expect(events?.n).toBe(1);
  });

  it('refuses a rechallenge after a grade 3–4 reaction, and signs it once the drug is stopped for good', async () => {
    const payload = reaction(3, {
      questions: {
        lifeThreatening: false,
        interruptionOrTreatment: true,
        promptResponse: false,
        recurrence: false,
        hospitalisation: false,
      },
    });
    const entry = await interrupted(payload, null);
    await at(w, '10:30');
    const restart = await infusion(w, 'pembrolizumab', 'restart', { reactionEntryId: entry.entryId });
    expect(restart.ok ? null : restart.error.issues[0]).toMatchObject({ code: 'no-rechallenge' });
    await infusion(w, 'pembrolizumab', 'stop', {
      complete: false,
      reason: 'Grade 3 reaction',
      reactionEntryId: entry.entryId,
    });
    const signed = await w.t.ok('charting:sign', { id: entry.id, clientRequestId: requestId() });
    expect(signed.payload.infusion).toMatchObject({
      interruptedAt: '10:12',
      restartedAt: null,
      stoppedForGoodAt: '10:30',
    });
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
      {
        path: 'payload.grade',
        message: 'The answers show grade 3: confirm grade 3 or higher, or correct the answers',
        code: 'invalid',
      },
    ]);
    const signed = await signReaction(reaction(3, { questions }));
    expect(signed.ok ? signed.value.payload : null).toMatchObject({ suggestedGrade: 3, grade: 3 });
  });
});
