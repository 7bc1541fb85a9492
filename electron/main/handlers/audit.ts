import type { CoreDeps } from '../core/deps';
import type { Handlers, RequestContext } from '../core/router';
import { appendAudit, listAudit } from '../services/audit';
import { verifyAuditChain } from '../services/audit-verify';
import { requireRole } from '../services/users';

// The audit report and the chain check are for charge nurses and administrators (anyone in setup mode,
// before accounts exist). Looking at the audit trail is itself audited.

export function auditHandlers(deps: CoreDeps): Pick<Handlers, 'audit:list' | 'audit:verify'> {
  const mayAudit = async (ctx: RequestContext) => {
    if (!deps.session.isSetupMode()) await requireRole(deps.store.db, ctx, ['admin', 'charge-nurse']);
  };
  const record = (ctx: RequestContext, action: string, detail: unknown) =>
    deps.store.db.transaction().execute((trx) =>
      appendAudit(trx, {
        atUtc: deps.now().toISOString(),
        userId: ctx.userId,
        workstation: ctx.workstation,
        action,
        objectType: 'audit_event',
        detail,
      }),
    );
  return {
    'audit:list': async (input, ctx) => {
      await mayAudit(ctx);
      const events = await listAudit(deps.store.db, input);
      await record(ctx, 'read', { filter: input, events: events.length });
      return events;
    },
    'audit:verify': async (_input, ctx) => {
      await mayAudit(ctx);
      const report = verifyAuditChain(deps.store);
      await record(ctx, 'verify', report);
      return report;
    },
  };
}
