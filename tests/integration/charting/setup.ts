import type { IpcInput, IpcOutput } from '../../../shared/ipc/contract';
import { EMPTY_VITALS } from '../../../shared/charting/vitals';
import { SYMPTOM_SCREEN, screenKey } from '../../../shared/charting/symptom-screen';
import { openTestCore, type TestCore } from '../../support/core';
import { ADMIN, CHARGE, createUser, NURSE, nurseSignedIn, requestId, signInAs } from '../../support/auth';
import { PHARMACIST } from '../../support/orders';
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

/** The rate a test orders: 100 mL over the plan's infusion time (to 0.1 mL/h). */
export const orderedRate = (minutes: number | null) => Math.round((100 * 600) / (minutes ?? 30)) / 10;

/**
 * Releases one dose: the nurse enters the prescriber's external order (100 mL of the plan's dose over the
 * plan's infusion time, read back) and the pharmacist verifies it; the nurse is signed in again after.
 */
export async function releaseDose(t: TestCore, planId: string, doseNumber: number): Promise<void> {
  const plan = await t.ok('plans:get', { planId });
  const dose = plan.doses.find((d) => d.doseNumber === doseNumber)!;
  const order = await t.ok('orders:enter', {
    planId,
    firstDose: doseNumber,
    lastDose: doseNumber,
    lines: dose.items.map((item) => ({
      drugId: item.drugId,
      doseMg: item.doseMg,
      route: 'IV' as const,
      diluent: 'Sodium chloride 0.9 %',
      volumeMl: 100,
      infusionMinutes: item.infusionMinutes ?? 30,
      rateMlPerHour: orderedRate(item.infusionMinutes),
    })),
    external: { prescriberName: 'Dr Nadia Okafor', reference: `RX-${doseNumber}`, readBack: true },
    secret: NURSE.secret,
  });
  await signInAs(t, PHARMACIST);
  await t.ok('orders:verify', { orderId: order.id, secret: PHARMACIST.secret });
  await signInAs(t, NURSE);
}

/** The center's Ready-to-treat windows a test center uses (no source gives them: a center sets its own). */
export const TEST_READY_POLICY = { preDoseMaxAgeHours: 72, periodicMaxAgeDays: 42, limits: {} };

/** Pre-dose labs drawn the day before at 14:00, all within range (ULN given with each result). */
export function dayBeforeLabs(extra: Partial<Record<string, string>> = {}) {
  const drawnAt = '2026-11-26T14:00';
  const lab = (analyte: string, value: string, unit: string, refLow: string, refHigh: string) => ({
    analyte,
    drawnAt,
    value: extra[analyte] ?? value,
    unit,
    refLow,
    refHigh,
  });
  return [
    lab('creatinine', '80', 'µmol/L', '45', '90'),
    lab('glucose', '5.4', 'mmol/L', '3.9', '5.6'),
    lab('tsh', '1.9', 'mIU/L', '0.4', '4'),
    lab('alt', '30', 'U/L', '7', '56'),
    lab('ast', '28', 'U/L', '10', '40'),
    lab('bilirubin', '12', 'µmol/L', '3', '21'),
  ];
}

/**
 * Makes the first dose ready to treat: the center's windows, the day-before labs, consent and education on
 * file (the assessment adds vitals and "no corticosteroids").
 */
export async function makeReady(t: TestCore, patientId: string, planId: string): Promise<void> {
  await signInAs(t, CHARGE);
  await t.ok('ready:save-policy', { policy: TEST_READY_POLICY });
  await signInAs(t, NURSE);
  await t.ok('labs:enter', { patientId, results: dayBeforeLabs(), method: 'hand', locale: 'en' });
  await t.ok('consent:record', {
    planId,
    date: '2026-11-20',
    type: 'written',
    obtainedBy: 'Dr Nadia Okafor',
    expiresOn: null,
  });
  await recordEducation(t, patientId);
}

/** "Education given", as the handouts screen records it after printing (a signed education entry). */
export async function recordEducation(t: TestCore, patientId: string): Promise<void> {
  const payload = {
    delivery: 'print',
    sheets: ['pembrolizumab'],
    language: 'en',
    paper: 'Letter',
    walletCard: true,
    sheetVersion: '2026.12-1',
    contentVersion: '1',
  };
  const entry = await t.ok('chart:save-draft', { patientId, kind: 'education', payload, clientRequestId: requestId() });
  await t.ok('chart:sign', { id: entry.id, clientRequestId: requestId() });
}

