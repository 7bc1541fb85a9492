import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { MANAGER_ROLES, type SessionStatus } from '../../../../shared/ipc/contract/auth';
import { call, useQuery } from '../../app/api';
import { setLanguage } from '../../i18n';
import { FirstRunScreen } from './FirstRunScreen';
import { LockScreen } from './LockScreen';
import { MustChangeScreen } from '../security';
import { RecoveryKeyStep } from '../security';
import { SESSION_CHANGED_EVENT, SessionContext, type SessionContextValue } from './session-context';
import { SignInScreen } from './SignInScreen';
import { useHeartbeat } from './useHeartbeat';
import './auth.css';
import { Alert } from '../../components/Alert';

// Decides what may be on screen at all. While signed out or locked, the app's screens are not rendered
// (so no patient data is in the DOM): the sign-in or lock screen replaces them. The route stays in the
// URL hash, so unlocking brings the nurse back to the same screen. In setup mode (no account yet) the
// app is usable and a banner offers to create the administrator account.

const POLL_MS = 5_000;

/**
 * Until the first status arrives (a few milliseconds) the shell renders as usual, so keyboard focus and
 * first paint don't wait on it. That shows no patient data: the core answers every patient channel with
 * `locked` or `forbidden` when it must, whatever the renderer shows.
 */
const PROVISIONAL: SessionStatus = {
  setupNeeded: false,
  user: null,
  locked: false,
  idleLockMinutes: 10,
  mustChangeSecret: false,
};

function sameStatus(a: SessionStatus | null, b: SessionStatus): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

export function SessionGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus | null>(null);
  const [firstRun, setFirstRun] = useState(false);
  const [recoveryStep, setRecoveryStep] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const settings = useQuery('settings:get', {});
  const language = settings.data?.language;

  const apply = useCallback((next: SessionStatus) => setStatus((prev) => (sameStatus(prev, next) ? prev : next)), []);
  const refresh = useCallback(() => {
    call('auth:status', {}).then(apply, (error: unknown) => setFailure(String(error)));
  }, [apply]);

  useEffect(() => {
    if (language) setLanguage(language);
  }, [language]);

  useEffect(() => {
    refresh();
    const timer = window.setInterval(refresh, POLL_MS);
    window.addEventListener(SESSION_CHANGED_EVENT, refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(SESSION_CHANGED_EVENT, refresh);
    };
  }, [refresh]);

  const signedIn = status !== null && status.user !== null && !status.locked;
  useHeartbeat(signedIn, apply);

  const value = useMemo<SessionContextValue>(() => {
    const current = status ?? PROVISIONAL;
    const role = current.user?.role;
    const canManage = current.setupNeeded || (role !== undefined && MANAGER_ROLES.includes(role));
    return { status: current, apply, openFirstRun: () => setFirstRun(true), canManage };
  }, [status, apply]);

  if (failure && !status) {
    return <Alert>{failure}</Alert>;
  }
  const { status: s } = value;
  const firstRunDone = (next: SessionStatus) => {
    setFirstRun(false);
    setRecoveryStep(true);
    apply(next);
  };
  let content: ReactNode = children;
  if (s.setupNeeded && firstRun) content = <FirstRunScreen onDone={firstRunDone} onCancel={() => setFirstRun(false)} />;
  else if (status && !s.setupNeeded && !s.user) content = <SignInScreen onDone={apply} />;
  else if (s.locked && s.user) content = <LockScreen user={s.user} onDone={apply} />;
  else if (s.user && s.mustChangeSecret) content = <MustChangeScreen user={s.user} />;
  else if (recoveryStep && s.user) content = <RecoveryKeyStep onDone={() => setRecoveryStep(false)} />;
  return <SessionContext.Provider value={value}>{content}</SessionContext.Provider>;
}
