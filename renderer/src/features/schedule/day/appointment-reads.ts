import type { IpcChannel } from '../../../../../shared/ipc/channels';
import { PLAN_READS } from '../plans/plan-reads';

/**
 * What a change to one appointment (its status, a move, a hold, a cancel or a no-show) may change: the day and
 * the plan's doses (PLAN_READS), the appointment's history, the chairside list, the pharmacy's day and the nurse
 * board. Every open screen reading one of these asks again once the change succeeds (useMutation's
 * `invalidates`): the day view is not reloaded by hand.
 */
export const APPOINTMENT_READS: readonly IpcChannel[] = [
  ...PLAN_READS,
  'schedule:history',
  'charting:worklist',
  'pharmacy:day',
  'assignments:board',
];