export async function openWorld(
  regimen: Partial<Extract<IpcInput<'plans:create'>, { kind: 'regimen' }>> = {},
  options: { released?: boolean; ready?: boolean; core?: Parameters<typeof openTestCore>[1] } = {},
): Promise<World> {
  const t = await openTestCore(`${TODAY}T09:00:00Z`, options.core);
  const center = await makeCenter(t, { chairs: 2, nurses: 2 });
  const { nurseId, chargeId } = await nurseSignedIn(t);
  await signInAs(t, ADMIN);
  await createUser(t, PHARMACIST);
  await signInAs(t, NURSE);
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
  if (options.released ?? true) await releaseDose(t, plan.id, 1);
  if (options.ready ?? true) await makeReady(t, patientId, plan.id);
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
      steroidMgPerDay: 0,
    },
  };
}

/** What a nurse reads off a prepared pembrolizumab 200 mg bag (the default) or any other. */
export function bagReading(extra: Record<string, unknown> = {}) {
  return {
    drugId: 'pembrolizumab',
    doseMg: 200,
    volumeMl: 100,
    rateMlPerHour: 200,
    route: 'IV',
    lot: 'LOT-123',
    expiry: '2027-01-31',
    ...extra,
  };
}

export function administration(drugId: string, order: number, extra: Record<string, unknown> = {}) {
  return {
    drugId,
    order,
    bag: bagReading({ drugId }),
    line: 'peripheral',
    site: 'Left forearm',
    filterUsed: 'yes',
    premedication: '',
    notes: '',
    ...extra,
  };
}

/** The second nurse's double check of an administration draft, with her own reading; returns the signed check. */
export async function doubleCheck(w: World, administrationEntryId: string, reading: Record<string, unknown>) {
  const check = await draft(w, 'double-check', { administrationEntryId, reading });
  if (!check.ok) throw new Error(check.error.message);
  const verification = await w.t.ok('auth:verify-second-user', {
    initials: CHARGE.initials,
    secret: CHARGE.secret,
    actionId: `chart-sign:${check.value.id}`,
  });
  return w.t.ok('charting:sign', {
    id: check.value.id,
    clientRequestId: requestId(),
    verificationToken: verification.token,
  });
}

/** Creates the drug's administration draft and has the charge nurse double-check it; returns the draft. */
export async function checkedAdministration(
  w: World,
  drugId: string,
  order: number,
  extra: Record<string, unknown> = {},
) {
  const admin = await draft(w, 'administration', administration(drugId, order, extra));
  if (!admin.ok) throw new Error(admin.error.message);
  const bag = (admin.value.payload as { bag: Record<string, unknown> }).bag;
  await doubleCheck(w, admin.value.entryId, bag);
  return admin.value;
}

/** Signs a complete pre-infusion assessment for the visit. */
export async function signedAssessment(w: World) {
  const saved = await draft(w, 'assessment', fullAssessment());
  if (!saved.ok) throw new Error(saved.error.message);
  return w.t.ok('charting:sign', { id: saved.value.id, clientRequestId: requestId() });
}

/** One infusion event through the channel (`time` defaults to now). */
export function infusion(
  w: World,
  drugId: string,
  action: IpcInput<'charting:infusion'>['action'],
  extra: Partial<IpcInput<'charting:infusion'>> = {},
) {
  return w.t.call('charting:infusion', {
    appointmentId: w.appointmentId,
    drugId,
    action,
    clientRequestId: requestId(),
    ...extra,
  });
}

/**
 * Moves the frozen clock on to a clinic time today (the tests run in UTC), in steps of five minutes with
 * the nurse active at each, as at a real chair, so the idle lock does not close the session meanwhile.
 */
export async function at(w: World, time: string): Promise<void> {
  const target = new Date(`${TODAY}T${time}:00Z`).getTime();
  while (w.t.clock.now().getTime() < target) {
    w.t.clock.set(new Date(Math.min(target, w.t.clock.now().getTime() + 5 * 60_000)).toISOString());
    await w.t.ok('auth:activity', {});
  }
  w.t.clock.set(new Date(target).toISOString());
}

export { NURSE, CHARGE, requestId };
