import { z } from 'zod';
import type { IpcInput, IpcOutput } from '../../shared/ipc/contract';
import { registerChartKind } from '../../electron/main/services/chart/chart-kinds';
import type { TestCore } from './core';
import { makePatient } from './patients';

// Builders for accounts and chart entries. Secrets here are test fixtures, never real ones.

export const ADMIN = {
  displayName: 'Ada Administrator',
  initials: 'AA',
  secretKind: 'password',
  secret: 'admin-passphrase',
} as const;
export const NURSE = {
  displayName: 'Marie Tremblay',
  initials: 'MT',
  role: 'nurse',
  secretKind: 'pin',
  secret: '482913',
} as const;
export const CHARGE = {
  displayName: 'Chloé Charge',
  initials: 'CC',
  role: 'charge-nurse',
  secretKind: 'password',
  secret: 'charge-passphrase',
} as const;

/** Creates the first-run administrator account; the administrator is then signed in. */
export async function setupAdmin(t: TestCore): Promise<IpcOutput<'auth:setup-admin'>> {
  return t.ok('auth:setup-admin', ADMIN);
}

/** Creates an account as the signed-in manager (the administrator, when setupAdmin was called). */
export async function createUser(
  t: TestCore,
  user: IpcInput<'users:create'> = NURSE,
): Promise<IpcOutput<'users:create'>> {
  return t.ok('users:create', user);
}

/** Signs in by initials; fails the test if refused. */
export async function signInAs(
  t: TestCore,
  who: { initials: string; secret: string },
): Promise<IpcOutput<'auth:sign-in'>> {
  return t.ok('auth:sign-in', { initials: who.initials, secret: who.secret });
}

/** An administrator plus a nurse, with the nurse signed in: the usual starting point for charting tests. */
export async function nurseSignedIn(t: TestCore): Promise<{ adminId: string; nurseId: string; chargeId: string }> {
  const admin = await setupAdmin(t);
  const nurse = await createUser(t, NURSE);
  const charge = await createUser(t, CHARGE);
  await signInAs(t, NURSE);
  return { adminId: admin.user!.id, nurseId: nurse.id, chargeId: charge.id };
}

// Test kinds: a note whose `text` is required when signed, and one that needs a second nurse.
export const notePayload = z.object({
  text: z.string().min(1).max(2000),
  painScore: z.number().int().min(0).max(10).optional(),
});
export const doubleCheckPayload = z.object({ drug: z.string().min(1), doseMg: z.number().positive() });

export function registerTestChartKinds(): void {
  registerChartKind('test-note', notePayload);
  registerChartKind('test-double-check', doubleCheckPayload, { requiresSecondUser: true });
}

let request = 0;
/** A fresh client request id, as the renderer makes one per user action. */
export function requestId(): string {
  request += 1;
  return `req-${Date.now().toString(36)}-${request}`;
}

/** A patient created through the real channel (needs a signed-in user once accounts exist). */
export async function aPatient(t: TestCore): Promise<string> {
  return (await t.ok('patients:create', makePatient())).id;
}

export async function aDraft(
  t: TestCore,
  patientId: string,
  overrides: Partial<IpcInput<'chart:save-draft'>> = {},
): Promise<IpcOutput<'chart:save-draft'>> {
  return t.ok('chart:save-draft', {
    patientId,
    kind: 'test-note',
    payload: { text: 'Tolerated the infusion well.' },
    clientRequestId: requestId(),
    ...overrides,
  });
}
