import type { IpcInput, IpcOutput } from '../../../shared/ipc/contract';
import { EMPTY_VITALS } from '../../../shared/charting/vitals';
import { SYMPTOM_SCREEN, screenKey } from '../../../shared/charting/symptom-screen';
import { openTestCore, type TestCore } from '../../support/core';
import { CHARGE, NURSE, nurseSignedIn, requestId } from '../../support/auth';
import { addPatient, makeCenter } from '../../support/schedule';

// A charting test's world: a center, a nurse signed in (and a charge nurse as the second nurse), a patient
// with a plan whose first dose is booked today at 10:00. Everything through the app's own channels.

export const TODAY = '2026-11-27';
export const PATIENT = { familyName: 'Quillfeather', givenName: 'Hélène', birthDate: '1961-03-12', mrn: 'MRN-0042' };

export interface World {
  t: TestCore;
  patientId: string;
  planId: string;
  appointmentId: string;
  nurseId: string;
  chargeId: string;
}

export async function openWorld(
  regimen: Partial<Extract<IpcInput<'plans:create'>, { kind: 'regimen' }>> = {},
): Promise<World> {
  const t = await openTestCore(`${TODAY}T09:00:00Z`);
  const center = await makeCenter(t, { chairs: 2, nurses: 2 });
  const { nurseId, chargeId } = await nurseSignedIn(t);
  const patientId = await addPatient(t, PATIENT);
  const plan = await t.ok('plans:create', {
    kind: 'regimen',
    patientId,
    regimenId: 'pembrolizumab-200-q3w',
    startDate: TODAY,
    maxDoses: 2,
    ...regimen,
  });
  const appointment = await t.ok('schedule:book-dose', {
    planId: plan.id,
    doseNumber: 1,
    date: TODAY,
    chairId: center.chairIds[0]!,
    start: 600,
  });
  return { t, patientId, planId: plan.id, appointmentId: appointment.id, nurseId, chargeId };
}

export async function checkIn(w: World): Promise<IpcOutput<'charting:check-in'>> {
  return w.t.ok('charting:check-in', {
    appointmentId: w.appointmentId,
    name: 'Hélène Quillfeather',
    dateOfBirth: PATIENT.birthDate,
    clientRequestId: requestId(),
  });
}

export async function draft(
  w: World,
  kind: IpcInput<'charting:save-draft'>['kind'],
  payload: Record<string, unknown>,
  extra: Partial<IpcInput<'charting:save-draft'>> = {},
) {
  return w.t.call('charting:save-draft', {
    patientId: w.patientId,
    appointmentId: w.appointmentId,
    kind,
    payload: payload as IpcInput<'charting:save-draft'>['payload'],
    clientRequestId: requestId(),
    ...extra,
  });
}

export function fullAssessment() {
  return {
    vitals: {
      ...EMPTY_VITALS,
      temperatureC: 36.8,
      heartRate: 78,
      bpSystolic: 124,
      bpDiastolic: 78,
      respiratoryRate: 16,
      spo2: 98,
      weightKg: 68.5,
      pain: 1,
    },
    flags: [],
    screen: Object.fromEntries(SYMPTOM_SCREEN.map((i) => [screenKey(i), 'no'])),
    screenNotes: '',
    ready: {
      labsReviewed: true,
      consentOnFile: true,
      educationGiven: true,
      premedication: 'not-required',
      premedicationTime: null,
      premedicationText: '',
    },
  };
}

export function administration(drugId: string, order: number, extra: Record<string, unknown> = {}) {
  return {
    drugId,
    order,
    startTime: null,
    stopTime: null,
    rateMlPerHour: 200,
    volumeMl: 100,
    line: 'peripheral',
    site: 'Left forearm',
    lot: 'LOT-123',
    filterUsed: 'yes',
    premedication: '',
    notes: '',
    ...extra,
  };
}

/** Creates the drug's administration draft and has the charge nurse double-check it; returns the draft. */
export async function checkedAdministration(w: World, drugId: string, order: number) {
  const admin = await draft(w, 'administration', administration(drugId, order));
  if (!admin.ok) throw new Error(admin.error.message);
  const check = await draft(w, 'double-check', {
    administrationEntryId: admin.value.id,
    drugId,
    rateMlPerHour: 200,
    confirmed: { patient: true, drug: true, dose: true, rate: true, route: true },
  });
  if (!check.ok) throw new Error(check.error.message);
  const verification = await w.t.ok('auth:verify-second-user', {
    initials: CHARGE.initials,
    secret: CHARGE.secret,
    actionId: `chart-sign:${check.value.id}`,
  });
  await w.t.ok('charting:sign', {
    id: check.value.id,
    clientRequestId: requestId(),
    verificationToken: verification.token,
  });
  return admin.value;
}

export { NURSE, CHARGE, requestId };
