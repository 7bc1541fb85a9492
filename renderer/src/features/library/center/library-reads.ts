import type { IpcChannel } from '../../../../../shared/ipc/channels';

/**
 * What a center value (saved or removed) changes: the record's detail (its overrides) and the center's list.
 * Every open screen reading one of these asks again once the change succeeds (useMutation's `invalidates`).
 */
export const OVERRIDE_READS: readonly IpcChannel[] = [
  'library:get-drug',
  'library:get-regimen',
  'library:get-car-t',
  'library:list-overrides',
];

/** What a saved center regimen changes: the center's list, the regimen's detail and what the library finds. */
export const CENTER_REGIMEN_READS: readonly IpcChannel[] = [
  'library:list-overrides',
  'library:get-regimen',
  'library:search',
];
