import { randomBytes } from 'node:crypto';
import type { Verification } from '../../../../shared/ipc/contract/auth';
import { AppError, forbidden } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import { authenticate, findAccount, type CredentialDeps, type Who } from './credentials';

// The independent double check (ASCO-ONS: two practitioners verify before administration). A second,
// different nurse types their own secret on the same workstation without signing the first one out; the
// core hands back a short-lived, single-use token bound to one action (e.g. `chart-sign:<entry id>`) and
// to the nurse who asked for it. The action's service consumes the token and records who verified.

interface Pending {
  actionId: string;
  verifierId: string;
  requestedBy: string;
  expiresAt: number;
}

export const sameUserRefused = (): AppError =>
  new AppError('forbidden', 'The second verification must be done by a different nurse.', [
    { path: 'userId', message: 'Choose a nurse other than the one signed in', code: 'same-nurse' },
  ]);

export function createVerifications(deps: CredentialDeps) {
  const pending = new Map<string, Pending>();

  function sweep(now: number): void {
    for (const [token, p] of pending) if (p.expiresAt <= now) pending.delete(token);
  }

  async function verify(who: Who, secret: string, actionId: string, ctx: RequestContext): Promise<Verification> {
    const requestedBy = ctx.userId;
    if (!requestedBy)
      throw forbidden('sign-in-required', 'A second verification needs a signed-in nurse to verify for.');
    const target = await findAccount(deps, who);
    if (target && target.id === requestedBy) {
      await deps.write(ctx, (_tx, { audit }) =>
        audit({
          action: 'verify-second-user-refused',
          objectType: 'action',
          objectId: actionId,
          detail: { reason: 'same-user' },
        }),
      );
      throw sameUserRefused();
    }
    const verifier = await authenticate(deps, who, secret, 'verify-second-user', ctx);
    const now = deps.now().getTime();
    sweep(now);
    const token = randomBytes(24).toString('base64url');
    const expiresAt = now + deps.policy.verificationSeconds * 1000;
    pending.set(token, { actionId, verifierId: verifier.id, requestedBy, expiresAt });
    // The event names the verifying nurse, not the one signed in.
    await deps.write(ctx, (_tx, { audit }) =>
      audit({
        userId: verifier.id,
        action: 'verify-second-user',
        objectType: 'action',
        objectId: actionId,
        detail: { forUserId: requestedBy },
      }),
    );
    return {
      token,
      actionId,
      verifierId: verifier.id,
      verifierName: verifier.display_name,
      expiresAt: new Date(expiresAt).toISOString(),
    };
  }

  /**
   * Uses up a token for `actionId` on behalf of `requestedBy` and returns the verifier's id. Refuses an
   * unknown, expired, already used or differently bound token; call it last, just before the write.
   */
  function consume(token: string, actionId: string, requestedBy: string): string {
    const p = pending.get(token);
    pending.delete(token);
    if (!p || p.expiresAt <= deps.now().getTime()) {
      throw forbidden(
        'verification-expired',
        'The second nurse’s verification has expired or was already used: verify again.',
      );
    }
    if (p.actionId !== actionId || p.requestedBy !== requestedBy) {
      throw forbidden(
        'verification-mismatch',
        'This verification was given for another action or another nurse: verify again.',
      );
    }
    return p.verifierId;
  }

  return { verify, consume, clear: () => pending.clear() };
}

export type Verifications = ReturnType<typeof createVerifications>;
