import type { CoreDeps } from '../core/deps';
import { conflict } from '../core/errors';
import type { Handlers, RequestContext } from '../core/router';
import { appendAudit } from '../services/audit/audit';
import { requireRole } from '../services/auth/users';

type SecurityChannels = 'security:status' | 'security:recovery-key' | 'security:confirm-recovery-key';

// The recovery key is for the administrator (anyone during first-run setup, before accounts exist).
export function securityHandlers(deps: CoreDeps): Pick<Handlers, SecurityChannels> {
  const { security } = deps.secure;
  const status = () => ({
    encrypted: security.encrypted,
    keystore: security.keystore,
    recoveryKeyPending: security.pendingRecoveryKey !== null,
  });
  const admin = async (ctx: RequestContext) => {
    if (!(await deps.session.isSetupMode())) await requireRole(deps.store.db, ctx, ['admin']);
  };
  const record = (ctx: RequestContext, action: string) =>
    deps.store.db.transaction().execute((trx) =>
      appendAudit(trx, {
        atUtc: deps.now().toISOString(),
        userId: ctx.userId,
        workstation: ctx.workstation,
        action,
        objectType: 'recovery_key',
      }),
    );
  return {
    'security:status': () => status(),
    'security:recovery-key': async (_input, ctx) => {
      await admin(ctx);
      const recoveryKey = security.pendingRecoveryKey;
      if (!recoveryKey)
        throw conflict(
          'recovery-key-stored',
          'The recovery key was already stored by an administrator; it is not shown again.',
        );
      await record(ctx, 'recovery-key-shown');
      return { recoveryKey };
    },
    'security:confirm-recovery-key': async (_input, ctx) => {
      await admin(ctx);
      if (security.pendingRecoveryKey === null) return status();
      await record(ctx, 'recovery-key-stored');
      deps.secure.confirmRecoveryKeyStored(deps.now());
      return status();
    },
  };
}
