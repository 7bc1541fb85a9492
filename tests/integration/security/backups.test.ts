import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/main/core/create-core';
import { openStore } from '../../../electron/main/store/database';
import { isPlainDatabase } from '../../../electron/main/store/raw';
import { testKeystore } from '../../harness/keystore';
import { verifyAudit } from '../../support/audit';
import { openTestCore, type TestCore } from '../../support/core';
import { makePatient } from '../../support/patients';

// There was no backup a user could make or restore. Backups are online (SQLite), encrypted, kept N deep,
// made on a schedule and on quit; a restore verifies the file first and keeps the file it replaces.

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.close();
});

const folder = () => join(t.dir, 'backups');
const reopen = async () => {
  await t.core.close();
  t.core = await createCore({
    databasePath: t.databasePath,
    keystore: testKeystore(),
    clock: t.clock,
    checkpointEveryMinutes: 0,
  });
};
const names = async () =>
  (await t.ok('patients:search', { query: 'Backupson', limit: 50 })).map((p) => p.givenName).sort();

describe('backing up', () => {
  it('"Back up now" writes an encrypted, owner-only copy that the status lists', async () => {
    await t.ok('patients:create', makePatient({ familyName: 'Backupson' }));
    const made = await t.ok('backup:now', {});
    expect(made).toMatchObject({ reason: 'manual', atUtc: '2026-11-27T09:00:00.000Z' });
    const file = join(folder(), made.file);
    expect(isPlainDatabase(file)).toBe(false);
    expect(readFileSync(file).includes(Buffer.from('Backupson'))).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect((await t.ok('backup:status', {})).backups).toEqual([made]);
  });

  it('keeps the last N, in the folder the center chose', async () => {
    const elsewhere = join(t.dir, 'offsite');
    await t.ok('backup:configure', { folder: elsewhere, keep: 2 });
    for (let i = 0; i < 4; i += 1) {
      await t.ok('backup:now', {});
      t.clock.advanceMinutes(60);
    }
    const status = await t.ok('backup:status', {});
    expect(status.folder).toBe(elsewhere);
    expect(status.backups.map((b) => b.atUtc)).toEqual(['2026-11-27T12:00:00.000Z', '2026-11-27T11:00:00.000Z']);
    expect(readdirSync(elsewhere)).toHaveLength(2);
  });

  it('backs up daily by default (when due) and when the app closes', async () => {
    const backups = t.core.deps.backups;
    expect(await backups.runIfDue()).toMatchObject({ reason: 'scheduled' });
    t.clock.advanceMinutes(23 * 60);
    expect(await backups.runIfDue()).toBeNull();
    t.clock.advanceMinutes(60);
    expect(await backups.runIfDue()).toMatchObject({ reason: 'scheduled' });
    await t.core.close();
    t.core = await createCore({
      databasePath: t.databasePath,
      keystore: testKeystore(),
      clock: t.clock,
      scheduledBackups: true,
      checkpointEveryMinutes: 0,
    });
    await t.core.close();
    t.core = await createCore({
      databasePath: t.databasePath,
      keystore: testKeystore(),
      clock: t.clock,
      checkpointEveryMinutes: 0,
    });
    expect((await t.ok('backup:status', {})).backups.map((b) => b.reason)).toContain('quit');
  });
});

describe('restoring', () => {
  it('verifies, stages, swaps in at the next start, keeps the replaced file, and the trail still verifies', async () => {
    await t.ok('patients:create', makePatient({ familyName: 'Backupson', givenName: 'Before' }));
    const backup = await t.ok('backup:now', {});
    t.clock.advanceMinutes(5);
    await t.ok('patients:create', makePatient({ familyName: 'Backupson', givenName: 'After' }));
    t.core.deps.audit.checkpointer.take();
    const result = await t.ok('backup:restore', { file: backup.file });
    expect(result).toMatchObject({ from: backup.file, integrity: 'ok', restartNeeded: true, chain: { intact: true } });
    expect(await names()).toEqual(['After', 'Before']);
    await reopen();
    expect(await names()).toEqual(['Before']);
    const replaced = readdirSync(t.dir).filter((f) => f.includes('.replaced-'));
    expect(replaced.length).toBeGreaterThan(0);
    expect(await verifyAudit(t)).toMatchObject({ intact: true });
    const events = await t.ok('audit:list', { objectType: 'backup' });
    expect(events.map((e) => e.action)).toContain('restore-applied');
  });

  it('refuses a damaged backup, one whose audit trail was tampered with, and one of another database', async () => {
    const damaged = await t.ok('backup:now', {});
    const bytes = readFileSync(join(folder(), damaged.file));
    bytes.fill(7, 4096 * 2, 4096 * 3);
    writeFileSync(join(folder(), damaged.file), bytes);
    expect(await t.call('backup:restore', { file: damaged.file })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });

    t.clock.advanceMinutes(1);
    await t.ok('settings:update', { centerName: 'A' });
    const tampered = await t.ok('backup:now', {});
    const keys = t.core.deps.secure.keys;
    const copy = openStore(join(folder(), tampered.file), { key: keys.databaseKey, auditKey: keys.auditKey });
    copy.prepare('DROP TRIGGER audit_event_no_update').run();
    copy.prepare("UPDATE audit_event SET workstation = 'x' WHERE id = 1").run();
    await copy.close();
    const refused = await t.call('backup:restore', { file: tampered.file });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/audit trail has \d+ breaks?\./) as unknown },
    });
    // The screen words the reason in the reader's language, the count with its plural form.
    const issue = refused.ok ? undefined : refused.error.issues[0];
    expect(issue).toMatchObject({ code: 'backup-audit-broken', params: { file: tampered.file } });
    expect(issue!.params!.count).toBeGreaterThan(0);
    expect(issue!.message).not.toContain('(s)');

    const stranger = await openTestCore();
    const foreign = await stranger.ok('backup:now', {});
    const foreignBytes = readFileSync(join(stranger.dir, 'backups', foreign.file));
    await stranger.close();
    const name = `chairside-2026-11-27T09-30-00-000Z-manual.sqlite3`;
    writeFileSync(join(folder(), name), foreignBytes);
    expect(await t.call('backup:restore', { file: name })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(existsSync(`${t.databasePath}.restore-pending`)).toBe(false);
  });
});
