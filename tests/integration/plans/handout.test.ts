import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { createChromiumPlatform, type ChromiumPlatform } from '../../harness/platform';
import { ADMIN, NURSE, createUser, nurseSignedIn, signInAs } from '../../support/auth';
import { openTestCore, type TestCore } from '../../support/core';
import { PRESCRIBER } from '../../support/orders';
import { appointmentLine, patientWithAppointments, readPdf } from '../handouts/setup';

// What the patient takes home: a held or cancelled dose is not among the printed sheet's next appointments,
// read back from the real PDF that went to the printer.

let platform: ChromiumPlatform;
let t: TestCore;
let patientId: string;
let appointments: Array<{ date: string; start: number }>;

beforeAll(() => {
  platform = createChromiumPlatform();
});
afterAll(() => platform.close());
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z', { platform });
  platform.printed.length = 0;
  ({ patientId, appointments } = await patientWithAppointments(t, { preferredLanguage: 'en' }, 4));
  await nurseSignedIn(t);
});
afterEach(() => t.close());

async function printedText(): Promise<string> {
  const before = platform.printed.length;
  expect((await t.ok('handouts:print', { patientId, sheets: ['pembrolizumab'] })).printed).toBe(true);
  return (await readPdf(platform.printed[before]!.pdf)).text;
}

const planId = async () => (await t.ok('plans:list-for-patient', { patientId }))[0]!.id;

it('leaves held doses out of the printed next appointments, and puts them back once the plan resumes', async () => {
  const lines = appointments.map((a) => appointmentLine(a, 'en'));
  const booked = await printedText();
  for (const line of lines.slice(0, 3)) expect(booked).toContain(line);

  await t.ok('plans:hold', { planId: await planId(), reason: 'Grade 2 colitis' });
  const held = await printedText();
  for (const line of lines) expect(held).not.toContain(line);
  // A plan on hold is not over: the sheet still names the treatment whose warning signs apply at home.
  expect(held).toContain('Pembrolizumab 200 mg every 3 weeks');

  await t.ok('plans:resume', { planId: await planId(), reason: 'Colitis resolved', orderedBy: 'Dr Nadia Okafor' });
  const resumed = await printedText();
  for (const line of lines.slice(0, 3)) expect(resumed).toContain(line);
});

it('leaves cancelled doses out once the plan is discontinued', async () => {
  await signInAs(t, ADMIN);
  await createUser(t, PRESCRIBER);
  await signInAs(t, PRESCRIBER);
  await t.ok('plans:discontinue', { planId: await planId(), reason: 'Disease progression' });
  await signInAs(t, NURSE);
  const text = await printedText();
  for (const a of appointments) expect(text).not.toContain(appointmentLine(a, 'en'));
  expect(text).not.toContain('Pembrolizumab 200 mg every 3 weeks');
});
