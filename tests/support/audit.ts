import { sql } from 'kysely';
import type { AuditChainReport } from '../../shared/ipc/contract/audit';
import { dialectOf } from '../../electron/main/store/dialect';
import type { TestCore } from './core';
import { TEST_CENTER_KEY } from './postgres';

/** Starts the chain check through the router and follows it until the worker is done. */
export async function verifyAudit(t: TestCore): Promise<AuditChainReport> {
  let status = await t.ok('audit:verify', {});
  while (status.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 25));
    status = await t.ok('audit:verify-status', { jobId: status.jobId });
  }
  if (status.state === 'failed' || !status.report) throw new Error(`chain check failed: ${status.failure}`);
  return status.report;
}

/**
 * The key that opens a test core's audit trail: the recovery key of its workstation file (shown until an
 * administrator confirms storing it), or the center key of its PostgreSQL test database.
 */
export function recoveryKeyOf(t: TestCore): string {
  if (dialectOf(t.core.store.db) === 'postgres') return TEST_CENTER_KEY;
  const key = t.core.deps.secure.security.pendingRecoveryKey;
  if (!key) throw new Error('the recovery key was already confirmed');
  return key;
}

/** Drops a protecting trigger behind the app's back, as someone with the database's own tools could. */
export async function dropTrigger(t: TestCore, trigger: string, table: string): Promise<void> {
  const db = t.core.store.db;
  if (dialectOf(db) === 'postgres') await sql`DROP TRIGGER ${sql.id(trigger)} ON ${sql.id(table)}`.execute(db);
  else await sql`DROP TRIGGER ${sql.id(trigger)}`.execute(db);
}
