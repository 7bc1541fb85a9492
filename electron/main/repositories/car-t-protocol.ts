import type { Executor } from '../services/audit/audit';
import type { CarTProtocolRow } from '../store/schema';

// SQL for the center's CAR T protocol (0960), one row per product; a product never saved has no row.

export interface CarTProtocolValues {
  ldChairMinutes: number | null;
  infusionChairMinutes: number | null;
  monitoringVisitMinutes: number | null;
  monitoringDays: number | null;
}

export interface StoredCarTProtocol extends CarTProtocolValues {
  productId: string;
  updatedAt: string | null;
  updatedBy: string | null;
}

const toProtocol = (r: CarTProtocolRow & { updated_by_name?: string | null }): StoredCarTProtocol => ({
  productId: r.product_id,
  ldChairMinutes: r.ld_chair_minutes,
  infusionChairMinutes: r.infusion_chair_minutes,
  monitoringVisitMinutes: r.monitoring_visit_minutes,
  monitoringDays: r.monitoring_days,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by_name ?? r.updated_by,
});

export function emptyProtocol(productId: string): StoredCarTProtocol {
  const none = { ldChairMinutes: null, infusionChairMinutes: null, monitoringVisitMinutes: null };
  return { productId, ...none, monitoringDays: null, updatedAt: null, updatedBy: null };
}

function selectProtocols(ex: Executor) {
  return ex
    .selectFrom('car_t_protocol as c')
    .leftJoin('user_account as u', 'u.id', 'c.updated_by')
    .selectAll('c')
    .select('u.display_name as updated_by_name');
}

export async function listCarTProtocols(ex: Executor): Promise<StoredCarTProtocol[]> {
  return (await selectProtocols(ex).execute()).map(toProtocol);
}

export async function findCarTProtocol(ex: Executor, productId: string): Promise<StoredCarTProtocol> {
  const row = await selectProtocols(ex).where('c.product_id', '=', productId).executeTakeFirst();
  return row ? toProtocol(row) : emptyProtocol(productId);
}

export async function upsertCarTProtocol(
  ex: Executor,
  p: CarTProtocolValues & { productId: string; at: string; userId: string | null },
): Promise<void> {
  const values = {
    ld_chair_minutes: p.ldChairMinutes,
    infusion_chair_minutes: p.infusionChairMinutes,
    monitoring_visit_minutes: p.monitoringVisitMinutes,
    monitoring_days: p.monitoringDays,
    updated_at: p.at,
    updated_by: p.userId,
  };
  await ex
    .insertInto('car_t_protocol')
    .values({ product_id: p.productId, ...values })
    .onConflict((oc) => oc.column('product_id').doUpdateSet(values))
    .execute();
}
