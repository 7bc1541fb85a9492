import { randomUUID } from 'node:crypto';
import { ICE_ITEMS } from '../../shared/charting/kinds-car-t';
import type { BrowserApp } from '../harness/app';
import { NURSE } from '../support/auth';
import { PHARMACIST } from '../support/orders';
import { core, releasePembrolizumab, setUp } from './visit-setup';

// What the second French walk's order, CAR T and record screens start from, made through the core's channels:
// two orders for dose 2 that differ from the plan (180 mg, not 200 mg), the first rejected by the pharmacist,
// the second awaiting her; and a CAR T patient's signed day-3 assessment with a fever, so the trend has a row.

const line = {
  drugId: 'pembrolizumab',
  doseMg: 180,
  route: 'IV',
  diluent: 'Sodium chloride 0.9 %',
  volumeMl: 100,
  infusionMinutes: 30,
  rateMlPerHour: 200,
};

async function enterDoseTwo(app: BrowserApp, planId: string, reference: string) {
  const external = { prescriberName: 'Dr Nadia Okafor', reference, readBack: true };
  const input = { planId, firstDose: 2, lastDose: 2, lines: [line], external, secret: NURSE.secret };
  return core(app, 'orders:enter', input);
}

/** Dose 2: one order rejected by the pharmacist, one awaiting her verification; the nurse is signed in after. */
export async function ordersThatDiffer(app: BrowserApp, planId: string) {
  const rejected = await enterDoseTwo(app, planId, 'RX-2A');
  await core(app, 'auth:sign-in', { initials: PHARMACIST.initials, secret: PHARMACIST.secret });
  const reason = 'Dose différente du plan';
  await core(app, 'orders:reject', { orderId: rejected.id, secret: PHARMACIST.secret, reason });
  await core(app, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  await enterDoseTwo(app, planId, 'RX-2B');
}

/** A signed CAR T assessment of today (day 3) with a fever of 38.4 °C and CRS. */
export async function carTAssessment(app: BrowserApp, patientId: string, planId: string, date: string) {
  const ice = Object.fromEntries(ICE_ITEMS.map((item, i) => [item, i < 8]));
  const payload = {
    planId,
    date,
    time: '08:40',
    temperatureC: 38.4,
    hypotension: 'fluids',
    hypoxia: 'none',
    feverTherapy: 'none',
    ice,
    consciousness: 'awakens-spontaneously',
    seizure: 'none',
    motorWeakness: 'none',
    raisedIcp: 'none',
    gradingSystem: 'ASTCT 2019',
  };
  const entry = { patientId, appointmentId: null, kind: 'car-t-toxicity', payload };
  const draft = await core(app, 'charting:save-draft', { ...entry, clientRequestId: randomUUID() });
  await core(app, 'charting:sign', { id: draft.id, clientRequestId: randomUUID() });
}

/** Josée's pembrolizumab plan (dose 1 booked today and released, dose 2's orders) and Tomas's CAR T plan. */
export async function walkSetUp(app: BrowserApp, today: string) {
  const plan = { kind: 'regimen', regimenId: 'pembrolizumab-200-q3w', startDate: today, maxDoses: 2 };
  const patient = {
    mrn: 'DEMO-007309',
    familyName: 'Lefebvre-Ngata',
    givenName: 'Josée',
    weightKg: 72.4,
    weightMeasuredOn: '2026-11-24',
  };
  const { chairId, patientId, planId } = await setUp(app, plan, patient);
  const visit = await core(app, 'schedule:book-dose', { planId, doseNumber: 1, date: today, start: 600, chairId });
  await releasePembrolizumab(app, planId, 1);
  await ordersThatDiffer(app, planId);
  const carT = await core(app, 'patients:create', {
    mrn: 'DEMO-004410',
    familyName: 'Brennan',
    givenName: 'Tomas',
    sex: 'male',
    birthDate: '1958-02-03',
  });
  const carTPlan = await core(app, 'plans:create', {
    patientId: carT.id,
    kind: 'car-t',
    productId: 'axicabtagene-ciloleucel',
    indicationId: 'lbcl-second-line',
    day0: '2026-11-24',
    confirmPastStart: true,
  });
  await carTAssessment(app, carT.id, carTPlan.id, today);
  return { patientId, visitId: visit.id };
}
