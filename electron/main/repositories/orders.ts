import { CURRENT_ORDER_STATUSES, type OrderLineView, type PlanOrder } from '../../../shared/ipc/contract/orders';
import { conflict } from '../core/errors';
import { classifyFailure } from '../store/errors';
import type { Executor } from '../services/audit/audit';
import type { PlanOrderLineRow, PlanOrderRow } from '../store/schema-orders';

// SQL for plan orders and their lines (0410), and the one place their rows become domain objects. The rule
// that one current order covers a dose, and that an order never changes once written, live in the database.

export type NewOrderLine = Omit<PlanOrderLineRow, 'order_id' | 'line_number'>;

export async function insertOrder(ex: Executor, order: PlanOrderRow, lines: readonly NewOrderLine[]): Promise<void> {
  try {
    await ex.insertInto('plan_order').values(order).execute();
  } catch (error) {
    if (classifyFailure(error)?.kind === 'order-overlap') {
      throw conflict('order-overlap', 'Another order already covers some of these doses: replace it instead.');
    }
    throw error;
  }
  await ex
    .insertInto('plan_order_line')
    .values(lines.map((line, i) => ({ ...line, order_id: order.id, line_number: i + 1 })))
    .execute();
}

export async function findOrderRow(ex: Executor, id: string): Promise<PlanOrderRow | undefined> {
  return ex.selectFrom('plan_order').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function orderRowsForPlan(ex: Executor, planId: string): Promise<PlanOrderRow[]> {
  return ex
    .selectFrom('plan_order')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('first_dose')
    .orderBy('entered_at')
    .execute();
}

/** The current (awaiting or verified) orders of a plan that cover any dose in [first, last]. */
export async function currentOrdersOverlapping(ex: Executor, planId: string, first: number, last: number) {
  return ex
    .selectFrom('plan_order')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('status', 'in', CURRENT_ORDER_STATUSES)
    .where('first_dose', '<=', last)
    .where('last_dose', '>=', first)
    .execute();
}

export async function lineRows(ex: Executor, orderIds: readonly string[]): Promise<PlanOrderLineRow[]> {
  if (orderIds.length === 0) return [];
  return ex
    .selectFrom('plan_order_line')
    .selectAll()
    .where('order_id', 'in', orderIds)
    .orderBy('order_id')
    .orderBy('line_number')
    .execute();
}

/** Moves an order on from `from`; false when someone else moved it first (the caller reports a conflict). */
export async function setOrderStatus(
  ex: Executor,
  id: string,
  from: PlanOrderRow['status'],
  change: Partial<
    Pick<
      PlanOrderRow,
      'status' | 'verified_by' | 'verified_at' | 'closed_by' | 'closed_at' | 'closed_reason' | 'replaced_by'
    >
  >,
): Promise<boolean> {
  const result = await ex
    .updateTable('plan_order')
    .set(change)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Display names of accounts, for the people an order names. */
export async function accountNames(ex: Executor, ids: ReadonlyArray<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await ex.selectFrom('user_account').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export function toOrderLine(
  row: PlanOrderLineRow,
  planDose: { mg: number | null; text: string } | null,
): OrderLineView {
  return {
    drugId: row.drug_id,
    drugName: row.drug_name,
    doseMg: row.dose_mg,
    doseMgPerKg: row.dose_mg_per_kg,
    doseText: row.dose_text,
    route: row.route,
    diluent: row.diluent,
    volumeMl: row.volume_ml,
    rateMlPerHour: row.rate_ml_per_hour,
    infusionMinutes: row.infusion_minutes,
    planDoseText: planDose?.text ?? null,
    planDoseMg: planDose?.mg ?? null,
  };
}

export function toPlanOrder(row: PlanOrderRow, lines: OrderLineView[], names: ReadonlyMap<string, string>): PlanOrder {
  const who = (id: string | null) => (id === null ? null : { id, name: names.get(id) ?? id });
  return {
    id: row.id,
    planId: row.plan_id,
    firstDose: row.first_dose,
    lastDose: row.last_dose,
    source: row.source,
    prescriberName: row.prescriber_name,
    externalReference: row.external_reference,
    readBackBy: who(row.read_back_by),
    enteredBy: who(row.entered_by)!,
    enteredAt: row.entered_at,
    status: row.status,
    verifiedBy: who(row.verified_by),
    verifiedAt: row.verified_at,
    closedBy: who(row.closed_by),
    closedAt: row.closed_at,
    closedReason: row.closed_reason,
    replacedBy: row.replaced_by,
    lines,
  };
}
