import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../electron/main/core/clock';
import { createCore, type Core } from '../../../electron/main/core/create-core';
import type { CoreOptions } from '../../../electron/main/core/build-deps';
import { StoreError } from '../../../electron/main/store/errors';
import { openStore } from '../../../electron/main/store/database';
import { isPlainDatabase } from '../../../electron/main/store/raw';
import { testKeystore } from '../../harness/keystore';
import { makePatient } from '../../support/patients';

// Patient data at rest: the database, its WAL and its backups are encrypted (SQLCipher 4, a random 256-bit
// key wrapped by the OS keystore), owner-only, recoverable with the recovery key, and a plain database
// left by an older version is encrypted through a verified copy.

let dir: string;
let path: string;
const opened: Core[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chairside-crypt-'));
  path = join(dir, 'data', 'chairside.sqlite3');
});
afterEach(async () => {
  for (const core of opened.splice(0)) await core.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

async function core(options: Partial<CoreOptions> = {}): Promise<Core> {
  const c = await createCore({
    databasePath: path,
    clock: fixedClock('2026-11-27T09:00:00Z'),
    keystore: testKeystore(),
    checkpointEveryMinutes: 0,
    ...options,
  });
  opened.push(c);
  return c;
}
const close = async (c: Core) => {
  opened.splice(opened.indexOf(c), 1);
  await c.close();
};
const PATIENT = makePatient({ familyName: 'Quillfeatherstone' });

/** Every file under the data folder that contains the text, as bytes. */
function filesContaining(text: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const file = join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (readFileSync(file).includes(Buffer.from(text))) found.push(file);
    }
  };
  walk(join(dir, 'data'));
  return found;
}

describe('a new database', () => {
  it('is encrypted, WAL included, and its files and folders are owner-only', async () => {
    const c = await core();
    const created = await c.dispatch('patients:create', PATIENT);
    expect(created.ok).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(isPlainDatabase(path)).toBe(false);
    expect(filesContaining('Quillfeatherstone')).toEqual([]);
    for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}.keys.json`]) {
      expect(statSync(file).mode & 0o777, file).toBe(0o600);
    }
    expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700);
    await c.deps.store.backup(join(dir, 'data', 'backups', 'copy.sqlite3'));
    expect(statSync(join(dir, 'data', 'backups', 'copy.sqlite3')).mode & 0o777).toBe(0o600);
    expect(filesContaining('Quillfeatherstone')).toEqual([]);
  });

  it('cannot be opened without its key', async () => {
    await close(await core());
    expect(() => openStore(path, { readonly: true })).toThrow(StoreError);
    expect(() => openStore(path, { readonly: true })).toThrow(/cannot be read with this computer's key/);
  });

  it('keeps the recovery key out of the key file, shows it until an administrator confirms, then never again', async () => {
    const c = await core();
    const shown = await c.dispatch('security:recovery-key', {});
    expect(shown).toMatchObject({
      ok: true,
      value: { recoveryKey: expect.stringMatching(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/) as unknown },
    });
    const key = shown.ok ? (shown.value as { recoveryKey: string }).recoveryKey : '';
    expect(readFileSync(`${path}.keys.json`, 'utf8')).not.toContain(key.replace(/-/g, '').slice(0, 12));
    await close(c);
    const again = await core();
    expect((await again.dispatch('security:status', {})).ok && again.deps.secure.security.pendingRecoveryKey).toBe(key);
    await again.dispatch('security:confirm-recovery-key', {});
    await close(again);
    const later = await core();
    expect(await later.dispatch('security:recovery-key', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('a lost keystore (new OS profile or computer)', () => {
  it('refuses to open, naming the recovery path; the recovery key opens it and re-wraps the key', async () => {
    const first = await core();
    const recoveryKey = first.deps.secure.security.pendingRecoveryKey!;
    await first.dispatch('patients:create', PATIENT);
    await close(first);
    const otherProfile = testKeystore('another-profile');
    const refused = await core({ keystore: otherProfile }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreError);
    expect((refused as StoreError).kind).toBe('key-unavailable');
    expect((refused as StoreError).message).toMatch(/recovery key/);
    const wrongKey = await core({ keystore: otherProfile, recoveryKey: recoveryKey.replace(/^..../, 'ZZZZ') }).catch(
      (e: unknown) => e,
    );
    expect((wrongKey as StoreError).kind).toBe('key-unavailable');
    const recovered = await core({ keystore: otherProfile, recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' ') });
    const found = await recovered.dispatch('patients:search', { query: 'Quillfeatherstone' });
    expect(found).toMatchObject({ ok: true, value: [expect.objectContaining({ familyName: 'Quillfeatherstone' })] });
    await close(recovered);
    expect((await core({ keystore: otherProfile })).deps.secure.security.encrypted).toBe(true);
  });
});

describe('an existing plain database', () => {
  it('is encrypted at start-up through a verified copy; no plain copy of it remains, backups included', async () => {
    const plain = await core({ unencryptedDatabase: true });
    for (let i = 0; i < 30; i += 1)
      await plain.dispatch('patients:create', makePatient({ familyName: 'Quillfeatherstone' }));
    await plain.deps.store.backup(join(dir, 'data', 'backups', 'chairside.sqlite3.before-migration.sqlite3'));
    await close(plain);
    expect(isPlainDatabase(path)).toBe(true);
    expect(filesContaining('Quillfeatherstone').length).toBeGreaterThan(0);
    const encrypted = await core();
    expect(encrypted.deps.secure.security.encryptedFromPlain).toMatchObject({ rows: expect.any(Number) as unknown });
    expect(encrypted.deps.secure.security.encryptedFromPlain!.rows).toBeGreaterThan(30);
    expect(isPlainDatabase(path)).toBe(false);
    const found = await encrypted.dispatch('patients:search', { query: 'Quillfeatherstone', limit: 50 });
    expect(found.ok && (found.value as unknown[]).length).toBe(30);
    expect(filesContaining('Quillfeatherstone')).toEqual([]);
    expect(readdirSync(join(dir, 'data')).filter((f) => f.includes('plain') || f.includes('encrypting'))).toEqual([]);
  });
});

describe('refusing to run unencrypted', () => {
  it('refuses without a keystore, or with an insecure one, unless the documented setting allows it', async () => {
    const none = await core({ keystore: undefined }).catch((e: unknown) => e);
    expect((none as StoreError).kind).toBe('unencrypted-refused');
    expect((none as StoreError).message).toMatch(/CHAIRSIDE_UNENCRYPTED_DATABASE=1/);
    const weak = await core({ keystore: { ...testKeystore(), isSecure: false } }).catch((e: unknown) => e);
    expect((weak as StoreError).kind).toBe('unencrypted-refused');
    const allowed = await core({ keystore: undefined, unencryptedDatabase: true });
    expect(allowed.deps.secure.security).toMatchObject({ encrypted: false, keystore: 'none' });
  });
});
