import { CHARGE, signInAs } from '../../support/auth';
import { createChromiumPlatform, type ChromiumPlatform } from '../../harness/platform';
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
} from '../charting/setup';

// One charted first-dose visit, through the app's own channels: checked in at 09:00, pembrolizumab started
// at 10:05 after the double check, a grade 2 infusion reaction at 10:12, stopped 10:45, chair released at
// 11:15. Then the charge nurse is signed in to read the reports.

export interface ReportWorld extends World {
  platform: ChromiumPlatform;
}

export function gradeTwoReaction(administrationEntryId: string) {
  return {
    drugId: 'pembrolizumab',
    drugName: 'Pembrolizumab',
    administrationEntryId,
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
    suggestedGrade: 2,
    grade: 2,
    ctcaeVersion: '5.0',
    meddraCode: '10051792',
    outcome: 'resolved',
    outcomeText: '',
  };
}

export async function chartedVisitWorld(): Promise<ReportWorld> {
  const platform = createChromiumPlatform();
  const w = await openWorld({ maxDoses: 3 }, { core: { platform } });
  await checkIn(w);
  await signedAssessment(w);
  await at(w, '10:00');
  const admin = await checkedAdministration(w, 'pembrolizumab', 1);
  await at(w, '10:05');
  await infusion(w, 'pembrolizumab', 'start');
  await at(w, '10:12');
  const reaction = await draft(w, 'reaction', gradeTwoReaction(admin.entryId));
  if (!reaction.ok) throw new Error(reaction.error.message);
  await w.t.ok('charting:sign', { id: reaction.value.id, clientRequestId: requestId() });
  await at(w, '10:45');
  await infusion(w, 'pembrolizumab', 'stop', { complete: true });
  await w.t.ok('charting:sign', { id: admin.id, clientRequestId: requestId() });
  await at(w, '11:15');
  await w.t.ok('charting:visit', { appointmentId: w.appointmentId, action: 'discharge', clientRequestId: requestId() });
  await signInAs(w.t, CHARGE);
  return { ...w, platform };
}
