import type { ClinicalLibrary } from '../../../../shared/clinical';
import type { DoseRelease, OrderLineView, PlanOrder, PlanOrders } from '../../../../shared/ipc/contract/orders';
import type { TreatmentPlan } from '../../../../shared/ipc/contract/plans';
import { notFound } from '../../core/errors';
import {
  accountNames,
  currentOrdersOverlapping,
  lineRows,
  orderRowsForPlan,
  toOrderLine,
  toPlanOrder,
} from '../../repositories/orders';
import { findPlanRow, loadPlan } from '../../repositories/plans';
import type { PlanOrderLineRow, PlanOrderRow } from '../../store/schema-orders';
import type { Executor } from '../audit/audit';

// Reading orders, and the one question the chairside double check asks: is this dose released, and under
// which order? A dose is released when the plan is active and a verified, current order covers it.
//
// The model, as a careful oncology pharmacist would expect it: an order covers one dose or a run of doses
// that give exactly the same drugs and amounts (a cycle, or the induction phase), a pharmacist verifies it
// once, and each of its doses is released on its own day only while the plan is active; a change is a new
// order that replaces the old one, and must be verified again.

export interface OrderLine {
  drugId: string;
  drugName: string;
  doseMg: number | null;
  doseText: string;
  route: 'IV' | 'SC';
  volumeMl: number | null;
  rateMlPerHour: number | null;
  infusionMinutes: number | null;
  /** Also given, for the screen: the diluent and the mg/kg of a weight-based dose. */
  diluent: string | null;
  doseMgPerKg: number | null;
}

export interface ReleasedOrder {
  orderId: string;
  planId: string;
  doseNumber: number;
  source: 'prescriber' | 'external';
  prescriberName: string;
  externalReference: string | null;
  /** The nurse who read an external order back (her name), or null for a prescriber's own order. */
  readBackBy: string | null;
  /** The verifying pharmacist's name, and her account. */
  verifiedBy: string;
  verifiedById: string;
  verifiedAt: string;
  lines: OrderLine[];
}

export type ReleaseState =
  | { status: 'released'; order: ReleasedOrder }
  | { status: 'no-order' | 'awaiting-verification' | 'plan-not-active'; message: string };

const asOrderLine = (row: PlanOrderLineRow): OrderLine => {
  const { planDoseText: _plan, planDoseMg: _planMg, ...line } = toOrderLine(row, null);
  return line;
};

/** Whether one dose of a plan may be given now, and the verified order it is given under. */
export async function releasedOrderFor(ex: Executor, planId: string, doseNumber: number): Promise<ReleaseState> {
  const plan = await findPlanRow(ex, planId);
  if (!plan) return { status: 'no-order', message: 'This treatment plan does not exist.' };
  if (plan.status !== 'active') {
    const why = plan.status_reason ? ` (${plan.status_reason})` : '';
    return { status: 'plan-not-active', message: `The plan is ${plan.status}${why}: no dose is released.` };
  }
  const [order] = await currentOrdersOverlapping(ex, planId, doseNumber, doseNumber);
  if (!order) return { status: 'no-order', message: `Dose ${doseNumber} has no order yet.` };
  if (order.status !== 'verified' || order.verified_by === null || order.verified_at === null) {
    return {
      status: 'awaiting-verification',
      message: `The order for dose ${doseNumber} awaits a pharmacist's verification.`,
    };
  }
  const names = await accountNames(ex, [order.verified_by, order.read_back_by]);
  const lines = (await lineRows(ex, [order.id])).map(asOrderLine);
  return {
    status: 'released',
    order: {
      orderId: order.id,
      planId,
      doseNumber,
      source: order.source,
      prescriberName: order.prescriber_name,
      externalReference: order.external_reference,
      readBackBy: order.read_back_by === null ? null : (names.get(order.read_back_by) ?? order.read_back_by),
      verifiedBy: names.get(order.verified_by) ?? order.verified_by,
      verifiedById: order.verified_by,
      verifiedAt: order.verified_at,
      lines,
    },
  };
}

type Plan = Omit<TreatmentPlan, 'warnings'>;

/** The plan's dose for each drug of the order's first dose, when the order says something else. */
function planDoseTexts(plan: Plan, row: PlanOrderRow): Map<string, { mg: number | null; text: string }> {
  const items = plan.doses.find((d) => d.doseNumber === row.first_dose)?.items ?? [];
  return new Map(items.map((i) => [i.drugId, { mg: i.doseMg, text: i.doseText }]));
}

export async function toOrderViews(ex: Executor, plan: Plan, rows: readonly PlanOrderRow[]): Promise<PlanOrder[]> {
  const lines = await lineRows(
    ex,
    rows.map((r) => r.id),
  );
  const names = await accountNames(
    ex,
    rows.flatMap((r) => [r.entered_by, r.read_back_by, r.verified_by, r.closed_by]),
  );
  return rows.map((row) => {
    const planned = planDoseTexts(plan, row);
    const own: OrderLineView[] = lines
      .filter((l) => l.order_id === row.id)
      .map((l) => {
        const p = planned.get(l.drug_id);
        return toOrderLine(l, p && p.mg !== l.dose_mg ? p : null);
      });
    return toPlanOrder(row, own, names);
  });
}

function releaseOf(plan: Plan, rows: readonly PlanOrderRow[], doseNumber: number): DoseRelease {
  const order = rows.find(
    (r) =>
      (r.status === 'verified' || r.status === 'awaiting-verification') &&
      r.first_dose <= doseNumber &&
      doseNumber <= r.last_dose,
  );
  const orderId = order?.id ?? null;
  if (plan.status !== 'active') return { doseNumber, status: 'plan-not-active', orderId };
  if (!order) return { doseNumber, status: 'no-order', orderId };
  return { doseNumber, status: order.status === 'verified' ? 'released' : 'awaiting-verification', orderId };
}

/** Every order of a plan (newest last), the release state of each of its doses, and its drugs' routes. */
export async function ordersForPlan(
  ex: Executor,
  library: Pick<ClinicalLibrary, 'drugs'>,
  planId: string,
): Promise<PlanOrders> {
  const plan = await loadPlan(ex, planId);
  if (!plan) throw notFound('plan-not-found', 'Treatment plan');
  const rows = await orderRowsForPlan(ex, planId);
  const drugIds = new Set(plan.doses.flatMap((d) => d.items.map((i) => i.drugId)));
  return {
    planId,
    orders: await toOrderViews(ex, plan, rows),
    releases: plan.doses.map((d) => releaseOf(plan, rows, d.doseNumber)),
    routes: Object.fromEntries(library.drugs.filter((d) => drugIds.has(d.id)).map((d) => [d.id, d.route])),
  };
}
