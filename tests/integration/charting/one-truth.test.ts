import { afterEach, describe, expect, it } from 'vitest';
import type { InfusionSummary } from '../../../shared/charting/infusion';
import type { ReactionInfusion } from '../../../shared/charting/kinds-reaction';
import {
  at,
  checkedAdministration,
  checkIn,
  draft,
  infusion,
  openWorld,
  requestId,
  signedAssessment,
  type World,
} from './setup';

// One truth across the chart: for every reaction path, the signed administration record and the signed
// reaction say the same about the infusion (when it stopped, at what rate it ran, when and at what rate it
// restarted, whether it was stopped for good), because both are read from the same infusion events.

let w: World;
afterEach(() => w.t.close());

type Step = (reactionEntryId: string) => Promise<void>;

const reaction = (adminId: string) => ({
  drugId: 'pembrolizumab',
  drugName: 'x',
  administrationEntryId: adminId,
  onsetTime: '10:12',
  symptoms: ['flushing'],
  symptomsText: '',
  vitalsSeries: [],
  medications: [],
  questions: {
    lifeThreatening: false,
    hospitalisation: false,
    recurrence: false,
    interruptionOrTreatment: true,
    promptResponse: true,
  },
  suggestedGrade: null,
  grade: 2,
  ctcaeVersion: '5.0',
  meddraCode: '10051792',
  outcome: 'resolved',
  outcomeText: '',
});

async function ok(result: Promise<{ ok: boolean; error?: { message: string } }>) {
  const r = await result;
  if (!r.ok) throw new Error(r.error?.message);
}

const paths: Record<string, Step> = {
  'interrupted, then restarted at the center’s 50 %': async (id) => {
    await ok(infusion(w, 'pembrolizumab', 'interrupt', { reactionEntryId: id }));
    await at(w, '10:40');
    await ok(infusion(w, 'pembrolizumab', 'restart', { reactionEntryId: id }));
  },
  'interrupted, then restarted at a prescriber’s rate': async (id) => {
    await ok(infusion(w, 'pembrolizumab', 'interrupt', { reactionEntryId: id }));
    await at(w, '10:30');
    await ok(
      infusion(w, 'pembrolizumab', 'restart', {
        reactionEntryId: id,
        rateMlPerHour: 75,
        reason: 'Dr Okafor, by phone',
      }),
    );
  },
  'interrupted, then stopped for good': async (id) => {
    await ok(infusion(w, 'pembrolizumab', 'interrupt', { reactionEntryId: id }));
    await at(w, '10:20');
    await ok(infusion(w, 'pembrolizumab', 'stop', { complete: false, reason: 'Not restarted', reactionEntryId: id }));
  },
  'slowed without an interruption': async (id) => {
    await ok(infusion(w, 'pembrolizumab', 'rate', { rateMlPerHour: 120, reactionEntryId: id }));
  },
  'nothing done to the infusion': async () => {},
};

/** What the signed administration record says about one reaction's events. */
function administrationSays(a: InfusionSummary, reactionEntryId: string): Partial<ReactionInfusion> {
  const interruption = a.interruptions.find((i) => i.reactionEntryId === reactionEntryId);
  return {
    interruptedAt: interruption?.from ?? null,
    rateBefore: interruption?.rateBefore ?? null,
    restartedAt: interruption?.to ?? null,
    restartRate: interruption?.restartRate ?? null,
    stoppedForGoodAt: interruption && !a.complete && interruption.to === null ? a.stopTime : null,
  };
}

describe('the administration record and the reaction never disagree', () => {
  it.each(Object.entries(paths))('%s', async (_name, step) => {
    w = await openWorld();
    await checkIn(w);
    await signedAssessment(w);
    await at(w, '10:00');
    const admin = await checkedAdministration(w, 'pembrolizumab', 1);
    await ok(infusion(w, 'pembrolizumab', 'start'));
    await at(w, '10:12');
    const saved = await draft(w, 'reaction', reaction(admin.entryId));
    if (!saved.ok) throw new Error(saved.error.message);
    await step(saved.value.entryId);
    const signedReaction = await w.t.ok('charting:sign', { id: saved.value.id, clientRequestId: requestId() });
    await at(w, '11:30');
    const context = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    if (context.infusions[0]?.summary.state === 'running') {
      await ok(infusion(w, 'pembrolizumab', 'stop', { complete: true }));
    }
    const signedAdmin = await w.t.ok('charting:sign', { id: admin.id, clientRequestId: requestId() });

    const told = signedReaction.payload.infusion as ReactionInfusion;
    const record = signedAdmin.payload.infusion as InfusionSummary;
    expect(told).toMatchObject(administrationSays(record, saved.value.entryId));
    if (told.slowedTo !== null) expect(record.currentRate).toBe(told.slowedTo);
    if (told.restartRate !== null) expect(record.currentRate).toBe(told.restartRate);
    // And both agree with what the day view and the visit say now.
    const after = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    expect(after.infusions[0]?.summary).toEqual(record);
  });
});
