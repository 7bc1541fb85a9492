import type { ReadView } from '../../../../shared/audit/codes';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';

// Reading a chart is recorded, as chart:list and chart:history do (services/chart/chart-read.ts): the chairside's
// own views of chart entries write the same 'read' event, naming the user, the workstation and the patient.

export async function auditChartRead(
  deps: CoreDeps,
  ctx: RequestContext,
  patientId: string,
  detail: { view: ReadView } & Record<string, unknown>,
): Promise<void> {
  await deps.write(ctx, (_tx, { audit }) =>
    audit({
      patientId,
      action: 'read',
      objectType: 'chart',
      objectId: null,
      detail,
    }),
  );
}
