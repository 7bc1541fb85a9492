import type { IpcChannel } from '../../../../../shared/ipc/channels';

/**
 * What a saved part of the center setup (a chair, an injection place, the hours, a nurse, her shifts, the limits)
 * changes: the setup Settings shows. Every open screen reading it asks again once the change succeeds
 * (useMutation's `invalidates`), so no section reloads the setup by hand.
 */
export const CENTER_SETUP_READS: readonly IpcChannel[] = ['center:get-setup'];

/** A closure added or removed also changes which bookings fall on a closed day. */
export const CLOSURE_READS: readonly IpcChannel[] = [...CENTER_SETUP_READS, 'schedule:closed-day-bookings'];
