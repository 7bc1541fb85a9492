import type { IpcChannel } from '../../../../shared/ipc/channels';

/**
 * What a lab result entered or voided changes: the patient's results, the labs still needed and Ready to treat.
 * Every open screen reading one of these asks again once the change succeeds (useMutation's `invalidates`).
 */
export const LAB_READS: readonly IpcChannel[] = ['labs:list', 'labs:needed', 'ready:evaluate'];
