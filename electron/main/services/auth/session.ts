import { MANAGER_ROLES, type SessionStatus, type UserSummary } from '../../../../shared/ipc/contract/auth';
import { channelAccess } from '../../../../shared/ipc/access';
import type { IpcChannel } from '../../../../shared/ipc/channels';
import { AppError, forbidden, refusal } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import type { Store } from '../../store/database';
import type { AuthPolicy } from './auth-policy';
import { workstationActor, type AuditNote, type Write } from '../../core/unit-of-work';
import { DEFAULT_SETTINGS } from '../center/settings';
import { anyAccountExists } from '../../repositories/users';
import { findSettingRow } from '../../repositories/settings';
import { classifyFailure } from '../../store/errors';

// The workstation's session, kept by the core (never by the renderer): who is signed in, whether the
// screen is locked, and when the user last touched the app. Idle time is the longer of the monotonic and the
// wall-clock time since then: a wall-clock step backwards (NTP, by hand) cannot postpone the lock, and a
// suspended laptop (the monotonic clock stops during sleep, the wall clock does not) still locks. It is
// checked whenever a request arrives, so an idle workstation is locked before it answers anything. Only user input counts as
// activity (auth:activity, sent by the renderer on key and pointer events): a screen that refreshes itself
// must not keep the workstation unlocked.
//
// Sign-in, sign-out and unlock take effect only once their audit row is committed: if it cannot be written
// (disk full), the session stays as it was and the caller gets the typed failure. A lock is the exception
// in one direction only: it always takes effect (a workstation must never stay open because the disk is
// full), and the failure to record it is answered as such.

export interface SessionDeps {
  store: Store;
  now: () => Date;
  /** Milliseconds on a clock that never goes backwards (performance.now in the app, a fake in tests). */
  monotonicMs: () => number;
  workstation: string;
  policy: AuthPolicy;
  /** The core's unit of work: session events commit (or fail) together. */
  write: Write;
}

export const lockedError = (): AppError =>
  refusal('locked', 'session-locked', 'Chairside is locked. Sign in again to continue.');
export const mustChangeError = (): AppError =>
  new AppError('forbidden', 'Choose your own new password or PIN first: the one you used was set by someone else.', [
    { path: 'secret', message: 'Choose a new password or PIN', code: 'must-change-secret' },
  ]);

type SessionEvent = Pick<AuditNote, 'action' | 'detail'> & { userId: string };

