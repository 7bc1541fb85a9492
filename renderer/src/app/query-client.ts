import { QueryClient } from '@tanstack/react-query';
import type { IpcChannel } from '../../../shared/ipc/channels';

// The renderer's one query cache, and what a change asks again. Kept apart from the hooks (api.ts) so the
// invalidation rules are tested against a real client without a window or a screen.

/**
 * One cache for every screen's reads. Answers are kept only while a screen shows them (gcTime 0): a screen
 * opened again asks main afresh instead of showing a chart that may have changed since. Refusals are not
 * retried; a reload or a change event asks again.
 */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, gcTime: 0, staleTime: 0, refetchOnWindowFocus: false } },
});

export interface MutationOptions {
  /** The reads this change may change: once it succeeds, every open screen reading one asks again. */
  invalidates?: readonly IpcChannel[];
  /**
   * Ask `invalidates` again after a refusal too: for a refusal that most often means the screen is out of date
   * (another workstation got there first), or a change refused part-way that still changed something.
   */
  invalidateOnError?: boolean;
}

/** What `useMutation` hands TanStack Query: the call, and which reads to ask again after success or refusal. */
export function mutationSpec(
  mutationFn: (input: unknown) => Promise<unknown>,
  options: MutationOptions,
  client: QueryClient = queryClient,
) {
  const again = () => {
    if (options.invalidates?.length) invalidate(options.invalidates, client);
  };
  return {
    mutationFn,
    onSuccess: again,
    onError: () => {
      if (options.invalidateOnError) again();
    },
  };
}

/** After a change made elsewhere (another screen, another workstation): every open screen reading `channels` asks again. */
export function invalidate(channels?: readonly IpcChannel[], client: QueryClient = queryClient): void {
  if (!channels) {
    void client.invalidateQueries();
    return;
  }
  for (const channel of channels) void client.invalidateQueries({ queryKey: [channel] });
}
