import type { IpcChannel } from '../../../../shared/ipc/channels';

/**
 * What a change at the chair (check-in, a signature or a correction, an infusion event, hold or discharge) may
 * change: every open screen reading one of these asks again once the change succeeds (useMutation's
 * `invalidates`), so no tab reloads the visit by hand. Draft saves are not in it: a draft saved while the nurse
 * types would ask for the visit again, and the visit's forms are keyed by its entries (each form says which
 * reads show its drafts: useEntry's `draftShownIn`).
 */
export const CHART_READS: readonly IpcChannel[] = [
  'charting:context',
  'charting:worklist',
  'charting:alerts',
  'charting:irae-timeline',
  'charting:car-t',
  'chart:list',
  'chart:history',
  'ready:evaluate',
  'schedule:day',
];