export function createSession(deps: SessionDeps) {
  let user: UserSummary | null = null;
  let locked = false;
  let mustChange = false;
  let lastActivity = 0;
  let lastActivityAt = deps.now();
  let hasAccounts = false;

  /** Setup mode: no account exists yet. Accounts are never deleted, so once false it stays false. */
  async function isSetupMode(): Promise<boolean> {
    if (!hasAccounts) hasAccounts = await anyAccountExists(deps.store.db);
    return !hasAccounts;
  }

  let knownIdleMinutes: number | null = null;

  /**
   * The center's idle-lock setting, read on every request. While a center database cannot be reached the
   * value last read keeps the lock working, and the request goes on to its handler (a chart draft is then
   * kept on this workstation) instead of failing here.
   */
  async function idleLockMinutes(): Promise<number> {
    try {
      const row = await findSettingRow(deps.store.db, 'idleLockMinutes');
      const value = row ? (JSON.parse(row.value_json) as unknown) : undefined;
      knownIdleMinutes = typeof value === 'number' && value > 0 ? value : DEFAULT_SETTINGS.idleLockMinutes;
      return knownIdleMinutes;
    } catch (error) {
      if (knownIdleMinutes !== null && classifyFailure(error)?.kind === 'unreachable') return knownIdleMinutes;
      throw error;
    }
  }

  /** Writes the events in one transaction; throws (typed by the router) when they cannot be written. */
  async function audit(...events: SessionEvent[]): Promise<void> {
    // Each event names its own user (the one signing out is not the one signing in).
    await deps.write(workstationActor(deps.workstation), async (_tx, { audit }) => {
      for (const e of events) await audit({ ...e, objectType: 'session', objectId: e.userId });
    });
  }

  function touch(): void {
    lastActivity = deps.monotonicMs();
    lastActivityAt = deps.now();
  }

  /** Locks the session when the user has been idle for the configured minutes (audited once). */
  async function checkIdle(): Promise<void> {
    if (!user || locked) return;
    const idleMs = Math.max(deps.monotonicMs() - lastActivity, deps.now().getTime() - lastActivityAt.getTime());
    if (idleMs < (await idleLockMinutes()) * 60_000) return;
    locked = true;
    await audit({
      action: 'lock',
      userId: user.id,
      detail: { reason: 'idle', lastActivityAt: lastActivityAt.toISOString() },
    });
  }

  async function status(): Promise<SessionStatus> {
    await checkIdle();
    return {
      setupNeeded: await isSetupMode(),
      user,
      locked: user !== null && locked,
      idleLockMinutes: await idleLockMinutes(),
      mustChangeSecret: user !== null && mustChange,
    };
  }

  /**
   * The router's check before validation: while locked, guarded channels answer `locked` (no data); with
   * nobody signed in they answer `forbidden`; `manage` channels need a charge nurse or an administrator;
   * an account whose secret was reset may only choose a new one. Setup mode (no accounts) leaves all open.
   */
  async function guard(channel: IpcChannel): Promise<AppError | null> {
    const access = channelAccess(channel);
    if (access === 'open' || (await isSetupMode())) return null;
    await checkIdle();
    if (!user) return forbidden('sign-in-required', 'Sign in to Chairside first.');
    if (locked) return lockedError();
    if (mustChange && channel !== 'users:set-secret') return mustChangeError();
    if (access === 'manage' && !MANAGER_ROLES.includes(user.role)) {
      return forbidden('charge-nurse-only', 'Only a charge nurse or an administrator can do this.');
    }
    return null;
  }

  async function begin(
    next: UserSummary,
    action: 'sign-in' | 'unlock',
    options: { detail?: unknown; mustChangeSecret?: boolean } = {},
  ): Promise<void> {
    const events: SessionEvent[] = [];
    if (user && user.id !== next.id)
      events.push({ action: 'sign-out', userId: user.id, detail: { reason: `another user used ${action}` } });
    events.push({ action, userId: next.id, detail: options.detail });
    await audit(...events);
    user = next;
    locked = false;
    mustChange = options.mustChangeSecret ?? false;
    hasAccounts = true;
    touch();
  }

  async function end(): Promise<void> {
    if (!user) return;
    await audit({ action: 'sign-out', userId: user.id });
    user = null;
    locked = false;
    mustChange = false;
  }

  async function lock(): Promise<void> {
    await checkIdle();
    if (!user || locked) return;
    locked = true;
    await audit({ action: 'lock', userId: user.id, detail: { reason: 'manual' } });
  }

  /** User input from the renderer; ignored while locked (only re-authentication unlocks). */
  async function activity(): Promise<void> {
    await checkIdle();
    if (user && !locked) touch();
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
    /** The signed-in account chose its own secret: the reset's restriction is lifted. */
    secretChanged: (userId: string): void => {
      if (user?.id === userId) mustChange = false;
    },
    /** Marks that an account now exists (after the first-run administrator account was created). */
    accountsExist: (): void => {
      hasAccounts = true;
    },
  };
}

export type Session = ReturnType<typeof createSession>;

/** The requester's context as the session sees it: used by handlers that act for the signed-in user. */
export function requireSignedIn(ctx: RequestContext, what: string): string {
  if (!ctx.userId)
    throw forbidden(
      'sign-in-required',
      `${what} needs a signed-in user: create the administrator account and sign in.`,
    );
  return ctx.userId;
}
