import type { IpcInput, IpcOutput } from '../../shared/ipc/contract';
import type { OrderLineInput } from '../../shared/ipc/contract/orders';
import { openTestCore, type TestCore } from './core';
import { CHARGE, NURSE, createUser, setupAdmin, signInAs } from './auth';
import { addPatient, makeCenter, startPlan, type TestCenter } from './schedule';

// Builders for order and plan-action tests: a center, the accounts an infusion unit has (administrator,
// nurse, charge nurse, prescriber, two pharmacists), a patient whose pembrolizumab plan is booked. The
// secrets are test fixtures. The line values are what a test types into the order, not library facts.

export const PRESCRIBER = {
  displayName: 'Dr Nadia Okafor',
  initials: 'NO',
  role: 'prescriber',
  secretKind: 'password',
  secret: 'prescriber-passphrase',
} as const;
export const PHARMACIST = {
  displayName: 'Paul Pharmacien',
  initials: 'PP',
  role: 'pharmacist',
  secretKind: 'password',
  secret: 'pharmacist-passphrase',
} as const;
export const PHARMACIST_2 = {
  displayName: 'Rania Rx',
  initials: 'RR',
  role: 'pharmacist',
  secretKind: 'pin',
  secret: '731904',
} as const;

export interface OrderWorld {
  t: TestCore;
  center: TestCenter;
  ids: { admin: string; nurse: string; charge: string; prescriber: string; pharmacist: string; pharmacist2: string };
  patientId: string;
  plan: IpcOutput<'plans:create'>;
}

/** Everything through the app's channels; the nurse is signed in at the end. Today is 2026-11-27. */
export async function openOrderWorld(
  regimen: Partial<Extract<IpcInput<'plans:create'>, { kind: 'regimen' }>> = {},
  options: { book?: boolean } = {},
): Promise<OrderWorld> {
  const t = await openTestCore('2026-11-27T09:00:00Z');
  const center = await makeCenter(t, { chairs: 3, nurses: 2 });
  const admin = (await setupAdmin(t)).user!.id;
  const ids = {
    admin,
    nurse: (await createUser(t, NURSE)).id,
    charge: (await createUser(t, CHARGE)).id,
    prescriber: (await createUser(t, PRESCRIBER)).id,
    pharmacist: (await createUser(t, PHARMACIST)).id,
    pharmacist2: (await createUser(t, PHARMACIST_2)).id,
  };
  await signInAs(t, NURSE);
  const patientId = await addPatient(t);
  const plan = await startPlan(t, patientId, { maxDoses: 4, ...regimen });
  if (options.book ?? true) await t.ok('schedule:book-plan', { planId: plan.id });
  return { t, center, ids, patientId, plan };
}

export const pembrolizumabLine = (overrides: Partial<OrderLineInput> = {}): OrderLineInput => ({
  drugId: 'pembrolizumab',
  doseMg: 200,
  route: 'IV',
  diluent: 'Sodium chloride 0.9 %',
  volumeMl: 100,
  infusionMinutes: 30,
  rateMlPerHour: 200,
  ...overrides,
});

/** An external order typed by the signed-in nurse for doses first..last, read back. */
export function externalOrder(
  planId: string,
  overrides: Partial<IpcInput<'orders:enter'>> = {},
): IpcInput<'orders:enter'> {
  return {
    planId,
    firstDose: 1,
    lastDose: 1,
    lines: [pembrolizumabLine()],
    external: { prescriberName: 'Dr Nadia Okafor', reference: 'RX-2026-0042', readBack: true },
    secret: NURSE.secret,
    ...overrides,
  };
}

/** Signs in as someone (by initials and secret), runs `work`, and leaves that user signed in. */
export async function as<T>(
  t: TestCore,
  who: { initials: string; secret: string },
  work: () => Promise<T>,
): Promise<T> {
  await signInAs(t, who);
  return work();
}

/** The first issue's stable code and field, as the renderer reads a refusal. */
export function refusalOf(result: {
  ok: boolean;
  error?: { code: string; issues: Array<{ path: string; code?: string }> };
}) {
  if (result.ok || !result.error) return null;
  const issue = result.error.issues[0];
  return { code: result.error.code, reason: issue?.code, path: issue?.path };
}

export { CHARGE, NURSE };
