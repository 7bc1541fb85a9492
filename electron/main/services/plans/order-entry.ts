import type { AuditAction } from '../../../../shared/audit/codes';
import { randomUUID } from 'node:crypto';
import type { UserRole } from '../../../../shared/ipc/contract/auth';
import type { EnterOrderInput, PlanOrder } from '../../../../shared/ipc/contract/orders';
import { checkOrder, describeOrderIssue } from '../../../../shared/orders/check-order';
import { AppError, notFound, refusal } from '../../core/errors';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import { currentOrdersOverlapping, findOrderRow, insertOrder, setOrderStatus } from '../../repositories/orders';
import { loadPlan } from '../../repositories/plans';
import { effectiveRole, findUserById } from '../../repositories/users';
import type { PlanOrderRow } from '../../store/schema-orders';
import type { UserAccountRow } from '../../store/schema-charting';
import type { Executor } from '../audit/audit';
import { authenticate } from '../auth/credentials';
import { effectiveLibrary } from '../library/effective-library';
import { buildOrderLines, checkContext } from './order-lines';
import { toOrderViews } from './orders';

// Entering, verifying and rejecting orders. Each is a signature: the signed-in user types her own secret,
// checked like a sign-in (same failure count and lockout). Who may do what:
// - a prescriber signs her own orders; a nurse or charge nurse enters an external order (prescriber's name,
//   the order's reference, read back);
// - a pharmacist verifies or rejects an order she neither signed nor entered;
// - nobody edits an order: a change is a new order that replaces the current one, with a reason.

const TRANSCRIBERS: readonly UserRole[] = ['nurse', 'charge-nurse'];

async function signedInAccount(deps: CoreDeps, ctx: RequestContext): Promise<UserAccountRow> {
  const actor = ctx.userId ? await findUserById(deps.store.db, ctx.userId) : undefined;
  if (!actor || actor.active !== 1) {
    throw refusal('forbidden', 'sign-in-required', 'Orders are signed by named accounts: sign in first.');
  }
  return actor;
}

function checkEnterer(actor: UserAccountRow, external: boolean): void {
  const role = effectiveRole(actor);
  if (!external && role !== 'prescriber') {
    throw refusal(
      'forbidden',
      'not-prescriber',
      'Only a prescriber signs an order here; enter a written or telephone order as an external order.',
    );
  }
  if (external && role === 'prescriber') {
    throw refusal(
      'forbidden',
      'prescriber-signs',
      'As a prescriber, sign the order yourself instead of entering it as external.',
    );
  }
  if (external && !TRANSCRIBERS.includes(role)) {
    throw refusal('forbidden', 'not-transcriber', 'Only a nurse or charge nurse enters an external order.');
  }
}

async function loadLivePlan(ex: Executor, planId: string) {
  const plan = await loadPlan(ex, planId);
  if (!plan) throw notFound('plan-not-found', 'Treatment plan');
  if (plan.status === 'completed' || plan.status === 'discontinued') {
    throw refusal('conflict', 'plan-ended', `This plan is ${plan.status}: it takes no more orders.`, {
      params: { status: plan.status },
    });
  }
  return plan;
}

/** The current orders the new one overlaps must be exactly those it says it replaces. */
async function checkReplacements(ex: Executor, input: EnterOrderInput): Promise<PlanOrderRow[]> {
  const overlapping = await currentOrdersOverlapping(ex, input.planId, input.firstDose, input.lastDose);
  const named = new Set(input.replaces?.orderIds ?? []);
  const unnamed = overlapping.find((o) => !named.has(o.id));
  if (unnamed) {
    const doses =
      unnamed.first_dose === unnamed.last_dose ? `${unnamed.first_dose}` : `${unnamed.first_dose}–${unnamed.last_dose}`;
    throw refusal('conflict', 'order-overlap', `Dose ${doses} already has an order: replace it, giving a reason.`, {
      path: 'firstDose',
      params: { doses },
    });
  }
  const replaced: PlanOrderRow[] = [];
  for (const id of named) {
    const row = await findOrderRow(ex, id);
    if (!row || row.plan_id !== input.planId || (row.status !== 'verified' && row.status !== 'awaiting-verification')) {
      throw refusal('conflict', 'replaces-unknown', 'The order to replace is no longer current: reload the plan.', {
        path: 'replaces',
      });
    }
    replaced.push(row);
  }
  return replaced;
}

function orderRow(input: EnterOrderInput, actor: UserAccountRow, id: string, at: string): PlanOrderRow {
  const external = input.external;
  return {
    id,
    plan_id: input.planId,
    first_dose: input.firstDose,
    last_dose: input.lastDose,
    source: external ? 'external' : 'prescriber',
    prescriber_id: external ? null : actor.id,
    prescriber_name: external ? external.prescriberName.trim() : actor.display_name,
    external_reference: external ? external.reference.trim() : null,
    read_back_by: external ? actor.id : null,
    entered_by: actor.id,
    entered_at: at,
    status: 'awaiting-verification',
    verified_by: null,
    verified_at: null,
    closed_by: null,
    closed_at: null,
    closed_reason: null,
    replaced_by: null,
  };
}

