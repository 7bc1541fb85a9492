import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { plainKeystore } from '../../../electron/main/core/keystore';
import { testCenterConnection } from '../../../electron/main/services/center-db/connection-test';
import { CHARGE, NURSE, createUser, setupAdmin, signInAs } from '../../support/auth';
import { closedLocalPort } from '../../support/center-db';
import { openTestCore, type TestCore } from '../../support/core';

// Settings › Center database on a workstation's own file, through the real router: the status, who may test and
// save, what a refused or failed test answers, and that nothing is saved without a passing test. The tests
// against a real PostgreSQL server are in tests/integration/pg/center-db-setting.test.ts.

let t: TestCore;
const opened: TestCore[] = [];
async function openCore(...args: Parameters<typeof openTestCore>): Promise<void> {
  t = await openTestCore(...args);
  opened.push(t);
}
afterEach(async () => {
  for (const core of opened.splice(0)) await core.close();
});

const profileFile = (name: string) => join(t.dir, 'profile', name);

describe('the status of this workstation’s database', () => {
  it('names the embedded file, where the setting came from, and that nothing is saved', async () => {
    await openCore('2026-11-27T09:00:00Z', { databaseSource: 'command-line' });
    await setupAdmin(t);
    expect(await t.ok('center-db:status', {})).toEqual({
      mode: 'embedded',
      label: t.databasePath,
      source: 'command-line',
      savedUrl: null,
      passwordSaved: false,
      centerKeySaved: false,
      keystoreSecure: true,
    });
  });

  it('is read by a charge nurse, who can neither test nor save nor go back to the file; a nurse reads nothing', async () => {
    await openCore();
    await setupAdmin(t);
    await createUser(t, CHARGE);
    await createUser(t, NURSE);
    await signInAs(t, CHARGE);
    expect((await t.ok('center-db:status', {})).mode).toBe('embedded');
    const url = `postgres://chairside@127.0.0.1:${await closedLocalPort()}/center`;
    for (const [channel, input] of [
      ['center-db:test', { url }],
      ['center-db:save', { url, password: 'pw', centerKey: 'k' }],
      ['center-db:use-local', {}],
    ] as const) {
      expect(await t.core.dispatch(channel, input), channel).toMatchObject({
        ok: false,
        error: { code: 'forbidden', issues: [{ code: 'admin-only' }] },
      });
    }
    await signInAs(t, NURSE);
    expect(await t.call('center-db:status', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('a connection test that fails', () => {
  it.each([
    ['postgres://chairside:hunter2@127.0.0.1:5432/center', 'password-in-url', '127.0.0.1:5432'],
    ['postgres://chairside@db.hospital.example:5432/center', 'tls-required', 'db.hospital.example:5432'],
    ['db.hospital.example/center', 'bad-url', ''],
  ])('%s is refused before connecting: %s', async (url, reason, host) => {
    await openCore();
    await setupAdmin(t);
    expect(await t.ok('center-db:test', { url })).toMatchObject({ ok: false, reason, params: { host } });
  });

  it('names a closed port on this machine as unreachable, with the host and the driver’s code', async () => {
    await openCore();
    await setupAdmin(t);
    const port = await closedLocalPort();
    const result = await t.ok('center-db:test', { url: `postgres://chairside@127.0.0.1:${port}/center` });
    expect(result).toEqual({
      ok: false,
      reason: 'unreachable',
      params: { host: `127.0.0.1:${port}`, detail: 'ECONNREFUSED' },
      message: `No server answers at the center database 127.0.0.1:${port}/center (host unreachable: ECONNREFUSED).`,
    });
  });
});

it('a server that takes the connection and never answers is a timeout, within the time box', async () => {
  const silent = createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as AddressInfo;
  try {
    const started = performance.now();
    const result = await testCenterConnection(
      { url: `postgres://chairside@127.0.0.1:${port}/center` },
      { workstation: 'test', timeoutMs: 400 },
    );
    expect(result).toMatchObject({ ok: false, reason: 'timeout', params: { host: `127.0.0.1:${port}` } });
    expect(performance.now() - started).toBeLessThan(3000);
  } finally {
    silent.close();
  }
});

describe('saving', () => {
  it('saves nothing when the test inside the save fails, and answers with that test', async () => {
    await openCore();
    await setupAdmin(t);
    const url = `postgres://chairside@127.0.0.1:${await closedLocalPort()}/center`;
    const result = await t.ok('center-db:save', { url, password: 'pw-secret', centerKey: 'key' });
    expect(result).toMatchObject({ saved: false, test: { ok: false, reason: 'unreachable' } });
    expect(existsSync(profileFile('workstation.json'))).toBe(false);
    expect(existsSync(profileFile('center-credentials.bin'))).toBe(false);
    expect(await t.ok('audit:list', { action: 'center-db-saved' })).toEqual([]);
  });

  it('is refused, in words, where the computer has no protected keystore', async () => {
    await openCore('2026-11-27T09:00:00Z', { keystore: plainKeystore, unencryptedDatabase: true });
    await setupAdmin(t);
    expect((await t.ok('center-db:status', {})).keystoreSecure).toBe(false);
    const url = 'postgres://chairside@127.0.0.1:5432/center';
    expect(await t.call('center-db:save', { url, password: 'pw', centerKey: 'key' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', issues: [{ code: 'keystore-not-secure' }] },
    });
  });

  it('going back to the workstation’s file with nothing saved changes and audits nothing', async () => {
    await openCore();
    await setupAdmin(t);
    expect(await t.ok('center-db:use-local', {})).toEqual({ cleared: false, overriddenBy: null });
    expect(await t.ok('audit:list', { action: 'center-db-cleared' })).toEqual([]);
  });
});
