import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import { appendAudit } from '../audit/audit';

// Reading a chart is recorded, as chart:list and chart:history do (services/chart/chart-read.ts): the chairside's
// own views of chart entries write the same 'read' event, naming the user, the workstation and the patient.

export async function auditChartRead(
  deps: CoreDeps,
  ctx: RequestContext,
  patientId: string,
  detail: Record<string, unknown>,
): Promise<void> {
  await deps.store.db.transaction().execute((trx) =>
    appendAudit(trx, {
      atUtc: deps.now().toISOString(),
      userId: ctx.userId,
      workstation: ctx.workstation,
      patientId,
      action: 'read',
      objectType: 'chart',
      objectId: null,
      detail,
    }),
  );
}
