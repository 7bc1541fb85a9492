import { DEFAULT_SCRYPT_COST, type ScryptCost } from './secrets';

// Center policy, not clinical facts: how many failed sign-ins lock an account and for how long, and how
// long a second nurse's verification stays valid. A center may choose other values (CoreOptions.authPolicy);
// these defaults follow common hospital practice (lock after a handful of failures, for a quarter hour).
// The idle lock delay is a center setting (settings.idleLockMinutes, default 10) the charge nurse can change.

export interface AuthPolicy {
  /** Consecutive failed sign-ins (or unlocks, or verifications) after which the account is locked. */
  maxFailedAttempts: number;
  /** How long an account stays locked after maxFailedAttempts failures. */
  lockoutMinutes: number;
  /** How long a second-nurse verification token may wait before the action it verifies. */
  verificationSeconds: number;
  /**
   * A PIN may start a session (not only unlock one's own). Off by default; a center turns it on in Settings
   * (pinSignIn), which this policy can only widen.
   */
  pinSignIn: boolean;
  /**
   * The scrypt cost of new passwords and PINs (each hash keeps its own, so a check always uses the cost it was
   * made with). Tests lower it to the floor to spend less time hashing; a center never needs to.
   */
  secretCost: ScryptCost;
}

export const DEFAULT_AUTH_POLICY: AuthPolicy = {
  maxFailedAttempts: 5,
  lockoutMinutes: 15,
  verificationSeconds: 120,
  pinSignIn: false,
  secretCost: DEFAULT_SCRYPT_COST,
};
