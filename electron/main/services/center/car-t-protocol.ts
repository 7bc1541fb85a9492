import type { CarTProduct } from '../../../../shared/clinical';
import {
  CAR_T_SETTINGS,
  type CarTProtocol,
  type CarTProtocolInput,
  type CarTSetting,
} from '../../../../shared/ipc/contract/car-t-protocol';
import type { CoreDeps } from '../../core/deps';
import { notFound } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import * as repo from '../../repositories/car-t-protocol';
import { diffFields } from '../audit/audit-diff';
import { effectiveLibrary } from '../library/effective-library';
import { drugLabel } from '../plans/plan-builder';

// The center's own CAR T protocol, per product (0960): read beside the library's sourced monitoring days, and
// saved with an audit entry naming what changed.

export function missingSettings(p: repo.CarTProtocolValues): CarTSetting[] {
  return CAR_T_SETTINGS.filter((key) => p[key] === null);
}

export function toCarTProtocol(product: CarTProduct, stored: repo.StoredCarTProtocol): CarTProtocol {
  const { current } = product.monitoring;
  return {
    ...stored,
    productName: drugLabel(product),
    labelMonitoringDays: current.dailyMonitoringDays,
    labelMonitoringSources: current.sources.map((s) => ({
      title: s.title,
      url: 'url' in s ? s.url : '',
      effective: current.effective,
    })),
    missing: missingSettings(stored),
  };
}

export function createCarTProtocolService(deps: CoreDeps) {
  const db = deps.store.db;

  async function list(): Promise<CarTProtocol[]> {
    const library = await effectiveLibrary(deps);
    const stored = new Map((await repo.listCarTProtocols(db)).map((p) => [p.productId, p]));
    return library.carTProducts.map((product) =>
      toCarTProtocol(product, stored.get(product.id) ?? repo.emptyProtocol(product.id)),
    );
  }

  async function save(input: CarTProtocolInput, ctx: RequestContext): Promise<CarTProtocol> {
    return deps.write(ctx, async (trx, { at, audit }) => {
      const product = (await effectiveLibrary(deps, trx)).carTProducts.find((p) => p.id === input.productId);
      if (!product) throw notFound('car-t-product-not-found', 'The CAR T product');
      const before = await repo.findCarTProtocol(trx, input.productId);
      const { productId, ...values } = input;
      const { productId: _p, updatedAt: _a, updatedBy: _b, ...old } = before;
      const diff = diffFields(before.updatedAt ? old : null, values);
      if (diff.changed.length > 0) {
        await repo.upsertCarTProtocol(trx, { productId, ...values, at, userId: ctx.userId });
        await audit({ action: 'update', objectType: 'car_t_protocol', objectId: productId, detail: diff });
      }
      return toCarTProtocol(product, await repo.findCarTProtocol(trx, productId));
    });
  }

  return { list, save };
}
