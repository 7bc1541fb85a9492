import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dropTrigger, recoveryKeyOf, verifyAudit } from '../../support/audit';
import { openTestCore, type TestCore } from '../../support/core';
import {
  ADMIN,
  CHARGE,
  NURSE,
  aDraft,
  aPatient,
  nurseSignedIn,
  registerTestChartKinds,
  requestId,
  signInAs,
} from '../../support/auth';

let t: TestCore;
let ids: Awaited<ReturnType<typeof nurseSignedIn>>;
let patientId: string;
beforeAll(registerTestChartKinds);
beforeEach(async () => {
  t = await openTestCore();
  ids = await nurseSignedIn(t);
  patientId = await aPatient(t);
});
afterEach(async () => {
  await t.close();
});

type Event = {
  action: string;
  user_id: string | null;
  workstation: string;
  patient_id: string | null;
  object_type: string;
  object_id: string | null;
  at_utc: string;
};
const eventsSince = async (id: number) =>
  (
    await sql<Event>`SELECT action, user_id, workstation, patient_id, object_type, object_id, at_utc FROM audit_event WHERE id > ${id} ORDER BY id`.execute(
      t.core.store.db,
    )
  ).rows;
const lastId = async () =>
  (await sql<{ id: number }>`SELECT max(id) AS id FROM audit_event`.execute(t.core.store.db)).rows[0]!.id;

describe('the chart’s audit trail', () => {
  it('records create, update, sign, correct and every read, with UTC time, user, workstation and patient', async () => {
    const start = await lastId();
    const draft = await aDraft(t, patientId);
    await aDraft(t, patientId, { id: draft.id, payload: { text: 'more' } });
    await t.ok('chart:sign', { id: draft.id, clientRequestId: requestId() });
    await t.ok('chart:correct', {
      id: draft.id,
      payload: { text: 'fixed' },
      reason: 'Wrong word',
      clientRequestId: requestId(),
    });
    await t.ok('chart:list', { patientId });
    await t.ok('chart:history', { id: draft.id });
    const events = await eventsSince(start);
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'sign', 'correct', 'read', 'read']);
    for (const e of events) {
      expect(e).toMatchObject({ user_id: ids.nurseId, workstation: 'test-workstation', patient_id: patientId });
      expect(e.at_utc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
    expect(events.map((e) => e.object_type)).toEqual([
      'chart_entry',
      'chart_entry',
      'chart_entry',
      'chart_entry',
      'chart',
      'chart_entry',
    ]);
  });

  it('records lock and unlock', async () => {
    const start = await lastId();
    await t.ok('auth:lock', {});
    await t.ok('auth:unlock', { initials: NURSE.initials, secret: NURSE.secret });
    expect((await eventsSince(start)).map((e) => [e.action, e.user_id])).toEqual([
      ['lock', ids.nurseId],
      ['unlock', ids.nurseId],
    ]);
  });
});

describe('the audit report', () => {
  it('is for charge nurses and administrators, and names users and patients by display name and MRN', async () => {
    expect(await t.call('audit:list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await signInAs(t, CHARGE);
    const events = await t.ok('audit:list', { action: 'create', objectType: 'patient' });
    expect(events[0]).toMatchObject({
      userName: NURSE.displayName,
      patientMrn: expect.stringMatching(/^TEST-/) as unknown,
    });
    const byUser = await t.ok('audit:list', { userId: ids.nurseId });
    expect(byUser.every((e) => e.userName === NURSE.displayName)).toBe(true);
  });
});

describe('audit chain verification', () => {
  it('reports an intact chain, then the edited event, after an edit behind the app’s back', async () => {
    await aDraft(t, patientId);
    await signInAs(t, ADMIN);
    const intact = await verifyAudit(t);
    expect(intact).toMatchObject({ intact: true, firstBrokenId: null, breakCount: 0 });
    expect(intact.checked).toBeGreaterThan(5);
    const target = (
      await sql<{
        id: number;
      }>`SELECT id FROM audit_event WHERE action = 'create' AND object_type = 'chart_entry'`.execute(t.core.store.db)
    ).rows[0]!.id;
    await dropTrigger(t, 'audit_event_no_update', 'audit_event');
    await sql`UPDATE audit_event SET user_id = ${ids.adminId} WHERE id = ${target}`.execute(t.core.store.db);
    const broken = await verifyAudit(t);
    expect(broken.firstBrokenId).toBe(target);
    expect(broken.breaks).toEqual(
      expect.arrayContaining([
        { kind: 'hash', id: target, detail: expect.any(String) as unknown },
        { kind: 'protections', id: 'audit_event_no_update', detail: 'trigger missing' },
      ]),
    );
  });

  it('scripts/audit-verify exits non-zero listing every break, with the recovery key', async () => {
    await aDraft(t, patientId);
    const run = promisify(execFile);
    const script = resolve(import.meta.dirname, '../../../scripts/audit-verify.ts');
    const tsx = resolve(import.meta.dirname, '../../../node_modules/.bin/tsx');
    const args = [script, '--db', t.databasePath, '--recovery-key', recoveryKeyOf(t)];
    const ok = await run(tsx, args);
    expect(ok.stdout).toMatch(/Audit trail intact: \d+ events/);
    await dropTrigger(t, 'audit_event_no_update', 'audit_event');
    await sql`UPDATE audit_event SET action = 'nothing-to-see' WHERE id IN (3, 5)`.execute(t.core.store.db);
    const broken = await run(tsx, args).catch((error: { code: number; stderr: string }) => error);
    expect(broken).toMatchObject({ code: 1 });
    const stderr = (broken as { stderr: string }).stderr;
    expect(stderr).toMatch(/BROKEN: 3 problem/);
    expect(stderr).toMatch(/hash +3 /);
    expect(stderr).toMatch(/hash +5 /);
    expect(stderr).toMatch(/protections +audit_event_no_update/);
  });

  it('refuses to read the trail without the key', async () => {
    const run = promisify(execFile);
    const script = resolve(import.meta.dirname, '../../../scripts/audit-verify.ts');
    const tsx = resolve(import.meta.dirname, '../../../node_modules/.bin/tsx');
    const refused = await run(tsx, [script, '--db', t.databasePath]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringMatching(/recovery.key/) as unknown });
  });
});
