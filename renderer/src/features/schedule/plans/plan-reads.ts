import type { IpcChannel } from '../../../../../shared/ipc/channels';

/**
 * What a change to a plan (booking it, an order entered or decided, hold, resume, discontinue) may change: every
 * open screen reading one of these asks again once the change succeeds (useMutation's `invalidates`).
 */
export const PLAN_READS: readonly IpcChannel[] = [
  'plans:get',
  'plans:list-for-patient',
  'plans:history',
  'orders:list-for-plan',
  'schedule:day',
];
