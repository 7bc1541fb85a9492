import type { BrowserApp } from '../harness/app';
import { ADMIN, CHARGE, NURSE } from '../support/auth';
import { PHARMACIST } from '../support/orders';

// A center with one chair, one nurse on shift, a patient and her plan, made through the app's own channels, and
// the orders that release a dose: what the chairside end-to-end tests start from.

export async function core<T = { id: string }>(app: BrowserApp, channel: string, input: unknown): Promise<T> {
  const result = await app.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** Center, patient and plan through the app's channels (setup mode), then the nurses; Marie is signed in. */
export async function setUp(app: BrowserApp, plan: Record<string, unknown>, patient: Record<string, unknown>) {
  const chair = await core(app, 'center:save-chair', { name: 'Chair 1' });
  const staff = await core(app, 'center:save-nurse', { displayName: 'Avery Lindqvist', initials: 'AL' });
  const shifts = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 465, endMinute: 1035 }));
  await core(app, 'center:save-shifts', { nurseId: staff.id, shifts });
  const p = await core(app, 'patients:create', { birthDate: '1962-09-14', sex: 'female', ...patient });
  const created = await core(app, 'plans:create', { patientId: p.id, ...plan });
  await core(app, 'auth:setup-admin', ADMIN);
  await core(app, 'users:create', NURSE);
  await core(app, 'users:create', CHARGE);
  await core(app, 'users:create', PHARMACIST);
  await core(app, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  return { chairId: chair.id, patientId: p.id, planId: created.id };
}

/** One patient with a single-dose pembrolizumab plan, its dose booked on `date` at `start` on `chairId`. */
export async function bookOneDose(
  app: BrowserApp,
  visit: { mrn: string; familyName: string; date: string; start: number; chairId: string },
) {
  const patient = await core(app, 'patients:create', {
    mrn: visit.mrn,
    familyName: visit.familyName,
    givenName: 'Colette',
    birthDate: '1958-04-02',
    sex: 'female',
    weightKg: 70,
    weightMeasuredOn: '2026-11-24',
    allergies: 'No known allergies',
    preferredWindow: 'any',
  });
  const plan = await core(app, 'plans:create', {
    kind: 'regimen',
    patientId: patient.id,
    regimenId: 'pembrolizumab-200-q3w',
    startDate: visit.date,
    maxDoses: 1,
  });
  const { date, start, chairId } = visit;
  return core(app, 'schedule:book-dose', { planId: plan.id, doseNumber: 1, date, start, chairId });
}

/**
 * The prescriber's order for a pembrolizumab dose, entered by the nurse as an external order (100 mL over
 * 30 min, read back) and verified by the pharmacist, so the dose is released; the nurse is signed in after.
 */
export async function releasePembrolizumab(app: BrowserApp, planId: string, doseNumber: number) {
  const order = await core(app, 'orders:enter', {
    planId,
    firstDose: doseNumber,
    lastDose: doseNumber,
    lines: [
      {
        drugId: 'pembrolizumab',
        doseMg: 200,
        route: 'IV',
        diluent: 'Sodium chloride 0.9 %',
        volumeMl: 100,
        infusionMinutes: 30,
        rateMlPerHour: 200,
      },
    ],
    external: { prescriberName: 'Dr Nadia Okafor', reference: `RX-${doseNumber}`, readBack: true },
    secret: NURSE.secret,
  });
  await core(app, 'auth:sign-in', { initials: PHARMACIST.initials, secret: PHARMACIST.secret });
  await core(app, 'orders:verify', { orderId: order.id, secret: PHARMACIST.secret });
  await core(app, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
}

/** Center settings are a charge nurse's: she signs in on this workstation, changes them, and the nurse returns. */
export async function setCenter(app: BrowserApp, settings: Record<string, unknown>) {
  await core(app, 'auth:sign-in', { initials: CHARGE.initials, secret: CHARGE.secret });
  await core(app, 'settings:update', settings);
  await core(app, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
}

export async function setLanguage(app: BrowserApp, language: 'en' | 'fr') {
  await setCenter(app, { language });
  await app.page.reload();
}
