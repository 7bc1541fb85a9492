import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../../electron/main/core/clock';
import { createCore } from '../../../electron/main/core/create-core';
import { deriveKeyMaterial } from '../../../electron/main/security/key-material';
import { parseRecoveryKey } from '../../../electron/main/security/recovery-key';
import { dayViewRows } from '../../../electron/main/repositories/day-view';
import { verifyCenterAudit } from '../../../electron/main/store/audit-verify-center';
import { toolKeys } from '../../../electron/main/security/tool-keys';
import { importIntoCenter } from '../../../electron/main/services/center/center-import';
import { openStore } from '../../../electron/main/store/database';
import { parseDatabaseSetting } from '../../../electron/main/store/location';
import { testKeystore } from '../../harness/keystore';
import { checkIn, openWorld, signedAssessment, TODAY } from '../charting/setup';
import { describeWithPostgres, freshCenterDatabase, TEST_CENTER_KEY, type TestDatabase } from '../../support/postgres';
import { queryRow } from '../../support/rows';

// npm run center:import on a real workstation file (encrypted, as the app writes it) and a real center
// database: every table, the audit chain re-sealed with the center key, counts and chain checked; refusals
// of a non-empty center database, a file of another version and a tampered file leave the server empty.

let file: string;
let dir: string;
let bookedPatient: string;
beforeAll(async () => {
  // The workstation's own file: this one world is built on SQLite even in the PostgreSQL pass.
  const dialect = process.env.CHAIRSIDE_TEST_DIALECT;
  process.env.CHAIRSIDE_TEST_DIALECT = 'sqlite';
  try {
    const w = await openWorld();
    await checkIn(w);
    await signedAssessment(w);
    bookedPatient = w.patientId;
    dir = w.t.dir;
    file = join(dir, 'copy.sqlite3');
    await w.t.core.store.backup(file);
    copyFileSync(`${w.t.databasePath}.keys.json`, `${file}.keys.json`);
    await w.t.core.close();
  } finally {
    process.env.CHAIRSIDE_TEST_DIALECT = dialect;
  }
}, 120_000);

describeWithPostgres('center:import', () => {
  const cleanup: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  const target = async (): Promise<TestDatabase> => {
    const db = await freshCenterDatabase();
    cleanup.push(() => db.drop());
    return db;
  };
  const run = (from: string, db: TestDatabase) => {
    const to = parseDatabaseSetting(db.url);
    if (to.kind !== 'postgres') throw new Error('not a postgres URL');
    const { keys, encrypted } = toolKeys(from, { keystore: testKeystore() });
    return importIntoCenter({
      from,
      sourceKeys: keys,
      encrypted,
      to,
      centerKey: TEST_CENTER_KEY,
      now: new Date('2026-11-28T07:00:00Z'),
      workstation: 'center-import test',
    });
  };
  const centerCore = async (db: TestDatabase) => {
    const core = await createCore({
      databasePath: db.url,
      centerKey: TEST_CENTER_KEY,
      clock: fixedClock(`${TODAY}T11:00:00Z`),
      checkpointEveryMinutes: 0,
      workstation: 'center-2',
    });
    cleanup.push(() => core.close());
    return core;
  };
  const audits = async (db: TestDatabase) => {
    const core = await centerCore(db);
    return Number((await queryRow<{ n: number }>(core.store, 'SELECT count(*) AS n FROM audit_event'))!.n);
  };

  it('copies every table of an encrypted workstation file; the center serves it and its chain verifies', async () => {
    const db = await target();
    const report = await run(file, db);
    const rows = new Map(report.tables.map((t) => [t.table, t.rows]));
    expect(rows.get('patient')).toBe(1);
    expect(rows.get('appointment')).toBe(1);
    expect(rows.get('chart_entry')).toBeGreaterThanOrEqual(2);
    expect(rows.get('lab_result')).toBeGreaterThan(0);
    expect(report.signedEntries).toBeGreaterThanOrEqual(2);
    expect(report.auditEvents).toBe(rows.get('audit_event')! + 1);

    const core = await centerCore(db);
    expect((await dayViewRows(core.store.db, TODAY)).map((a) => a.patient_id)).toEqual([bookedPatient]);
    const verified = await verifyCenterAudit(
      core.store.db,
      deriveKeyMaterial(parseRecoveryKey(TEST_CENTER_KEY)!).auditKey,
    );
    expect(verified).toMatchObject({ breakCount: 0, total: report.auditEvents });
    const last = await queryRow<{ action: string; detail: string }>(
      core.store,
      'SELECT action, detail FROM audit_event ORDER BY id DESC LIMIT 1',
    );
    expect(last?.action).toBe('center.import');
    const detail = JSON.parse(last!.detail) as { file: string; fileChainHead: { id: number; hash: string } };
    expect(detail.file).toBe('copy.sqlite3');
    expect(detail.fileChainHead.id).toBe(rows.get('audit_event'));
    expect(detail.fileChainHead.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a center database that already holds work, and writes nothing more', async () => {
    const db = await target();
    await run(file, db);
    const before = await audits(db);
    await expect(run(file, db)).rejects.toThrow(/not empty \(.*patient/);
    expect(await audits(db)).toBe(before);
  });

  it('refuses a file of an older or a newer Chairside, and a file whose audit trail was edited', async () => {
    const db = await target();
    const { keys } = toolKeys(file, { keystore: testKeystore() });
    const variant = (name: string, statements: string[]) => {
      const path = join(dir, `${name}.sqlite3`);
      copyFileSync(file, path);
      copyFileSync(`${file}.keys.json`, `${path}.keys.json`);
      const store = openStore(path, { key: keys.databaseKey });
      for (const statement of statements) store.prepare(statement).run();
      void store.close();
      return path;
    };
    const older = variant('older', ["DELETE FROM kysely_migration WHERE name = '0700-report-indexes'"]);
    await expect(run(older, db)).rejects.toThrow(/is 1 update behind this version/);
    const newer = variant('newer', ["INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-later', 'x')"]);
    await expect(run(newer, db)).rejects.toThrow(/newer version of Chairside \(9999-later\)/);
    const edited = variant('edited', [
      'DROP TRIGGER audit_event_no_update',
      "UPDATE audit_event SET workstation = 'elsewhere' WHERE id = 3",
    ]);
    await expect(run(edited, db)).rejects.toThrow(/audit trail of .* is broken .* first at event 3/);
    expect(await audits(db)).toBe(0);
  });
});
