import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, expect, it } from 'vitest';
import { createChromiumPlatform, type ChromiumPlatform } from '../../harness/platform';
import { setupAdmin } from '../../support/auth';
import { openTestCore, type TestCore } from '../../support/core';
import { pdfPageSize, pdfToText } from '../../support/pdf';
import { addPatient, makeCenter, startPlan } from '../../support/schedule';

// One click, for when the workstation or the center server is down: today's schedule and each booked
// patient's regimen, allergies and last infusion reaction, on paper.

let platform: ChromiumPlatform;
let t: TestCore;
beforeAll(() => {
  platform = createChromiumPlatform();
});
afterAll(() => platform.close());
beforeEach(async () => {
  t = await openTestCore('2026-11-30T07:00:00Z', { platform });
  platform.printed.length = 0;
});
afterEach(async () => {
  await t.close();
});

it('prints today’s schedule with each patient’s regimen, allergies and last reaction, and records the read', async () => {
  const admin = (await setupAdmin(t)).user!.id;
  await makeCenter(t);
  const patientId = await addPatient(t, { familyName: 'Downtimer', allergies: 'Penicillin (rash)' });
  const plan = await startPlan(t, patientId);
  await t.ok('schedule:book-plan', { planId: plan.id });
  await addPatient(t, { familyName: 'Notbooked' });
  // A signed reaction, written straight into the store (through the query builder: either dialect).
  await t.core.store.db
    .insertInto('chart_entry')
    .values({
      id: 'r1',
      entry_id: 'r1',
      patient_id: patientId,
      kind: 'reaction',
      status: 'signed',
      version: 1,
      payload: '{"grade":2,"symptoms":["flushing"]}',
      author_id: admin,
      created_at: 't',
      updated_at: 't',
      signed_by: admin,
      signed_at: '2026-11-02T10:00:00Z',
      client_request_id: 'req-r1',
    })
    .execute();
  const result = await t.ok('downtime:print', {});
  expect(result).toMatchObject({ done: true, appointments: 1 });
  expect(platform.printed).toHaveLength(1);
  const pdf = join(t.dir, 'downtime.pdf');
  writeFileSync(pdf, platform.printed[0]!.pdf);
  const text = (await pdfToText(pdf, { layout: false })).replace(/\s+/g, ' ');
  expect(text).toMatch(/Downtime sheet/);
  expect(text).toMatch(/DOWNTIMER/);
  expect(text).toMatch(/Penicillin \(rash\)/);
  expect(text).toMatch(/2026-11-02: grade 2 \(flushing\)/);
  expect(text).toMatch(/Pembrolizumab|pembrolizumab/);
  expect(text).not.toMatch(/NOTBOOKED/);
  const reads = await t.ok('audit:list', { objectType: 'schedule', action: 'read' });
  expect(reads[0]!.detail).toMatch(/downtime-sheet/);
});

it('saves the sheet as an owner-only PDF (saved patient documents are 0600 like the database)', async () => {
  await setupAdmin(t);
  const result = await t.ok('downtime:save', {});
  expect(result).toMatchObject({ done: true, fileName: 'downtime-2026-11-30.pdf' });
  const file = join(platform.saveDir, result.fileName!);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  // Landscape on the center's paper: Letter by default (792 pt wide), A4 once Settings says so (842 pt).
  expect(Math.round((await pdfPageSize(file)).width)).toBe(792);
  await t.ok('settings:update', { paperSize: 'A4' });
  const a4 = await t.ok('downtime:save', {});
  expect(Math.round((await pdfPageSize(join(platform.saveDir, a4.fileName!))).width)).toBe(842);
});
