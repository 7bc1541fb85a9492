import type { AuditAction } from '../../../../shared/audit/codes';
import { randomUUID } from 'node:crypto';
import {
  type SecretKind,
  type SessionStatus,
  type UserRole,
  type UserSummary,
} from '../../../../shared/ipc/contract/auth';
import { conflict, forbidden, invalid, notFound } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import {
  anyAccountExists,
  countActiveAdmins,
  effectiveRole,
  findUserById,
  findUserByInitials,
  insertUser,
  listUsers,
  toUserSummary,
  updateUser,
} from '../../repositories/users';
import type { UserAccountRow } from '../../store/schema-charting';
import type { Executor } from '../audit/audit';
import { authenticate, type CredentialDeps } from './credentials';
import { hashSecret } from './secrets';
import { requireSignedIn, type Session } from './session';

// Accounts: the first-run administrator, then accounts created by charge nurses and administrators.
// A charge nurse manages nurses; only an administrator manages charge nurses, administrators, prescribers and
// pharmacists (whoever could set a prescriber's secret could sign orders in her name). Accounts are
// never deleted (signatures and audit events point at them) and the last active administrator stays active.

export interface UserServiceDeps extends CredentialDeps {
  session: Session;
}

interface NewAccount {
  displayName: string;
  initials: string;
  role: UserRole;
  secretKind: SecretKind;
  secret: string;
}

const MANAGERS: readonly UserRole[] = ['admin', 'charge-nurse'];

/** The signed-in user's account when their role is one of `roles`; in setup mode nobody qualifies. */
export async function requireRole(
  db: Executor,
  ctx: RequestContext,
  roles: readonly UserRole[],
): Promise<UserAccountRow> {
  const actor = ctx.userId ? await findUserById(db, ctx.userId) : undefined;
  if (!actor || actor.active !== 1)
    throw forbidden('sign-in-as-manager', 'Sign in with a charge nurse or administrator account first.');
  if (!roles.includes(effectiveRole(actor))) {
    throw forbidden(
      roles.includes('charge-nurse') ? 'charge-nurse-only' : 'admin-only',
      roles.includes('charge-nurse')
        ? 'Only a charge nurse or an administrator can do this.'
        : 'Only an administrator can do this.',
    );
  }
  return actor;
}

/**
 * An administrator manages every account; a charge nurse manages nurses only: not her peers, and not a
 * prescriber or pharmacist, whose secret signs orders in her name.
 */
function mayManage(actor: UserAccountRow, targetRole: string): boolean {
  return effectiveRole(actor) === 'admin' || targetRole === 'nurse';
}

