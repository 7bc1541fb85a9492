import { AppError } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import { readSettingValue } from '../../repositories/settings';
import { toUserSummary } from '../../repositories/users';
import type { UserAccountRow } from '../../store/schema-charting';
import type { AuthPolicy } from './auth-policy';
import { authenticate, type CredentialDeps, type Who } from './credentials';
import type { Verifications } from './second-user';
import type { Session } from './session';
import type { SessionStatus } from '../../../../shared/ipc/contract/auth';

// Sign-in and unlock. A PIN is short: it may unlock the signed-in nurse's own locked session, but a fresh
// sign-in (or taking over a workstation someone else left locked) needs a password, unless the center
// allows PIN sign-in (Settings, or the center's auth policy).

export interface SignInDeps extends CredentialDeps {
  session: Session;
  verifications: Verifications;
  policy: AuthPolicy;
}

export const pinSignInRefused = (): AppError =>
  new AppError(
    'forbidden',
    'A PIN only unlocks your own locked session. Sign in with your password (the center can allow PIN sign-in in Settings).',
    [{ path: 'secretKind', message: 'Sign in with a password, not a PIN', code: 'pin-sign-in-off' }],
  );

async function pinSignInAllowed(deps: SignInDeps): Promise<boolean> {
  if (deps.policy.pinSignIn) return true;
  return (await readSettingValue(deps.store.db, 'pinSignIn')) === true;
}

async function refusePin(deps: SignInDeps, row: UserAccountRow, ctx: RequestContext): Promise<never> {
  await deps.write(ctx, (_tx, { audit }) =>
    audit({
      action: 'sign-in-refused',
      objectType: 'user_account',
      objectId: row.id,
      detail: { reason: 'pin-sign-in-not-allowed' },
    }),
  );
  throw pinSignInRefused();
}

/** Sign-in, or unlock by the same user or by another one (who then takes over the workstation). */
export async function signIn(
  deps: SignInDeps,
  who: Who,
  secret: string,
  ctx: RequestContext,
  purpose: 'sign-in' | 'unlock',
): Promise<SessionStatus> {
  const { session } = deps;
  const row = await authenticate(deps, who, secret, purpose, ctx);
  const sameUser = session.currentUser()?.id === row.id;
  const isUnlock = purpose === 'unlock' && sameUser && session.isLocked();
  if (!isUnlock && row.secret_kind === 'pin' && !(await pinSignInAllowed(deps))) await refusePin(deps, row, ctx);
  if (!sameUser) deps.verifications.clear();
  await session.begin(toUserSummary(row), isUnlock || (purpose === 'unlock' && sameUser) ? 'unlock' : 'sign-in', {
    ...(purpose === 'unlock' && !sameUser ? { detail: { via: 'unlock' } } : {}),
    mustChangeSecret: row.must_change_secret === 1,
  });
  return session.status();
}
