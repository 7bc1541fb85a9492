import type { AuditAction, AuthPurpose } from '../../../../shared/audit/codes';
import { AppError } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import { findUserById, findUserByInitials, recordFailure, updateUser } from '../../repositories/users';
import type { Store } from '../../store/database';
import type { UserAccountRow } from '../../store/schema-charting';
import type { Write } from '../../core/unit-of-work';
import type { AuthPolicy } from './auth-policy';
import { spendVerificationTime, verifySecret } from './secrets';

// The one place a typed secret is checked: sign-in, unlock, second-nurse verification and changing one's
// own secret all go through it, so they share the failure count and the account lockout.

export interface CredentialDeps {
  store: Store;
  now: () => Date;
  policy: AuthPolicy;
  /** The core's unit of work: a failure's count and its audit events commit together. */
  write: Write;
}

export interface Who {
  userId?: string | undefined;
  initials?: string | undefined;
}

export type { AuthPurpose } from '../../../../shared/audit/codes';

// The same answer for an unknown user and a wrong secret: the reply must not reveal which initials exist.
export const wrongCredentials = (): AppError =>
  new AppError('forbidden', 'The initials or the password/PIN is wrong.', [
    { path: 'secret', message: 'Wrong initials or password/PIN', code: 'wrong-secret' },
  ]);

export const accountUnavailable = (policy: AuthPolicy): AppError =>
  new AppError(
    'forbidden',
    `This account is locked for ${policy.lockoutMinutes} minutes after ${policy.maxFailedAttempts} failed attempts, ` +
      'or has been deactivated. Try again later or ask a charge nurse.',
    [
      {
        path: 'user',
        message: 'Account locked or deactivated',
        code: 'account-unavailable',
        params: { minutes: policy.lockoutMinutes, count: policy.maxFailedAttempts },
      },
    ],
  );

export async function findAccount(deps: CredentialDeps, who: Who): Promise<UserAccountRow | undefined> {
  if (who.userId) return findUserById(deps.store.db, who.userId);
  if (who.initials) return findUserByInitials(deps.store.db, who.initials);
  return undefined;
}

async function audit(
  deps: CredentialDeps,
  ctx: RequestContext,
  action: AuditAction,
  userId: string | null,
  detail: unknown,
) {
  await deps.write(ctx, (_tx, unit) => unit.audit({ action, objectType: 'user_account', objectId: userId, detail }));
}

/** Counts a wrong secret; the failure that reaches the limit locks the account and starts a fresh count. */
async function fail(
  deps: CredentialDeps,
  row: UserAccountRow,
  purpose: AuthPurpose,
  ctx: RequestContext,
): Promise<AppError> {
  const locked = await deps.write(ctx, async (trx, { at, audit }) => {
    const lockedUntil = new Date(Date.parse(at) + deps.policy.lockoutMinutes * 60_000).toISOString();
    const attempts = await recordFailure(trx, row.id, at);
    const reached = attempts >= deps.policy.maxFailedAttempts;
    if (reached) await updateUser(trx, row.id, { failed_attempts: 0, locked_until: lockedUntil }, at);
    const base = { objectType: 'user_account' as const, objectId: row.id };
    await audit({ ...base, action: `${purpose}-failed`, detail: { reason: 'wrong-secret', attempts } });
    if (reached) await audit({ ...base, action: 'account-locked', detail: { until: lockedUntil } });
    return reached;
  });
  return locked ? accountUnavailable(deps.policy) : wrongCredentials();
}

/**
 * Returns the account when the secret matches. Refuses (and audits) an unknown user, a deactivated or
 * locked account and a wrong secret; a success clears the failure count.
 */
export async function authenticate(
  deps: CredentialDeps,
  who: Who,
  secret: string,
  purpose: AuthPurpose,
  ctx: RequestContext,
): Promise<UserAccountRow> {
  const row = await findAccount(deps, who);
  if (!row) {
    await spendVerificationTime(secret);
    await audit(deps, ctx, `${purpose}-failed`, null, { reason: 'unknown-user' });
    throw wrongCredentials();
  }
  const now = deps.now().toISOString();
  const lockedNow = row.locked_until !== null && row.locked_until > now;
  if (row.active !== 1 || lockedNow) {
    await audit(deps, ctx, `${purpose}-failed`, row.id, { reason: row.active !== 1 ? 'inactive' : 'account-locked' });
    throw accountUnavailable(deps.policy);
  }
  // Hashing runs outside any transaction: 0.1 s of scrypt must not hold the database for everyone else.
  if (!(await verifySecret(secret, row.secret_hash))) throw await fail(deps, row, purpose, ctx);
  if (row.failed_attempts > 0 || row.locked_until !== null) {
    await updateUser(deps.store.db, row.id, { failed_attempts: 0, locked_until: null }, now);
  }
  return row;
}
