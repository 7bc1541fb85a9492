import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/main/repositories/audit';
import { StoreError } from '../../../electron/main/store/errors';
import { verifyAudit } from '../../support/audit';
import { aDraft, aPatient, registerTestChartKinds, requestId, setupAdmin } from '../../support/auth';
import { openTestCore, type TestCore } from '../../support/core';
import { testKeystore } from '../../harness/keystore';
import { createCore } from '../../../electron/main/core/create-core';

// The defects of the audit trail found by probing it as its owner would (someone with write access to the
// database file): each test below failed before the keyed chain, and passes now.

let t: TestCore;
beforeAll(registerTestChartKinds);
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.close();
});

const run = (text: string) => t.core.store.prepare(text).run();
const someEvents = async (n = 3) => {
  for (let i = 0; i < n; i += 1) await t.ok('settings:update', { idleLockMinutes: 5 + i });
};
const lastId = () => t.core.store.prepare<{ id: number }>('SELECT max(id) AS id FROM audit_event').get()!.id;

it('chains every event and verifies them all, keyed', async () => {
  await someEvents();
  const report = await verifyAudit(t);
  expect(report).toMatchObject({ intact: true, breakCount: 0, checked: 3, firstBrokenId: null });
  const chains = t.core.store.prepare<{ chain: number }>('SELECT DISTINCT chain FROM audit_event').all();
  expect(chains).toEqual([{ chain: 2 }]);
});

describe('a lone UTF-16 surrogate', () => {
  it('is refused at the contract on a read that audits (chart:list), and the chain stays intact', async () => {
    await someEvents(1);
    const result = await t.call('chart:list', { patientId: 'x\uD800' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'patientId' }] } });
    await someEvents(1);
    expect(await verifyAudit(t)).toMatchObject({ intact: true, checked: 2 });
  });

  it('reaching the audit trail another way, is hashed as SQLite stores it (U+FFFD): the chain still verifies', async () => {
    await t.core.store.db.transaction().execute((trx) =>
      appendAudit(trx, {
        atUtc: '2026-11-27T09:00:00.000Z',
        userId: null,
        workstation: 'w\uDFFF',
        patientId: 'p\uD800',
        action: 'read',
        objectType: 'patient',
        objectId: '\uD83D',
      }),
    );
    await someEvents(2);
    expect(await verifyAudit(t)).toMatchObject({ intact: true, checked: 3 });
    const stored = t.core.store
      .prepare<{ patient_id: string }>('SELECT patient_id FROM audit_event WHERE id = 1')
      .get();
    expect(stored!.patient_id).toBe('p\uFFFD');
  });
});

