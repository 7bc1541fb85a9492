import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import type { Executor } from '../audit/audit';
import { requireRole } from '../auth/users';
import { saveSettingValue } from '../../repositories/settings';

// A center policy kept as JSON in the settings table under its own key (vital-sign flags, ready-to-treat
// windows): only a charge nurse or an administrator changes it, and every change is audited with the value
// before, in the same transaction as the write.

export async function savePolicySetting<T>(
  deps: CoreDeps,
  ctx: RequestContext,
  key: string,
  value: T,
  before: (ex: Executor) => Promise<unknown>,
): Promise<void> {
  if (!(await deps.session.isSetupMode())) await requireRole(deps.store.db, ctx, ['charge-nurse', 'admin']);
  await deps.write(ctx, async (trx, { at, audit }) => {
    const previous = await before(trx);
    await saveSettingValue(trx, key, value, at, ctx.userId);
    await audit({
      action: 'update',
      objectType: 'settings',
      objectId: key,
      detail: { before: previous, after: value },
    });
  });
}
