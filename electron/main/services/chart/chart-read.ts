import type { ChartEntry } from '../../../../shared/ipc/contract/chart';
import type { CoreDeps } from '../../core/deps';
import { notFound } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import {
  entryHistory,
  findEntry,
  listCurrentEntries,
  toChartEntry,
  type CurrentEntriesFilter,
} from '../../repositories/chart';

// Reading a chart is itself recorded: every list and every history view writes an audit event naming the
// user, the workstation and the patient, in the same transaction as the read.

export function createChartReader(deps: CoreDeps) {
  async function list(filter: CurrentEntriesFilter, ctx: RequestContext): Promise<ChartEntry[]> {
    const rows = await deps.write(ctx, async (trx, { audit }) => {
      const found = await listCurrentEntries(trx, filter);
      await audit({
        patientId: filter.patientId,
        action: 'read',
        objectType: 'chart',
        objectId: null,
        detail: { kind: filter.kind ?? null, appointmentId: filter.appointmentId ?? null, entries: found.length },
      });
      return found;
    });
    return rows.map(toChartEntry);
  }

  /** Every version of the entry a version belongs to, oldest first. */
  async function history(id: string, ctx: RequestContext): Promise<ChartEntry[]> {
    const rows = await deps.write(ctx, async (trx, { audit }) => {
      const row = await findEntry(trx, id);
      if (!row) throw notFound('chart-entry-not-found', 'The chart entry');
      const versions = await entryHistory(trx, row.entry_id);
      await audit({
        patientId: row.patient_id,
        action: 'read',
        objectType: 'chart_entry',
        objectId: row.entry_id,
        detail: { history: true, versions: versions.length },
      });
      return versions;
    });
    return rows.map(toChartEntry);
  }

  return { list, history };
}
