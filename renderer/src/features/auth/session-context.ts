import { createContext, useContext } from 'react';
import type { SessionStatus } from '../../../../shared/ipc/contract/auth';

export interface SessionContextValue {
  status: SessionStatus;
  /** Takes a status the core just answered (sign-in, lock, unlock…) without waiting for the next poll. */
  apply: (status: SessionStatus) => void;
  /** Opens the first-run screen that creates the administrator account (setup mode only). */
  openFirstRun: () => void;
  /** Charge nurses and administrators, and anyone in setup mode: the channels marked `manage` (audit, center setup, the nurse board, tightening a day). */
  canManage: boolean;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionGate>');
  return value;
}

/** Fired by the api wrapper when the core answers `locked`, so the lock screen appears at once. */
export const SESSION_CHANGED_EVENT = 'chairside:session-changed';
