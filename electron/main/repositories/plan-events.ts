import type { PlanStatusEvent } from '../../../shared/ipc/contract/plans';
import type { Executor } from '../services/audit/audit';
import type { PlanStatusEventRow } from '../store/schema-orders';
import { codedReasonOf } from './stated-reasons';

// SQL for a plan's hold, resume and discontinue history (0420, append-only).

export type NewPlanStatusEvent = Omit<PlanStatusEventRow, 'id'>;

export async function appendPlanStatusEvent(ex: Executor, event: NewPlanStatusEvent): Promise<void> {
  await ex.insertInto('plan_status_event').values(event).execute();
}

export async function planStatusEvents(ex: Executor, planId: string): Promise<PlanStatusEvent[]> {
  const rows = await ex
    .selectFrom('plan_status_event as e')
    .leftJoin('user_account as u', 'u.id', 'e.user_id')
    .selectAll('e')
    .select('u.display_name')
    .where('e.plan_id', '=', planId)
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at_utc,
    userId: r.user_id,
    userName: r.display_name,
    action: r.action,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    reason: r.reason,
    reasonCoded: codedReasonOf(r.reason_code, r.reason_params_json),
    orderedBy: r.ordered_by,
    source: r.source,
    chartEntryId: r.chart_entry_id,
  }));
}
