import type { IpcChannel } from '../../../shared/ipc/channels';
import type { IpcInput, IpcOutput } from '../../../shared/ipc/contract';
import type { OrderLineInput } from '../../../shared/ipc/contract/orders';
import type { PlanDose } from '../../../shared/ipc/contract/plans';
import type { Core } from '../core/create-core';
import { MIN_SCRYPT_N, type ScryptCost } from '../services/auth/secrets';

// The demo's accounts (fictional people, secrets printed by the seed for the demo only) and a released order
// for every seeded plan: the prescriber signs one order per run of identical doses and the pharmacist
// verifies it, through the same channels and signatures as in the app. The order lines carry only what the
// library gives (dose, route, label infusion time): the demo invents no diluent, volume or rate.

export const DEMO_ACCOUNTS = {
  admin: { displayName: 'Dana Administrator', initials: 'DA', secretKind: 'password', secret: 'demo-admin-pass' },
  nurse: { displayName: 'Avery Quillfeather', initials: 'AQ', role: 'nurse', secretKind: 'pin', secret: '246810' },
  charge: {
    displayName: 'Bastien Larkspurre',
    initials: 'BL',
    role: 'charge-nurse',
    secretKind: 'password',
    secret: 'demo-charge-pass',
  },
  prescriber: {
    displayName: 'Dr Ione Marchetti',
    initials: 'IM',
    role: 'prescriber',
    secretKind: 'password',
    secret: 'demo-prescriber-pass',
  },
  pharmacist: {
    displayName: 'Priya Okonedo',
    initials: 'PO',
    role: 'pharmacist',
    secretKind: 'password',
    secret: 'demo-pharmacist-pass',
  },
} as const;

/**
 * The scrypt cost the demo's accounts are hashed with: the lowest the app accepts. Their secrets are printed
 * by the seed and in the README, so a costly hash protects nothing, while the seed checks them a few hundred
 * times (every signed order, verification and double check) and took about 30 s at the full cost. Accounts a
 * center adds to a demo database get the full cost (each hash keeps its own).
 */
export const DEMO_SECRET_COST: ScryptCost = { N: MIN_SCRYPT_N, r: 1, p: 1 };

/** Through the core as the signed-in user (not as 'demo-seed'): orders are signed by real accounts. */
async function as<C extends IpcChannel>(
  core: Pick<Core, 'dispatch'>,
  channel: C,
  input: IpcInput<C>,
): Promise<IpcOutput<C>> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`Demo seed: ${channel} was refused: ${result.error.message}`);
  return result.value as IpcOutput<C>;
}

/** The administrator (first run), then a nurse, a charge nurse, a prescriber and a pharmacist. */
export async function seedAccounts(core: Pick<Core, 'dispatch'>): Promise<void> {
  await as(core, 'auth:setup-admin', DEMO_ACCOUNTS.admin);
  for (const key of ['nurse', 'charge', 'prescriber', 'pharmacist'] as const)
    await as(core, 'users:create', DEMO_ACCOUNTS[key]);
}

const signature = (dose: PlanDose) => dose.items.map((i) => `${i.drugId}:${i.doseMg ?? i.doseText}`).join('|');

/** Runs of consecutive doses that give the same drugs and amounts: one order each. */
export function orderRuns(doses: readonly PlanDose[]): Array<{ first: PlanDose; last: PlanDose }> {
  const runs: Array<{ first: PlanDose; last: PlanDose }> = [];
  for (const dose of doses) {
    const run = runs.at(-1);
    if (run && signature(run.last) === signature(dose)) run.last = dose;
    else runs.push({ first: dose, last: dose });
  }
  return runs;
}

function linesOf(dose: PlanDose, routes: Record<string, 'IV' | 'SC'>): OrderLineInput[] {
  return dose.items.map((item) => ({
    drugId: item.drugId,
    doseMg: item.doseMg,
    route: routes[item.drugId] ?? 'IV',
    diluent: null,
    volumeMl: null,
    infusionMinutes: item.infusionMinutes,
    rateMlPerHour: null,
  }));
}

/**
 * Runs `work` over the items a few at a time: each order checks its signer's secret (scrypt, about 0.1 s in
 * the libuv thread pool), so four at once use both cores; the writes themselves stay one transaction each.
 */
async function fewAtATime<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += 4) results.push(...(await Promise.all(items.slice(i, i + 4).map(work))));
  return results;
}

/** Signs (as the prescriber) and verifies (as the pharmacist) an order for every dose of every plan. */
export async function seedOrders(core: Pick<Core, 'dispatch'>, planIds: readonly string[]): Promise<number> {
  const { prescriber, pharmacist } = DEMO_ACCOUNTS;
  await as(core, 'auth:sign-in', { initials: prescriber.initials, secret: prescriber.secret });
  const inputs = [];
  for (const planId of planIds) {
    const plan = await as(core, 'plans:get', { planId });
    const { routes } = await as(core, 'orders:list-for-plan', { planId });
    for (const { first, last } of orderRuns(plan.doses)) {
      inputs.push({
        planId,
        firstDose: first.doseNumber,
        lastDose: last.doseNumber,
        lines: linesOf(first, routes),
        secret: prescriber.secret,
      });
    }
  }
  const entered = await fewAtATime(inputs, async (input) => (await as(core, 'orders:enter', input)).id);
  await as(core, 'auth:sign-in', { initials: pharmacist.initials, secret: pharmacist.secret });
  await fewAtATime(entered, (orderId) => as(core, 'orders:verify', { orderId, secret: pharmacist.secret }));
  await as(core, 'auth:sign-out', {});
  return entered.length;
}