describe('tamper evidence against the file’s owner', () => {
  it('reports EVERY edited event, each once, not only the first (and not every later one)', async () => {
    await someEvents(6);
    run('DROP TRIGGER audit_event_no_update');
    run("UPDATE audit_event SET workstation = 'elsewhere' WHERE id IN (2, 5)");
    const report = await verifyAudit(t);
    const hashes = report.breaks.filter((b) => b.kind === 'hash').map((b) => b.id);
    expect(hashes).toEqual([2, 5]);
    expect(report.breaks.filter((b) => b.kind === 'link')).toEqual([]);
    expect(report.firstBrokenId).toBe(2);
  });

  it('detects an event edited and the rest re-hashed with the public unkeyed hash', async () => {
    await someEvents(4);
    run('DROP TRIGGER audit_event_no_update');
    // The attacker rewrites event 2 and recomputes the old SHA-256 chain from there on.
    const rows = t.core.store
      .prepare<Record<string, string | null> & { id: number }>('SELECT * FROM audit_event WHERE id >= 2 ORDER BY id')
      .all();
    let prev = t.core.store.prepare<{ hash: string }>('SELECT hash FROM audit_event WHERE id = 1').get()!.hash;
    for (const row of rows) {
      const fields = [
        prev,
        row.at_utc,
        'attacker',
        row.workstation,
        row.patient_id,
        row.action,
        row.object_type,
        row.object_id,
        row.detail,
      ];
      const hash = createHash('sha256').update(JSON.stringify(fields)).digest('hex');
      t.core.store
        .prepare('UPDATE audit_event SET prev_hash = ?, user_id = ?, hash = ?, chain = 1 WHERE id = ?')
        .run(prev, 'attacker', hash, row.id);
      prev = hash;
    }
    const report = await verifyAudit(t);
    expect(report.intact).toBe(false);
    expect(report.breaks.filter((b) => b.kind === 'downgrade').map((b) => b.id)).toEqual([2, 3, 4]);
  });

  it('detects the last events deleted (truncation), through the signed checkpoint kept outside the database', async () => {
    await someEvents(5);
    const checkpoint = t.core.deps.audit.checkpointer.take()!;
    expect(checkpoint).toMatchObject({ seq: 1, count: 5, headId: 5 });
    run('DROP TRIGGER audit_event_no_delete');
    run('DELETE FROM audit_event WHERE id >= 4');
    const report = await verifyAudit(t);
    expect(report.breaks).toEqual(
      expect.arrayContaining([{ kind: 'truncated', id: 5, detail: expect.stringMatching(/gone/) as unknown }]),
    );
  });

  it('refuses to start on a database whose triggers were dropped, naming them, and the verifier lists them', async () => {
    await someEvents(1);
    run('DROP TRIGGER chart_entry_signed_no_update');
    const report = await verifyAudit(t);
    expect(report.breaks).toEqual([
      { kind: 'protections', id: 'chart_entry_signed_no_update', detail: 'trigger missing' },
    ]);
    await t.core.close();
    const error = await createCore({ databasePath: t.databasePath, keystore: testKeystore() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('tampered');
    expect((error as StoreError).message).toContain('chart_entry_signed_no_update');
    t = await openTestCoreAgainOrFresh();
  });

  it('proves each signed chart entry against the fingerprint its signature recorded', async () => {
    await setupAdmin(t);
    const patientId = await aPatient(t);
    const draft = await aDraft(t, patientId);
    await t.ok('chart:sign', { id: draft.id, clientRequestId: requestId() });
    expect(await verifyAudit(t)).toMatchObject({ intact: true, signedEntries: 1 });
    run('DROP TRIGGER chart_entry_signed_no_update');
    run(`UPDATE chart_entry SET payload = '{"text":"Rewritten afterwards."}' WHERE id = '${draft.id}'`);
    const report = await verifyAudit(t);
    expect(report.breaks).toEqual(
      expect.arrayContaining([{ kind: 'content', id: draft.id, detail: expect.any(String) as unknown }]),
    );
  });

  it('finds a signed entry forged straight into the table (no signature event)', async () => {
    await setupAdmin(t);
    const patientId = await aPatient(t);
    const draft = await aDraft(t, patientId);
    await t.ok('chart:sign', { id: draft.id, clientRequestId: requestId() });
    await sql`INSERT INTO chart_entry (id, entry_id, patient_id, kind, status, version, payload, author_id, created_at, updated_at, signed_by, signed_at, client_request_id)
      SELECT 'forged', 'forged', patient_id, kind, 'signed', 1, '{"text":"never happened"}', author_id, created_at, updated_at, signed_by, signed_at, 'forged-request'
      FROM chart_entry WHERE id = ${draft.id}`.execute(t.core.store.db);
    const report = await verifyAudit(t);
    expect(report.breaks).toEqual([{ kind: 'unsigned-entry', id: 'forged', detail: expect.any(String) as unknown }]);
  });

  it('reports progress from the worker on a long trail, and the app keeps answering meanwhile', async () => {
    const insert = t.core.store.prepare(
      `INSERT INTO audit_event (prev_hash, at_utc, user_id, workstation, patient_id, action, object_type, object_id, detail, chain, hash)
       VALUES (?, '2026-11-27T09:00:00Z', NULL, 'w', NULL, 'read', 'x', NULL, NULL, 2,
         chairside_audit_mac(CAST(? AS BLOB), CAST('2026-11-27T09:00:00Z' AS BLOB), NULL, CAST('w' AS BLOB), NULL,
           CAST('read' AS BLOB), CAST('x' AS BLOB), NULL, NULL))`,
    );
    const last = t.core.store.prepare<{ hash: string }>('SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1');
    t.core.store.transaction(() => {
      for (let i = 0; i < 30_000; i += 1) {
        const prev = last.get()?.hash ?? '0'.repeat(64);
        insert.run(prev, prev);
      }
    });
    let status = await t.ok('audit:verify', {});
    const seen = new Set<number>();
    let answered = 0;
    while (status.state === 'running') {
      seen.add(status.checked);
      if ((await t.call('settings:get', {})).ok) answered += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      status = await t.ok('audit:verify-status', { jobId: status.jobId });
    }
    expect(status.report).toMatchObject({ intact: true, checked: 30_000 });
    expect(status.total).toBe(30_000);
    expect(answered).toBeGreaterThan(0);
    expect(lastId()).toBeGreaterThanOrEqual(30_000);
  });
});

async function openTestCoreAgainOrFresh(): Promise<TestCore> {
  return openTestCore();
}
