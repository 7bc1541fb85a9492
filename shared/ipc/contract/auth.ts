import { z } from 'zod';
import type { ChannelSpec } from '../contract';
import { empty, entityId, isoDateTime } from '../schemas';

// Nurse accounts, sign-in, the workstation lock and the second-nurse verification. Secrets travel only in
// inputs and are never echoed back, logged or audited; the database keeps a salted scrypt hash.

export const USER_ROLES = ['nurse', 'charge-nurse', 'admin', 'prescriber', 'pharmacist'] as const;
export type UserRole = (typeof USER_ROLES)[number];
/** Roles stored in user_account.clinical_role (migration 0400): they sign and verify orders, and manage nothing. */
export const CLINICAL_ROLES = ['prescriber', 'pharmacist'] as const satisfies readonly UserRole[];
export type ClinicalRole = (typeof CLINICAL_ROLES)[number];
/**
 * Only an administrator creates or resets these accounts: a prescriber's secret signs orders, and a charge
 * nurse manages nurses, not her peers.
 */
export const ADMIN_MANAGED_ROLES: readonly UserRole[] = ['charge-nurse', 'admin', 'prescriber', 'pharmacist'];
/** Who may change the center's setup, settings and accounts and read the audit trail. */
export const MANAGER_ROLES: readonly UserRole[] = ['charge-nurse', 'admin'];
export const SECRET_KINDS = ['password', 'pin'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

/**
 * Center policy for new secrets, not clinical facts: a PIN is quick at the chairside, a password is for
 * shared or exposed workstations. Repeated failures lock the account (see AUTH_POLICY in main), which is
 * what makes a 6-digit PIN acceptable.
 */
export const SECRET_RULES = { passwordMin: 8, passwordMax: 128, pinMin: 6, pinMax: 12 } as const;

// eslint-disable-next-line no-control-regex -- control characters are exactly what a name must not hold
const singleLine = /^[^\u0000-\u001f\u007f]*$/;

export const displayName = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(80, 'At most 80 characters')
  .regex(singleLine, 'Remove the control characters');

/** 2–4 letters and an optional digit (MT, MTR, MT2); unique per center so they can sign in by initials. */
export const initials = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,4}[0-9]?$/, 'Use 2 to 4 letters, optionally followed by one digit')
  .transform((s) => s.toUpperCase());

/** A secret as typed at sign-in: no policy check here, so an old secret still works after a rule change. */
const typedSecret = z.string().min(1, 'Required').max(SECRET_RULES.passwordMax);

const { passwordMin, passwordMax, pinMin, pinMax } = SECRET_RULES;
const secretKind = z.enum(SECRET_KINDS);
const secretField = z.string().max(passwordMax);

/** A new secret must follow the center's rules for its kind; the issue is reported on `secret`. */
function checkNewSecret(value: { secretKind: SecretKind; secret: string }, ctx: z.RefinementCtx): void {
  const { secretKind: kind, secret } = value;
  if (kind === 'pin' && !new RegExp(`^[0-9]{${pinMin},${pinMax}}$`).test(secret)) {
    ctx.addIssue({ code: 'custom', path: ['secret'], message: `A PIN is ${pinMin} to ${pinMax} digits` });
  }
  if (kind === 'password' && (secret.length < passwordMin || secret.trim() !== secret)) {
    ctx.addIssue({
      code: 'custom',
      path: ['secret'],
      message: `At least ${passwordMin} characters, without spaces at either end`,
    });
  }
}

/** Exactly one of a user picked from the list or typed initials. */
function checkWho(value: { userId?: string | undefined; initials?: string | undefined }, ctx: z.RefinementCtx): void {
  const hasInitials = value.initials !== undefined && value.initials !== '';
  if ((value.userId !== undefined) === hasInitials) {
    ctx.addIssue({ code: 'custom', path: ['initials'], message: 'Choose a user or type the initials' });
  }
}

export const userSummary = z.object({
  id: z.string(),
  displayName: z.string(),
  initials: z.string(),
  role: z.enum(USER_ROLES),
  secretKind: z.enum(SECRET_KINDS),
  active: z.boolean(),
  createdAt: isoDateTime,
});
export type UserSummary = z.infer<typeof userSummary>;

export const sessionStatus = z.object({
  /** No account exists yet: every channel is open until the administrator account is created. */
  setupNeeded: z.boolean(),
  /** The signed-in user (also while locked: the lock screen names who is signed in). */
  user: userSummary.nullable(),
  locked: z.boolean(),
  idleLockMinutes: z.number().int(),
  /** The secret was reset by someone else: the user must choose her own before anything else. */
  mustChangeSecret: z.boolean(),
});
export type SessionStatus = z.infer<typeof sessionStatus>;

/** Who is signing in: the user picked from the list, or the initials typed. */
const who = { userId: entityId.optional(), initials: z.string().trim().max(5).optional(), secret: typedSecret };
const credentials = z.object(who).strict().superRefine(checkWho);
export type Credentials = z.infer<typeof credentials>;

const newAccount = z
  .object({ displayName, initials, role: z.enum(USER_ROLES), secretKind, secret: secretField })
  .strict()
  .superRefine(checkNewSecret);

const setupAdmin = z
  .object({ displayName, initials, secretKind, secret: secretField })
  .strict()
  .superRefine(checkNewSecret);

const setSecret = z
  .object({
    userId: entityId,
    secretKind,
    secret: secretField,
    /** Required when changing one's own secret; a charge nurse or admin resetting someone else's omits it. */
    currentSecret: typedSecret.optional(),
  })
  .strict()
  .superRefine(checkNewSecret);

export const verification = z.object({
  token: z.string(),
  actionId: z.string(),
  verifierId: z.string(),
  verifierName: z.string(),
  expiresAt: isoDateTime,
});
export type Verification = z.infer<typeof verification>;

/** What the verification is for, e.g. `chart-sign:<entry id>`; the token is only good for that action. */
export const actionId = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z0-9:._-]+$/, 'Letters, digits and :._- only');

export const authChannels = {
  'auth:status': { input: empty, output: sessionStatus, access: 'open' },
  'auth:setup-admin': { input: setupAdmin, output: sessionStatus, access: 'open' },
  'auth:sign-in': { input: credentials, output: sessionStatus, access: 'open' },
  'auth:sign-out': { input: empty, output: sessionStatus, access: 'open' },
  'auth:lock': { input: empty, output: sessionStatus, access: 'open' },
  'auth:unlock': { input: credentials, output: sessionStatus, access: 'open' },
  'auth:activity': { input: empty, output: sessionStatus, access: 'open' },
  'auth:verify-second-user': {
    input: z
      .object({ ...who, actionId })
      .strict()
      .superRefine(checkWho),
    output: verification,
    access: 'user',
  },
  // Open: the sign-in screen lists who can sign in (names, initials and roles only; never secrets).
  'users:list': { input: empty, output: z.array(userSummary), access: 'open' },
  'users:create': { input: newAccount, output: userSummary, access: 'manage' },
  'users:set-secret': { input: setSecret, output: userSummary, access: 'user' },
  'users:set-active': {
    input: z.object({ userId: entityId, active: z.boolean() }).strict(),
    output: userSummary,
    access: 'manage',
  },
} satisfies Record<string, ChannelSpec>;
