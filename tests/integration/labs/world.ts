import { CHARGE, NURSE, requestId, signInAs } from '../../support/auth';
import { checkedAdministration, recordEducation, TEST_READY_POLICY, type World } from '../charting/setup';

// Helpers for the Ready-to-treat tests: a world made ready except for the labs given, and a pembrolizumab start.

export async function makeReadyWithout(w: World, labs: Record<string, string>[]): Promise<void> {
  await signInAs(w.t, CHARGE);
  await w.t.ok('ready:save-policy', { policy: TEST_READY_POLICY });
  await signInAs(w.t, NURSE);
  if (labs.length > 0) {
    await w.t.ok('labs:enter', {
      patientId: w.patientId,
      results: labs as never,
      method: 'hand',
      locale: 'en',
    });
  }
  await w.t.ok('consent:record', {
    planId: w.planId,
    date: '2026-11-20',
    type: 'written',
    obtainedBy: 'Dr Nadia Okafor',
    expiresOn: null,
  });
  await recordEducation(w.t, w.patientId);
}

/** Opens and double-checks the administration record (once), then starts pembrolizumab now. */
export async function startPembrolizumab(w: World, prepare = true) {
  if (prepare) await checkedAdministration(w, 'pembrolizumab', 1);
  return w.t.call('charting:infusion', {
    appointmentId: w.appointmentId,
    drugId: 'pembrolizumab',
    action: 'start',
    clientRequestId: requestId(),
  });
}
