import type { ReadView } from '../../../../shared/audit/codes';
import type { AuditEvent, RecordAccess } from '../../../../shared/ipc/contract/audit';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import { listAudit, type AuditFilter } from './audit';
import { recordAccessFor } from './read-audit';

// The audit report and a patient's record-access report (charge nurses and administrators). Looking at the
// audit trail is itself audited: a 'read' of the trail, saying what was asked and how many events it showed.

export function createAuditReport(deps: Pick<CoreDeps, 'store' | 'write'>) {
  type Detail = { filter: AuditFilter; events: number } | { view: ReadView; events: number };
  const recordRead = (ctx: RequestContext, detail: Detail, patientId: string | null = null) =>
    deps.write(ctx, (_tx, { audit }) => audit({ patientId, action: 'read', objectType: 'audit_event', detail }));

  async function list(filter: AuditFilter, ctx: RequestContext): Promise<AuditEvent[]> {
    const events = await listAudit(deps.store.db, filter);
    await recordRead(ctx, { filter, events: events.length });
    return events;
  }

  async function recordAccess(patientId: string, limit: number, ctx: RequestContext): Promise<RecordAccess[]> {
    const rows = await recordAccessFor(deps.store.db, patientId, limit);
    await recordRead(ctx, { view: 'record-access-report', events: rows.length }, patientId);
    return rows;
  }

  return { list, recordAccess };
}
