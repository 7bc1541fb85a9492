import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { effectiveLibrary } from '../services/library/effective-library';
import { createOrderEntry } from '../services/plans/order-entry';
import { ordersForPlan } from '../services/plans/orders';

type OrderChannel = Extract<keyof Handlers, `orders:${string}`>;

export function orderHandlers(deps: CoreDeps): Pick<Handlers, OrderChannel> {
  const entry = createOrderEntry(deps);
  return {
    'orders:list-for-plan': async (input) => ordersForPlan(deps.store.db, await effectiveLibrary(deps), input.planId),
    'orders:enter': (input, ctx) => entry.enter(input, ctx),
    'orders:verify': (input, ctx) => entry.verify(input.orderId, input.secret, ctx),
    'orders:reject': (input, ctx) => entry.reject(input.orderId, input.secret, input.reason, ctx),
  };
}
