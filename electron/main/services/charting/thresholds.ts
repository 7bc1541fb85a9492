import { DEFAULT_VITAL_FLAGS, vitalFlagThresholds, type VitalFlagThresholds } from '../../../../shared/charting/vitals';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import { appendAudit, type Executor } from '../audit';
import { requireRole } from '../users';

// The vital-sign flag thresholds: center policy (not clinical facts), kept in the settings table under its
// own key. Only a charge nurse or an administrator changes them; every change is audited with the old values.

const KEY = 'chairsideVitalFlags';

export interface Thresholds {
  thresholds: VitalFlagThresholds;
  isDefault: boolean;
}

export async function readThresholds(ex: Executor): Promise<Thresholds> {
  const row = await ex.selectFrom('setting').select('value_json').where('key', '=', KEY).executeTakeFirst();
  if (!row) return { thresholds: DEFAULT_VITAL_FLAGS, isDefault: true };
  const parsed = vitalFlagThresholds.safeParse(JSON.parse(row.value_json));
  // A stored value this version cannot read falls back to the defaults rather than flagging nothing.
  return parsed.success
    ? { thresholds: parsed.data, isDefault: false }
    : { thresholds: DEFAULT_VITAL_FLAGS, isDefault: true };
}

export async function saveThresholds(
  deps: CoreDeps,
  thresholds: VitalFlagThresholds,
  ctx: RequestContext,
): Promise<Thresholds> {
  if (!(await deps.session.isSetupMode())) await requireRole(deps.store.db, ctx, ['charge-nurse', 'admin']);
  const at = deps.now().toISOString();
  await deps.store.db.transaction().execute(async (trx) => {
    const before = await readThresholds(trx);
    const value_json = JSON.stringify(thresholds);
    await trx
      .insertInto('setting')
      .values({ key: KEY, value_json, updated_at: at, updated_by: ctx.userId })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value_json, updated_at: at, updated_by: ctx.userId }))
      .execute();
    await appendAudit(trx, {
      atUtc: at,
      userId: ctx.userId,
      workstation: ctx.workstation,
      action: 'update',
      objectType: 'settings',
      objectId: KEY,
      detail: { before: before.thresholds, after: thresholds },
    });
  });
  return readThresholds(deps.store.db);
}
