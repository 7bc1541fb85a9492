import type { AuditAction } from '../../../../shared/audit/codes';
import type { CoreDeps } from '../../core/deps';
import { conflict } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import { requireRole } from '../auth/users';

// The database's recovery key, shown once to the administrator (anyone during first-run setup, before
// accounts exist) until she confirms she stored it. Both steps are audited.

export function createRecoveryKeys(deps: Pick<CoreDeps, 'secure' | 'session' | 'store' | 'write' | 'now'>) {
  const { security } = deps.secure;
  const status = () => ({
    encrypted: security.encrypted,
    keystore: security.keystore,
    recoveryKeyPending: security.pendingRecoveryKey !== null,
  });
  const admin = async (ctx: RequestContext) => {
    if (!(await deps.session.isSetupMode())) await requireRole(deps.store.db, ctx, ['admin']);
  };
  const record = (ctx: RequestContext, action: AuditAction) =>
    deps.write(ctx, (_tx, { audit }) => audit({ action, objectType: 'recovery_key' }));

  async function show(ctx: RequestContext): Promise<{ recoveryKey: string }> {
    await admin(ctx);
    const recoveryKey = security.pendingRecoveryKey;
    if (!recoveryKey)
      throw conflict(
        'recovery-key-stored',
        'The recovery key was already stored by an administrator; it is not shown again.',
      );
    await record(ctx, 'recovery-key-shown');
    return { recoveryKey };
  }

  async function confirmStored(ctx: RequestContext) {
    await admin(ctx);
    if (security.pendingRecoveryKey === null) return status();
    await record(ctx, 'recovery-key-stored');
    deps.secure.confirmRecoveryKeyStored(deps.now());
    return status();
  }

  return { status, show, confirmStored };
}
