import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/main/core/create-core';
import { openAndMigrate } from '../../../electron/main/store/migrate';
import { testKeystore } from '../../harness/keystore';
import type { AuditChainReport } from '../../../shared/ipc/contract/audit';

/** The chain check straight from the core's job runner (the database's accounts have no usable secret). */
async function verifyCore(c: Core): Promise<AuditChainReport> {
  let status = c.deps.audit.jobs.start();
  while (status.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 25));
    status = c.deps.audit.jobs.status(status.jobId);
  }
  return status.report!;
}

// A database from before the keyed chain: its signed entries' signature events carry no fingerprint. The
// first start of this version seals them, so a later edit is caught like any other.

let dir: string;
let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
  rmSync(dir, { recursive: true, force: true });
});

async function oldDatabase(path: string): Promise<void> {
  const { store } = await openAndMigrate(path, { upTo: '0110-patient-no-double-booking' });
  const db = store.db;
  await sql`INSERT INTO user_account (id, display_name, initials, role, secret_kind, secret_hash, created_at, updated_at)
    VALUES ('u1', 'Marie Tremblay', 'MT', 'nurse', 'password', 'scrypt$32768$8$1$c2FsdA==$a2V5', 't', 't')`.execute(db);
  await sql`INSERT INTO patient (id, mrn, mrn_search, family_name, given_name, search_name, birth_date, sex, preferred_language, created_at, updated_at)
    VALUES ('p1', 'DEMO-1', 'DEMO1', 'Quillfeather', 'Hélène', 'quillfeather helene', '1961-03-12', 'female', 'fr', 'x', 'x')`.execute(
    db,
  );
  await sql`INSERT INTO chart_entry (id, entry_id, patient_id, kind, status, version, payload, author_id, created_at, updated_at, signed_by, signed_at, client_request_id)
    VALUES ('e1', 'e1', 'p1', 'test-note', 'signed', 1, '{"text":"Tolerated well."}', 'u1', 't', 't', 'u1', 't', 'r1')`.execute(
    db,
  );
  const fields = ['0'.repeat(64), '2026-01-01T00:00:00.000Z', 'u1', 'old-ws', 'p1', 'sign', 'chart_entry', 'e1', null];
  const hash = createHash('sha256').update(JSON.stringify(fields)).digest('hex');
  await sql`INSERT INTO audit_event (prev_hash, at_utc, user_id, workstation, patient_id, action, object_type, object_id, detail, hash)
    VALUES (${fields[0]}, ${fields[1]}, 'u1', 'old-ws', 'p1', 'sign', 'chart_entry', 'e1', NULL, ${hash})`.execute(db);
  await store.close();
}

it('seals entries signed before the keyed chain at the first start; a later edit is then detected', async () => {
  dir = mkdtempSync(join(tmpdir(), 'chairside-seal-'));
  const path = join(dir, 'chairside.sqlite3');
  await oldDatabase(path);
  core = await createCore({ databasePath: path, keystore: testKeystore(), checkpointEveryMinutes: 0 });
  expect(await verifyCore(core)).toMatchObject({ intact: true, signedEntries: 1, legacyEntries: 0 });
  const seals = core.store
    .prepare<{ n: number }>("SELECT count(*) AS n FROM audit_event WHERE action = 'seal-signed-entries'")
    .get();
  expect(seals!.n).toBe(1);
  core.store.prepare('DROP TRIGGER chart_entry_signed_no_update').run();
  core.store.prepare(`UPDATE chart_entry SET payload = '{"text":"Reacted badly."}' WHERE id = 'e1'`).run();
  const report = await verifyCore(core);
  expect(report.breaks).toEqual(
    expect.arrayContaining([{ kind: 'content', id: 'e1', detail: expect.any(String) as unknown }]),
  );
  await core.close();
  core = null;
});
