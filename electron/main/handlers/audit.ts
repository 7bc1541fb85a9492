import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { createAuditReport } from '../services/audit/audit-report';

// The audit report, the chain check, the latest checkpoint and a patient's record-access report: for
// charge nurses and administrators (`manage`, checked by the router). Looking at the audit trail is itself
// audited (services/audit/audit-report.ts).

type AuditChannels = 'audit:list' | 'audit:verify' | 'audit:verify-status' | 'audit:checkpoint' | 'audit:record-access';

export function auditHandlers(deps: CoreDeps): Pick<Handlers, AuditChannels> {
  const report = createAuditReport(deps);
  return {
    'audit:list': (input, ctx) => report.list(input, ctx),
    'audit:verify': () => deps.audit.jobs.start(),
    'audit:verify-status': ({ jobId }) => deps.audit.jobs.status(jobId),
    'audit:checkpoint': () => ({
      latest: deps.audit.checkpointer.latest(),
      keyId: deps.audit.checkpointer.keyId,
      file: deps.audit.checkpointer.file,
    }),
    'audit:record-access': ({ patientId, limit }, ctx) => report.recordAccess(patientId, limit, ctx),
  };
}
