import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { makePatient } from '../../support/patients';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
});
afterEach(async () => {
  await t.close();
});

it('creates a patient, reads it back and records the creation in the audit trail', async () => {
  const created = await t.ok('patients:create', makePatient({ mrn: 'demo-000123', notes: 'Prefers the window chair' }));
  expect(created).toMatchObject({
    mrn: 'DEMO-000123',
    familyName: 'Quillfeather',
    weightKg: 68.5,
    createdAt: '2026-11-27T09:00:00.000Z',
  });
  expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(await t.ok('patients:get', { id: created.id })).toEqual(created);

  // Reading the record is audited too (newest first: the read, then the creation).
  const [read, event] = await t.ok('audit:list', { patientId: created.id });
  expect(read).toMatchObject({ action: 'read', objectType: 'patient', objectId: created.id });
  expect(event).toMatchObject({
    action: 'create',
    objectType: 'patient',
    objectId: created.id,
    workstation: 'test-workstation',
  });
  const detail = JSON.parse(event!.detail!) as { changed: string[]; after: Record<string, unknown> };
  expect(detail.changed).toContain('notes');
  expect(detail.after).toMatchObject({ mrn: 'DEMO-000123', weightKg: 68.5 });
  expect(event!.detail).not.toContain('window chair');
});

it('fills the optional fields with their defaults', async () => {
  const created = await t.ok('patients:create', {
    mrn: 'M1',
    familyName: 'Brindlewick',
    givenName: 'Otto',
    birthDate: '1950-01-01',
    sex: 'male',
  });
  expect(created).toMatchObject({
    weightKg: null,
    weightMeasuredOn: null,
    allergies: null,
    preferredLanguage: 'en',
    phone: '',
    notes: '',
    preferredWindow: 'any',
  });
});

it('updates only the fields sent and audits a before/after diff of what changed', async () => {
  const created = await t.ok('patients:create', makePatient({ notes: 'first note' }));
  t.clock.advanceMinutes(30);
  const updated = await t.ok('patients:update', {
    id: created.id,
    weightKg: 66,
    weightMeasuredOn: '2026-11-27',
    notes: 'second note',
    expectedUpdatedAt: created.updatedAt,
  });
  expect(updated).toMatchObject({
    ...created,
    weightKg: 66,
    weightMeasuredOn: '2026-11-27',
    notes: 'second note',
    updatedAt: '2026-11-27T09:30:00.000Z',
  });

  const [event] = await t.ok('audit:list', { patientId: created.id, action: 'update' });
  const detail = JSON.parse(event!.detail!) as { changed: string[]; before: unknown; after: unknown };
  expect(detail.changed.sort()).toEqual(['notes', 'weightKg', 'weightMeasuredOn']);
  expect(detail.before).toEqual({ weightKg: 68.5, weightMeasuredOn: '2026-11-20' });
  expect(detail.after).toEqual({ weightKg: 66, weightMeasuredOn: '2026-11-27' });
  expect(event!.detail).not.toMatch(/first note|second note/);
});

it('writes nothing, not even an audit row, when an update changes nothing', async () => {
  const created = await t.ok('patients:create', makePatient());
  const before = t.core.store.totalChanges();
  expect(await t.ok('patients:update', { id: created.id, familyName: created.familyName })).toEqual(created);
  expect(t.core.store.totalChanges()).toBe(before);
});

it('refuses a save over a newer change made elsewhere', async () => {
  const created = await t.ok('patients:create', makePatient());
  t.clock.advanceMinutes(1);
  await t.ok('patients:update', { id: created.id, phone: '555 0100' });
  const stale = await t.call('patients:update', {
    id: created.id,
    phone: '555 0199',
    expectedUpdatedAt: created.updatedAt,
  });
  expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  expect((await t.ok('patients:get', { id: created.id })).phone).toBe('555 0100');
});

it('answers not-found for an unknown patient, without echoing the id', async () => {
  const result = await t.call('patients:get', { id: 'no-such-patient' });
  expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  expect(JSON.stringify(result)).not.toContain('no-such-patient');
});