export function createOrderEntry(deps: CoreDeps) {
  const db = deps.store.db;
  const credentials = { store: deps.store, now: deps.now, policy: deps.authPolicy, write: deps.write };

  async function view(orderId: string): Promise<PlanOrder> {
    const row = await findOrderRow(db, orderId);
    const plan = row ? await loadPlan(db, row.plan_id) : undefined;
    if (!row || !plan) throw notFound('order-not-found', 'The order');
    return (await toOrderViews(db, plan, [row]))[0]!;
  }

  const orderEvent = (patientId: string, action: AuditAction, orderId: string, detail: unknown) => ({
    patientId,
    action,
    objectType: 'plan_order' as const,
    objectId: orderId,
    detail,
  });

  async function enter(input: EnterOrderInput, ctx: RequestContext): Promise<PlanOrder> {
    const actor = await signedInAccount(deps, ctx);
    checkEnterer(actor, input.external !== undefined);
    const plan = await loadLivePlan(db, input.planId);
    const library = await effectiveLibrary(deps);
    const issues = checkOrder(input, checkContext(library, plan));
    if (issues.length > 0) {
      const coded = issues.map((i) => ({
        path: i.path,
        code: i.code,
        message: describeOrderIssue(i),
        ...(i.params ? { params: i.params } : {}),
      }));
      throw new AppError('invalid', coded[0]!.message, coded);
    }
    await checkReplacements(db, input);
    await authenticate(credentials, { userId: actor.id }, input.secret, 'sign-order', ctx);
    const id = randomUUID();
    await deps.write(ctx, async (trx, { at, audit }) => {
      const row = orderRow(input, actor, id, at);
      for (const old of await checkReplacements(trx, input)) {
        const closed = {
          status: 'replaced' as const,
          closed_by: actor.id,
          closed_at: row.entered_at,
          closed_reason: input.replaces!.reason,
          replaced_by: id,
        };
        if (!(await setOrderStatus(trx, old.id, old.status, closed)))
          throw refusal('conflict', 'replaces-unknown', 'The order to replace changed meanwhile: reload the plan.');
        await audit(
          orderEvent(plan.patientId, 'order.replace', old.id, { replacedBy: id, reason: input.replaces!.reason }),
        );
      }
      await insertOrder(trx, row, buildOrderLines(library, plan, input.firstDose, input.lines));
      await audit(
        orderEvent(plan.patientId, 'order.enter', id, {
          planId: plan.id,
          doses: [input.firstDose, input.lastDose],
          source: row.source,
          prescriberName: row.prescriber_name,
          externalReference: row.external_reference,
          drugs: input.lines.map((l) => l.drugId),
        }),
      );
    });
    return view(id);
  }

  /** The pharmacist's checks before her secret is even asked: status, independence and role. */
  async function checkVerifier(orderId: string, actor: UserAccountRow): Promise<PlanOrderRow> {
    const row = await findOrderRow(db, orderId);
    if (!row) throw notFound('order-not-found', 'The order');
    if (row.status !== 'awaiting-verification') {
      throw refusal(
        'conflict',
        'order-not-awaiting',
        `This order is ${row.status}: it cannot be verified or rejected now.`,
        { params: { status: row.status } },
      );
    }
    if ([row.entered_by, row.prescriber_id, row.read_back_by].includes(actor.id)) {
      throw refusal('forbidden', 'own-order', 'You signed or entered this order: another pharmacist must verify it.');
    }
    if (effectiveRole(actor) !== 'pharmacist')
      throw refusal('forbidden', 'not-pharmacist', 'Only a pharmacist verifies or rejects an order.');
    await loadLivePlan(db, row.plan_id);
    return row;
  }

  async function close(orderId: string, secret: string, ctx: RequestContext, outcome: { reject: string } | null) {
    const actor = await signedInAccount(deps, ctx);
    const row = await checkVerifier(orderId, actor);
    await authenticate(credentials, { userId: actor.id }, secret, 'verify-order', ctx);
    await deps.write(ctx, async (trx, { at, audit }) => {
      const change = outcome
        ? { status: 'rejected' as const, closed_by: actor.id, closed_at: at, closed_reason: outcome.reject }
        : { status: 'verified' as const, verified_by: actor.id, verified_at: at };
      if (!(await setOrderStatus(trx, orderId, 'awaiting-verification', change))) {
        throw refusal(
          'conflict',
          'order-not-awaiting',
          'This order was verified, rejected or replaced meanwhile: reload the plan.',
        );
      }
      const plan = await loadPlan(trx, row.plan_id);
      const detail = outcome ? { reason: outcome.reject } : { doses: [row.first_dose, row.last_dose] };
      await audit(orderEvent(plan!.patientId, outcome ? 'order.reject' : 'order.verify', orderId, detail));
    });
    return view(orderId);
  }

  return {
    enter,
    verify: (orderId: string, secret: string, ctx: RequestContext) => close(orderId, secret, ctx, null),
    reject: (orderId: string, secret: string, reason: string, ctx: RequestContext) =>
      close(orderId, secret, ctx, { reject: reason }),
  };
}
