import { afterEach, describe, expect, it } from 'vitest';
import { checkIn, draft, openWorld, requestId, signedAssessment, TODAY, type World } from './setup';

// The reasons the app writes when charting holds or ends a plan, or a dose is held at the chair, reach every
// reader as a code with values beside the English text (the screens word the code in the reader's language);
// a reason a nurse typed stays as typed, with no code.

let w: World;
afterEach(() => w.t.close());

function sideEffect(actions: string[]) {
  return {
    meddraCode: '10012727',
    term: 'Diarrhea',
    grade: 2,
    ctcaeVersion: '5.0',
    onsetDate: TODAY,
    resolutionDate: null,
    attribution: 'possible',
    actions,
    notes: '',
    planId: w.planId,
  };
}

async function signSideEffect(actions: string[]) {
  const saved = await draft(w, 'irae', sideEffect(actions), { appointmentId: null });
  if (!saved.ok) throw new Error(saved.error.message);
  await w.t.ok('charting:sign', { id: saved.value.id, clientRequestId: requestId() });
}

const dayRow = async (date: string) =>
  (await w.t.ok('schedule:day', { date })).appointments.find((a) => a.patientId === w.patientId);

describe('reasons the app writes, stored as a code with values', () => {
  it('a side effect signed with Hold holds the plan and its later visits with the code, values and English', async () => {
    w = await openWorld();
    await w.t.ok('schedule:book-plan', { planId: w.planId });
    await signSideEffect(['hold', 'corticosteroids']);
    const coded = {
      code: 'side-effect-hold',
      params: { term: 'Diarrhea', grade: 2, onsetDate: TODAY },
    };
    const english = `Diarrhea grade 2 (CTCAE v5.0) charted with action Hold on ${TODAY}.`;
    const plan = await w.t.ok('plans:get', { planId: w.planId });
    expect(plan).toMatchObject({ status: 'on-hold', statusReason: english, statusReasonCoded: coded });
    // Today's visit (not started) and the later one are held.
    expect(plan.doses.map((d) => d.heldAppointment)).toMatchObject([
      { reason: english, reasonCoded: coded },
      { reason: english, reasonCoded: coded },
    ]);
    const later = plan.doses[1]!.heldAppointment!;
    expect(await dayRow(later.date)).toMatchObject({ status: 'held', statusReason: english, statusReasonCoded: coded });
    const history = await w.t.ok('schedule:history', { appointmentId: later.id });
    expect(history.at(-1)).toMatchObject({ action: 'hold', reason: english, reasonCoded: coded });
    const planHistory = await w.t.ok('plans:history', { planId: w.planId });
    expect(planHistory).toMatchObject([{ action: 'hold', source: 'irae', reason: english, reasonCoded: coded }]);
  });

  it('a side effect signed with Discontinue cancels the later visits with its own code', async () => {
    w = await openWorld();
    await w.t.ok('schedule:book-plan', { planId: w.planId });
    const later = (await w.t.ok('plans:get', { planId: w.planId })).doses[1]!.appointment!;
    await signSideEffect(['discontinue']);
    const coded = { code: 'side-effect-discontinue', params: { term: 'Diarrhea', grade: 2, onsetDate: TODAY } };
    expect(await dayRow(later.date)).toMatchObject({
      status: 'cancelled',
      statusReason: `Diarrhea grade 2 (CTCAE v5.0) charted with action Discontinue on ${TODAY}.`,
      statusReasonCoded: coded,
    });
    expect(await w.t.ok('plans:get', { planId: w.planId })).toMatchObject({
      status: 'discontinued',
      statusReasonCoded: coded,
    });
  });

  it('a dose held at the chair keeps the nurse’s words as typed inside the app’s coded words', async () => {
    w = await openWorld();
    await checkIn(w);
    await signedAssessment(w);
    const typed = 'Température 38,6 °C : le prescripteur suspend';
    await w.t.ok('charting:visit', {
      appointmentId: w.appointmentId,
      action: 'hold',
      reason: typed,
      clientRequestId: requestId(),
    });
    const atChair = { code: 'held-at-chair', params: { note: typed } };
    const history = await w.t.ok('schedule:history', { appointmentId: w.appointmentId });
    expect(history.at(-1)).toMatchObject({
      action: 'hold',
      reason: `Held at the chair: ${typed}`,
      reasonCoded: atChair,
    });
    expect(await dayRow(TODAY)).toMatchObject({ status: 'held', statusReasonCoded: atChair });
    // The held dose is booked again later: its new visit says which dose was held and why.
    const rebooked = (await w.t.ok('plans:get', { planId: w.planId })).doses[0]!.appointment!;
    const booked = await w.t.ok('schedule:history', { appointmentId: rebooked.id });
    expect(booked.at(-1)).toMatchObject({
      action: 'book',
      reason: `Dose 1 held: Held at the chair: ${typed}`,
      reasonCoded: { code: 'dose-held', params: { dose: 1, cause: atChair } },
    });
  });

  it('a reason typed on the plan screen stays as typed, with no code', async () => {
    w = await openWorld();
    await w.t.ok('schedule:book-plan', { planId: w.planId });
    const typed = 'Colite de grade 2, avis du prescripteur';
    const plan = (await w.t.ok('plans:hold', { planId: w.planId, reason: typed })).plan;
    expect(plan).toMatchObject({ statusReason: typed, statusReasonCoded: null });
    expect(plan.doses[1]!.heldAppointment).toMatchObject({ reason: typed, reasonCoded: null });
    expect(await w.t.ok('plans:history', { planId: w.planId })).toMatchObject([{ reason: typed, reasonCoded: null }]);
  });
});
