import type { AuditChainReport } from '../../shared/ipc/contract/audit';
import type { TestCore } from './core';

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

/** The recovery key of a test core's database (shown until an administrator confirms storing it). */
export function recoveryKeyOf(t: TestCore): string {
  const key = t.core.deps.secure.security.pendingRecoveryKey;
  if (!key) throw new Error('the recovery key was already confirmed');
  return key;
}
