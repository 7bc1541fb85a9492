import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:15:00Z');
});
afterEach(async () => {
  await t.close();
});

it('starts with defaults, saves changes and writes who changed what to the audit trail', async () => {
  expect(await t.ok('settings:get', {})).toEqual({
    language: 'en',
    centerName: '',
    centerPhone24h: '',
    idleLockMinutes: 10,
    weightMaxAgeDays: 7,
    weightMaxChangePercent: 10,
    pinSignIn: false,
    fhirMrnSystem: 'https://chairside.invalid/mrn',
    fhirBaseUrl: 'https://chairside.invalid/fhir',
    paperSize: 'Letter',
  });
  await t.ok('settings:update', { centerPhone24h: '+33 1 23 45 67 89', language: 'fr' });
  expect(await t.ok('settings:get', {})).toMatchObject({ language: 'fr', centerPhone24h: '+33 1 23 45 67 89' });
  const audit = await t.ok('audit:list', {});
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({
    action: 'update',
    objectType: 'settings',
    workstation: 'test-workstation',
    atUtc: '2026-11-27T09:15:00.000Z',
  });
  const detail = JSON.parse(audit[0]!.detail!) as { changed: string[]; before: unknown };
  expect(detail.changed.sort()).toEqual(['centerPhone24h', 'language']);
  expect(detail.before).toEqual({ centerPhone24h: '', language: 'en' });
});

it('refuses an out-of-range idle lock, naming the field, and keeps the saved value', async () => {
  await t.ok('settings:update', { idleLockMinutes: 15 });
  const result = await t.call('settings:update', { idleLockMinutes: 0 });
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'idleLockMinutes' }] } });
  expect((await t.ok('settings:get', {})).idleLockMinutes).toBe(15);
});

it('reports the app, the database path and the schema version', async () => {
  const info = await t.ok('system:info', {});
  expect(info).toMatchObject({ appName: 'Chairside', databasePath: t.databasePath, now: '2026-11-27T09:15:00.000Z' });
  expect(info.schemaVersion).toMatch(/^\d{4}-/);
});

it('keeps the FHIR identifiers as absolute URIs the hospital sets, refusing a bare word or a final slash', async () => {
  await t.ok('settings:update', {
    fhirMrnSystem: 'urn:oid:2.16.840.1.113883.3.999.1',
    fhirBaseUrl: 'https://ehr.example/fhir',
  });
  for (const bad of [{ fhirMrnSystem: 'hospital-mrn' }, { fhirBaseUrl: 'https://ehr.example/fhir/' }]) {
    const result = await t.call('settings:update', bad);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: Object.keys(bad)[0] }] } });
  }
  expect(await t.ok('settings:get', {})).toMatchObject({
    fhirMrnSystem: 'urn:oid:2.16.840.1.113883.3.999.1',
    fhirBaseUrl: 'https://ehr.example/fhir',
  });
});
