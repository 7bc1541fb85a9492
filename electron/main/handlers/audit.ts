import type { CoreDeps } from '../core/deps';
import type { Handlers, RequestContext } from '../core/router';
import { appendAudit, listAudit } from '../services/audit/audit';
import { recordAccessFor } from '../services/audit/read-audit';

// The audit report, the chain check, the latest checkpoint and a patient's record-access report: for
// charge nurses and administrators (`manage`, checked by the router). Looking at the audit trail is itself
// audited.

type AuditChannels = 'audit:list' | 'audit:verify' | 'audit:verify-status' | 'audit:checkpoint' | 'audit:record-access';

export function auditHandlers(deps: CoreDeps): Pick<Handlers, AuditChannels> {
  const record = (ctx: RequestContext, action: string, detail: unknown, patientId: string | null = null) =>
    deps.store.db.transaction().execute((trx) =>
      appendAudit(trx, {
        atUtc: deps.now().toISOString(),
        userId: ctx.userId,
        workstation: ctx.workstation,
        patientId,
        action,
        objectType: 'audit_event',
        detail,
      }),
    );
  return {
    'audit:list': async (input, ctx) => {
      const events = await listAudit(deps.store.db, input);
      await record(ctx, 'read', { filter: input, events: events.length });
      return events;
    },
    'audit:verify': () => deps.audit.jobs.start(),
    'audit:verify-status': ({ jobId }) => deps.audit.jobs.status(jobId),
    'audit:checkpoint': () => ({
      latest: deps.audit.checkpointer.latest(),
      keyId: deps.audit.checkpointer.keyId,
      file: deps.audit.checkpointer.file,
    }),
    'audit:record-access': async ({ patientId, limit }, ctx) => {
      const rows = await recordAccessFor(deps.store.db, patientId, limit);
      await record(ctx, 'read', { view: 'record-access-report', events: rows.length }, patientId);
      return rows;
    },
  };
}
