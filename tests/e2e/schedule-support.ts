import type { Page } from '@playwright/test';
import type { BrowserApp } from '../harness/app';
import { test } from './fixtures';

// Setting up a day through the core's channels, for specs that start at the day view: the screens that make
// chairs, nurses, patients and plans have their own specs.

/** A full-page screenshot in the test's output folder. */
export const shot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(name), fullPage: true });

/** A channel call that must succeed; its refusal fails the test with the core's message. */
export async function must(app: BrowserApp, channel: string, input: unknown): Promise<{ id: string }> {
  const result = await app.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as { id: string };
}

/** Center setup is another screen's job; here it is done through the same channels. */
export async function setUpCenter(app: BrowserApp, chairs = 4) {
  for (let i = 1; i <= chairs; i++) await must(app, 'center:save-chair', { name: `Chair ${i}` });
  for (const [name, initials] of [
    ['Avery Lindqvist', 'AL'],
    ['Noor Haddad', 'NH'],
  ] as const) {
    const nurse = await must(app, 'center:save-nurse', { displayName: name, initials });
    const shifts = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 465, endMinute: 1035 }));
    await must(app, 'center:save-shifts', { nurseId: nurse.id, shifts });
  }
}

/** A patient with a booked plan, made through the channels (for tests that start at the day view). */
export async function bookedPatient(app: BrowserApp, n: number, startDate = '2026-11-30', maxDoses = 1) {
  const patient = await must(app, 'patients:create', {
    mrn: `DEMO-10${String(n).padStart(4, '0')}`,
    familyName: ['Abara', 'Brennan', 'Castellanos', 'Dufresne', 'Eriksen', 'Fontaine', 'Gallagher', 'Haruki'][n % 8],
    givenName: ['Ines', 'Tomas', 'Yara', 'Odile', 'Kofi', 'Lena', 'Ravi', 'June'][n % 8],
    birthDate: '1955-01-01',
    sex: 'unknown',
  });
  const plan = await must(app, 'plans:create', {
    kind: 'regimen',
    patientId: patient.id,
    regimenId: 'nivolumab-240-q2w',
    startDate,
    maxDoses,
  });
  return { patientId: patient.id, planId: plan.id };
}
