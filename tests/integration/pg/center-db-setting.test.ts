import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readCenterCredentials } from '../../../electron/main/core/center-credentials';
import { newCenterKey } from '../../../electron/main/security/open-center-store';
import { databaseAddress } from '../../../electron/main/store/location';
import { MIGRATIONS } from '../../../electron/main/store/migrations';
import { testKeystore } from '../../harness/keystore';
import { ADMIN, CHARGE, createUser, setupAdmin, signInAs } from '../../support/auth';
import { closedLocalPort } from '../../support/center-db';
import { openTestCore, type TestCore } from '../../support/core';
import {
  databaseUrl,
  describeWithPostgres,
  freshCenterDatabase,
  TEST_CENTER_KEY,
  type TestDatabase,
} from '../../support/postgres';

// Settings › Center database › Test connection and Save, through the real router against the real PostgreSQL
// server in CHAIRSIDE_TEST_PG: a migrated center database, an empty one, one that does not exist, a closed port.
// Saving re-tests, then writes the URL to the profile's workstation.json, the password and center key wrapped by
// the keystore, and an audit event naming the database, never the password.

const PASSWORD = 'center-db-password-7Q';

describeWithPostgres('Settings › Center database against a real server', () => {
  let t: TestCore;
  let center: TestDatabase;
  let empty: TestDatabase;
  beforeAll(async () => {
    t = await openTestCore();
    await setupAdmin(t);
    await createUser(t, CHARGE);
    center = await freshCenterDatabase();
    empty = await freshCenterDatabase({ empty: true });
  });
  afterAll(async () => {
    await t.close();
    await center.drop();
    await empty.drop();
  });
  const profileFile = (name: string) => join(t.dir, 'profile', name);

  it('a migrated database with its center key: ok, schema current, key matches, usable', async () => {
    const result = await t.ok('center-db:test', { url: center.url, password: PASSWORD, centerKey: TEST_CENTER_KEY });
    expect(result).toEqual({
      ok: true,
      label: databaseAddress(center.url),
      schema: { state: 'current', pending: 0, command: `npm run center:migrate -- --db ${center.url}` },
      centerKey: 'matches',
      usable: true,
    });
    const otherKey = await t.ok('center-db:test', { url: center.url, centerKey: newCenterKey() });
    expect(otherKey).toMatchObject({ ok: true, centerKey: 'differs', usable: false });
    expect(await t.ok('center-db:test', { url: center.url })).toMatchObject({ ok: true, centerKey: 'not-given' });
  });

  it('an empty database: ok, but IT must run center:migrate (every update pending, no center key yet)', async () => {
    const result = await t.ok('center-db:test', { url: empty.url, centerKey: TEST_CENTER_KEY });
    expect(result).toEqual({
      ok: true,
      label: databaseAddress(empty.url),
      schema: { state: 'empty', pending: MIGRATIONS.length, command: `npm run center:migrate -- --db ${empty.url}` },
      centerKey: 'not-set-up',
      usable: false,
    });
  });

  it('a database that does not exist on the server (3D000), and a closed port on this machine', async () => {
    const missing = databaseUrl('chairside_no_such_database');
    expect(await t.ok('center-db:test', { url: missing })).toMatchObject({
      ok: false,
      reason: 'database-missing',
      params: { detail: '3D000' },
    });
    const port = await closedLocalPort();
    expect(await t.ok('center-db:test', { url: `postgres://postgres@127.0.0.1:${port}/center` })).toMatchObject({
      ok: false,
      reason: 'unreachable',
      params: { host: `127.0.0.1:${port}`, detail: 'ECONNREFUSED' },
    });
  });

  it('refuses a URL with a password and a remote server without verify-full before connecting', async () => {
    const withPassword = center.url.replace('postgres@', 'postgres:hunter2@');
    expect(await t.ok('center-db:test', { url: withPassword })).toMatchObject({ ok: false, reason: 'password-in-url' });
    const remote = 'postgres://chairside@db.hospital.example/center?sslmode=require';
    expect(await t.ok('center-db:test', { url: remote })).toMatchObject({ ok: false, reason: 'tls-required' });
  });

  it('a charge nurse cannot save; an empty database is not saved', async () => {
    await signInAs(t, CHARGE);
    expect(
      await t.call('center-db:save', { url: center.url, password: PASSWORD, centerKey: TEST_CENTER_KEY }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden', issues: [{ code: 'admin-only' }] } });
    await signInAs(t, ADMIN);
    expect(
      await t.ok('center-db:save', { url: empty.url, password: PASSWORD, centerKey: TEST_CENTER_KEY }),
    ).toMatchObject({ saved: false, test: { ok: true, schema: { state: 'empty' } } });
    expect(existsSync(profileFile('workstation.json'))).toBe(false);
  });

  it('saves the URL, the wrapped password and center key, and an audit event without the password', async () => {
    const saved = await t.ok('center-db:save', { url: center.url, password: PASSWORD, centerKey: TEST_CENTER_KEY });
    expect(saved).toEqual({ saved: true, label: databaseAddress(center.url), overriddenBy: null });
    const file = readFileSync(profileFile('workstation.json'), 'utf8');
    expect(JSON.parse(file)).toEqual({ database: center.url });
    expect(readFileSync(profileFile('center-credentials.bin')).includes(PASSWORD)).toBe(false);
    expect(readCenterCredentials(join(t.dir, 'profile'), testKeystore())).toEqual({
      centerKey: TEST_CENTER_KEY,
      databasePassword: PASSWORD,
    });
    const [event] = await t.ok('audit:list', { action: 'center-db-saved' });
    expect(event).toMatchObject({ objectType: 'workstation_setting', objectId: 'test-workstation' });
    expect(JSON.stringify(event)).toContain(databaseAddress(center.url));
    expect(JSON.stringify(event)).not.toContain(PASSWORD);
    expect(await t.ok('center-db:status', {})).toMatchObject({
      savedUrl: center.url,
      passwordSaved: true,
      centerKeySaved: true,
    });
  });

  it('going back to the workstation’s file clears the setting and the credentials, audited', async () => {
    expect(await t.ok('center-db:use-local', {})).toEqual({ cleared: true, overriddenBy: null });
    expect(existsSync(profileFile('workstation.json'))).toBe(false);
    expect(existsSync(profileFile('center-credentials.bin'))).toBe(false);
    const [event] = await t.ok('audit:list', { action: 'center-db-cleared' });
    expect(JSON.stringify(event)).toContain(databaseAddress(center.url));
  });
});
