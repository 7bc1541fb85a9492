import { afterEach, beforeEach, expect, it } from 'vitest';
import { ADMIN, CHARGE, NURSE, createUser, setupAdmin, signInAs } from '../../support/auth';
import { openTestCore, type TestCore } from '../../support/core';
import { makePatient } from '../../support/patients';

// Reads of demographics and of the schedule were not audited: nobody could tell who had looked at a record.

let t: TestCore;
let patientId: string;
beforeEach(async () => {
  t = await openTestCore();
  await setupAdmin(t);
  await createUser(t, NURSE);
  await createUser(t, CHARGE);
  patientId = (await t.ok('patients:create', makePatient())).id;
});
afterEach(async () => {
  await t.close();
});

it('records who viewed which patient’s demographics and which day’s schedule, when and where', async () => {
  await signInAs(t, NURSE);
  t.clock.advanceMinutes(1);
  await t.ok('patients:get', { id: patientId });
  await t.ok('patients:search', { query: 'Quill' });
  await t.ok('schedule:day', { date: '2026-11-27' });
  await signInAs(t, CHARGE);
  const report = await t.ok('audit:record-access', { patientId });
  expect(report[0]).toMatchObject({
    atUtc: '2026-11-27T09:01:00.000Z',
    userName: NURSE.displayName,
    workstation: 'test-workstation',
    action: 'read',
    objectType: 'patient',
    view: 'demographics',
  });
  expect(report.at(-1)).toMatchObject({ action: 'create', userName: ADMIN.displayName });
  const day = await t.ok('audit:list', { objectType: 'schedule', action: 'read' });
  expect(day[0]).toMatchObject({ userName: NURSE.displayName, objectId: '2026-11-27' });
  const searches = await t.ok('audit:list', { objectType: 'patient', action: 'read' });
  expect(searches.some((e) => e.detail?.includes(patientId) && e.detail.includes('"view":"search"'))).toBe(true);
});

it('lets charge nurses and administrators, not nurses, see who looked at a record; looking is itself recorded', async () => {
  await signInAs(t, NURSE);
  expect(await t.call('audit:record-access', { patientId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  await signInAs(t, ADMIN);
  await t.ok('audit:record-access', { patientId });
  const report = await t.ok('audit:record-access', { patientId });
  expect(report[0]).toMatchObject({
    userName: ADMIN.displayName,
    objectType: 'audit_event',
    view: 'record-access-report',
  });
});
