import type { BrowserApp } from '../harness/app';
import { CHARGE, NURSE } from '../support/auth';
import { core } from './visit-setup';

// Ready to treat for end-to-end tests: the center's windows (set by the administrator), consent and education
// on file through the app's own channels. Labs are typed by the nurse in the tests that are about them.

/** The charge nurse sets the windows; the nurse is signed in again after. */
export async function readyPolicy(app: BrowserApp): Promise<void> {
  await core(app, 'auth:sign-in', { initials: CHARGE.initials, secret: CHARGE.secret });
  await core(app, 'ready:save-policy', { policy: { preDoseMaxAgeHours: 72, periodicMaxAgeDays: 42, limits: {} } });
  await core(app, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
}

export async function consentAndEducation(app: BrowserApp, patientId: string, planId: string): Promise<void> {
  await core(app, 'consent:record', {
    planId,
    date: '2026-11-20',
    type: 'written',
    obtainedBy: 'Dr Nadia Okafor',
    expiresOn: null,
  });
  const payload = {
    delivery: 'print',
    sheets: ['pembrolizumab'],
    language: 'en',
    paper: 'Letter',
    walletCard: true,
    sheetVersion: '2026.12-1',
    contentVersion: '1',
  };
  const entry = await core(app, 'chart:save-draft', {
    patientId,
    kind: 'education',
    payload,
    clientRequestId: `edu-${Date.now()}`,
  });
  await core(app, 'chart:sign', { id: entry.id, clientRequestId: `edu-s-${Date.now()}` });
}

/** The pre-dose labs of a pembrolizumab dose, drawn the day before at 14:00, typed through the channel. */
export async function dayBeforeLabs(app: BrowserApp, patientId: string, drawnAt = '2026-11-26T14:00'): Promise<void> {
  const lab = (analyte: string, value: string, unit: string, refLow: string, refHigh: string) => ({
    analyte,
    drawnAt,
    value,
    unit,
    refLow,
    refHigh,
  });
  const results = [
    lab('creatinine', '80', 'µmol/L', '45', '90'),
    lab('glucose', '5.4', 'mmol/L', '3.9', '5.6'),
    lab('tsh', '1.9', 'mIU/L', '0.4', '4'),
    lab('alt', '30', 'U/L', '7', '56'),
    lab('ast', '28', 'U/L', '10', '40'),
    lab('bilirubin', '12', 'µmol/L', '3', '21'),
  ];
  await core(app, 'labs:enter', { patientId, results, method: 'hand', locale: 'en' });
}
