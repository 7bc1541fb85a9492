import type { UserSummary, SessionStatus } from '../../../shared/ipc/contract/auth';
import { channelAccess } from '../../../shared/ipc/access';
import type { IpcChannel } from '../../../shared/ipc/channels';
import { AppError, forbidden } from '../core/errors';
import type { RequestContext } from '../core/router';
import type { Store } from '../store/database';
import type { AuthPolicy } from './auth-policy';
import { appendAudit } from './audit';
import { DEFAULT_SETTINGS } from './settings';

// The workstation's session, kept by the core (never by the renderer): who is signed in, whether the
// screen is locked, and when the user last touched the app. Idle time is measured with the core's clock
// and checked whenever a request arrives, so an idle workstation is locked before it answers anything.
// Only user input counts as activity (auth:activity, sent by the renderer on key and pointer events):
// a screen that refreshes itself must not keep the workstation unlocked.

export interface SessionDeps {
  store: Store;
  now: () => Date;
  workstation: string;
  policy: AuthPolicy;
}

export const lockedError = (): AppError => new AppError('locked', 'Chairside is locked. Sign in again to continue.');

export function createSession(deps: SessionDeps) {
  let user: UserSummary | null = null;
  let locked = false;
  let lastActivity = 0;
  let hasAccounts = false;
  const anyAccount = deps.store.prepare<{ one: number }>('SELECT 1 AS one FROM user_account LIMIT 1');
  const idleSetting = deps.store.prepare<{ value_json: string }>(
    "SELECT value_json FROM setting WHERE key = 'idleLockMinutes'",
  );

  /** Setup mode: no account exists yet. Accounts are never deleted, so once false it stays false. */
  function isSetupMode(): boolean {
    if (!hasAccounts) hasAccounts = anyAccount.get() !== undefined;
    return !hasAccounts;
  }

  function idleLockMinutes(): number {
    const row = idleSetting.get();
    const value = row ? (JSON.parse(row.value_json) as unknown) : undefined;
    return typeof value === 'number' && value > 0 ? value : DEFAULT_SETTINGS.idleLockMinutes;
  }

  async function audit(action: string, userId: string | null, detail?: unknown): Promise<void> {
    const event = { atUtc: deps.now().toISOString(), userId, workstation: deps.workstation, action };
    await deps.store.db
      .transaction()
      .execute((trx) => appendAudit(trx, { ...event, objectType: 'session', objectId: userId, detail }));
  }

  /** Locks the session when the user has been idle for the configured minutes (audited once). */
  async function checkIdle(): Promise<void> {
    if (!user || locked) return;
    const idleMs = deps.now().getTime() - lastActivity;
    if (idleMs < idleLockMinutes() * 60_000) return;
    locked = true;
    await audit('lock', user.id, { reason: 'idle', lastActivityAt: new Date(lastActivity).toISOString() });
  }

  async function status(): Promise<SessionStatus> {
    await checkIdle();
    return { setupNeeded: isSetupMode(), user, locked: user !== null && locked, idleLockMinutes: idleLockMinutes() };
  }

  /**
   * The router's check before validation: while locked, 'user' and 'patient' channels answer `locked`
   * (no data); with nobody signed in they answer `forbidden`. Setup mode (no accounts) leaves all open.
   */
  async function guard(channel: IpcChannel): Promise<AppError | null> {
    if (channelAccess(channel) === 'open' || isSetupMode()) return null;
    await checkIdle();
    if (!user) return forbidden('Sign in to Chairside first.');
    if (locked) return lockedError();
    return null;
  }

  async function begin(next: UserSummary, action: 'sign-in' | 'unlock', detail?: unknown): Promise<void> {
    if (user && user.id !== next.id) await audit('sign-out', user.id, { reason: `another user used ${action}` });
    user = next;
    locked = false;
    lastActivity = deps.now().getTime();
    hasAccounts = true;
    await audit(action, next.id, detail);
  }

  async function end(): Promise<void> {
    if (!user) return;
    const leaving = user.id;
    user = null;
    locked = false;
    await audit('sign-out', leaving);
  }

  async function lock(): Promise<void> {
    await checkIdle();
    if (!user || locked) return;
    locked = true;
    await audit('lock', user.id, { reason: 'manual' });
  }

  /** User input from the renderer; ignored while locked (only re-authentication unlocks). */
  async function activity(): Promise<void> {
    await checkIdle();
    if (user && !locked) lastActivity = deps.now().getTime();
  }

  return {
    status,
    guard,
    isSetupMode,
    begin,
    end,
    lock,
    activity,
    /** The signed-in user's id (also while locked): fills RequestContext.userId. */
    userId: (): string | null => user?.id ?? null,
    currentUser: (): UserSummary | null => user,
    isLocked: (): boolean => user !== null && locked,
    /** Marks that an account now exists (after the first-run administrator account was created). */
    accountsExist: (): void => {
      hasAccounts = true;
    },
  };
}

export type Session = ReturnType<typeof createSession>;

/** The requester's context as the session sees it: used by handlers that act for the signed-in user. */
export function requireSignedIn(ctx: RequestContext, what: string): string {
  if (!ctx.userId) throw forbidden(`${what} needs a signed-in user: create the administrator account and sign in.`);
  return ctx.userId;
}