export function createUserService(deps: UserServiceDeps) {
  const { store, session } = deps;
  const accountEvent = (action: AuditAction, objectId: string, detail: unknown) => ({
    action,
    objectType: 'user_account' as const,
    objectId,
    detail,
  });

  async function insertAccount(account: NewAccount, ctx: RequestContext, onlyIfNone: boolean): Promise<UserAccountRow> {
    if (await findUserByInitials(store.db, account.initials))
      throw invalid('initials', 'initials-taken', 'Already used by another account');
    const secretHash = await hashSecret(account.secret, deps.policy.secretCost);
    const id = randomUUID();
    await deps.write(ctx, async (trx, { at, audit }) => {
      if (onlyIfNone && (await anyAccountExists(trx))) {
        throw conflict('admin-exists', 'An administrator account already exists: sign in instead.');
      }
      if (await findUserByInitials(trx, account.initials))
        throw invalid('initials', 'initials-taken', 'Already used by another account');
      await insertUser(trx, { ...account, id, secretHash, at });
      // The first-run administrator creates her own account: the event names her.
      await audit({
        ...accountEvent('create', id, { role: account.role, initials: account.initials }),
        userId: ctx.userId ?? id,
      });
    });
    return (await findUserById(store.db, id))!;
  }

  /** First run only: creates the administrator account and signs it in. */
  async function setupAdmin(input: Omit<NewAccount, 'role'>, ctx: RequestContext): Promise<SessionStatus> {
    if (!(await session.isSetupMode()))
      throw conflict('admin-exists', 'An administrator account already exists: sign in instead.');
    const row = await insertAccount({ ...input, role: 'admin' }, ctx, true);
    session.accountsExist();
    await session.begin(toUserSummary(row), 'sign-in', { detail: { reason: 'first-run administrator account' } });
    return session.status();
  }

  async function create(input: NewAccount, ctx: RequestContext): Promise<UserSummary> {
    const actor = await requireRole(store.db, ctx, MANAGERS);
    if (!mayManage(actor, input.role)) {
      throw forbidden(
        'admin-creates-role',
        'Only an administrator can create a charge nurse, administrator, prescriber or pharmacist account.',
      );
    }
    return toUserSummary(await insertAccount(input, ctx, false));
  }

  /**
   * Changing one's own secret, or resetting someone else's: either way the person acting types her OWN
   * current secret first. A reset is temporary: the account must choose its own at its next sign-in.
   */
  async function setSecret(
    input: { userId: string; secretKind: SecretKind; secret: string; currentSecret?: string | undefined },
    ctx: RequestContext,
  ): Promise<UserSummary> {
    const target = await findUserById(store.db, input.userId);
    if (!target) throw notFound('account-not-found', 'The account');
    const actorId = requireSignedIn(ctx, 'Changing a password or PIN');
    const self = actorId === target.id;
    if (!self) {
      const actor = await requireRole(store.db, ctx, MANAGERS);
      if (!mayManage(actor, effectiveRole(target))) {
        throw forbidden(
          'admin-resets-role',
          'Only an administrator can reset the secret of an administrator, charge nurse, prescriber or pharmacist.',
        );
      }
    }
    if (!input.currentSecret)
      throw invalid('currentSecret', 'current-secret-required', 'Type your own current password or PIN');
    await authenticate(deps, { userId: actorId }, input.currentSecret, 'set-secret', ctx);
    if (self && input.secret === input.currentSecret)
      throw invalid('secret', 'same-secret', 'Choose a password or PIN different from the current one');
    const secretHash = await hashSecret(input.secret, deps.policy.secretCost);
    await deps.write(ctx, async (trx, { at, audit }) => {
      // A reset also lifts a lockout: that is how a charge nurse lets a locked-out nurse back in.
      await updateUser(
        trx,
        target.id,
        {
          secret_kind: input.secretKind,
          secret_hash: secretHash,
          failed_attempts: 0,
          locked_until: null,
          must_change_secret: self ? 0 : 1,
        },
        at,
      );
      await audit(accountEvent('set-secret', target.id, { secretKind: input.secretKind, by: self ? 'self' : 'reset' }));
    });
    if (self) session.secretChanged(target.id);
    return toUserSummary((await findUserById(store.db, target.id))!);
  }

  async function setActive(input: { userId: string; active: boolean }, ctx: RequestContext): Promise<UserSummary> {
    const actor = await requireRole(store.db, ctx, MANAGERS);
    const target = await findUserById(store.db, input.userId);
    if (!target) throw notFound('account-not-found', 'The account');
    if (!mayManage(actor, effectiveRole(target))) {
      throw forbidden(
        'admin-changes-role',
        'Only an administrator can change an administrator, prescriber or pharmacist account.',
      );
    }
    if (target.id === actor.id && !input.active)
      throw conflict('deactivate-self', 'You cannot deactivate your own account.');
    await deps.write(ctx, async (trx, { at, audit }) => {
      if (!input.active && target.role === 'admin' && target.active === 1 && (await countActiveAdmins(trx)) <= 1) {
        throw conflict('last-admin', 'This is the last active administrator account: activate another one first.');
      }
      await updateUser(trx, target.id, { active: input.active ? 1 : 0 }, at);
      await audit(accountEvent(input.active ? 'activate' : 'deactivate', target.id, null));
    });
    return toUserSummary((await findUserById(store.db, target.id))!);
  }

  return {
    list: async () => (await listUsers(store.db)).map(toUserSummary),
    setupAdmin,
    create,
    setSecret,
    setActive,
  };
}
