import { useCallback, useEffect } from 'react';
import { useMutation as useTanStackMutation, useQuery as useTanStackQuery } from '@tanstack/react-query';
import type { IpcChannel } from '../../../shared/ipc/channels';
import type { IpcInput, IpcOutput } from '../../../shared/ipc/contract';
import i18next from 'i18next';
import { isStorageErrorCode } from '../../../shared/ipc/failures';
import type { IpcError } from '../../../shared/ipc/result';
import { SESSION_CHANGED_EVENT } from '../features/auth/session-context';
import { codedIssue, invalidText, issueText } from '../components/refusal-text';
import type { LiveTopic } from '../../../shared/ipc/live';
import { mutationSpec, type MutationOptions } from './query-client';

export { invalidate, queryClient, type MutationOptions } from './query-client';

/**
 * The nurse's words for a failure: a refused input names its fields in words (never a payload path or the
 * schema's wording); any other refusal with a reason is said in the reader's language (in English, the service's
 * own sentence, which may carry detail the reason's words cannot); storage failures are translated here, naming the file main named.
 * Only an uncoded failure (internal) shows the core's message.
 */
function shownMessage(error: IpcError): string {
  if (error.code === 'invalid') return invalidText(error);
  const coded = codedIssue(error);
  if (coded) return issueText(coded);
  if (!isStorageErrorCode(error.code)) return error.message;
  return i18next.t(`storage.${error.code}`, { file: error.params?.file ?? '' });
}

/** A failed call, carrying the stable code and the field issues so forms can show them beside the fields. */
export class ApiError extends Error {
  constructor(readonly error: IpcError) {
    super(shownMessage(error));
    this.name = 'ApiError';
  }
  get code() {
    return this.error.code;
  }
}

export async function call<C extends IpcChannel>(channel: C, input: IpcInput<C>): Promise<IpcOutput<C>> {
  const result = await window.api.invoke(channel, input);
  if (!result.ok) {
    // The core locked the workstation (idle): let the session gate show the lock screen at once.
    if (result.error.code === 'locked') window.dispatchEvent(new Event(SESSION_CHANGED_EVENT));
    throw new ApiError(result.error);
  }
  return result.value;
}

export interface Query<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error), issues: [] });

/**
 * Loads a channel's answer when the component mounts or its input changes, keyed `[channel, input]` so two
 * screens asking the same question share one request; `enabled: false` asks nothing (an input that is not there
 * yet, such as a term not chosen, is never sent to be refused).
 */
export function useQuery<C extends IpcChannel>(
  channel: C,
  input: IpcInput<C>,
  options: { enabled?: boolean; live?: readonly LiveTopic[] } = {},
): Query<IpcOutput<C>> {
  const query = useTanStackQuery<IpcOutput<C>, ApiError>({
    queryKey: [channel, input],
    queryFn: () => call(channel, input).catch((error: unknown) => Promise.reject(asApiError(error))),
    enabled: options.enabled ?? true,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  useLiveReload(options.live, (options.enabled ?? true) ? reload : null);
  return { data: query.data, error: query.error, loading: query.isPending || query.isFetching, reload };
}

export interface Mutation<I, O> {
  /** Runs the change; rejects with the ApiError as `call` does, so a form can show it beside its fields. */
  run: (input: I) => Promise<O>;
  /** True while the change is on its way: the form's button is disabled, so nothing is sent twice. */
  pending: boolean;
}

/**
 * A change, with its own "on its way" flag (no hand-rolled saving/busy state): a channel, or an action made of
 * calls. Once it succeeds, every open screen reading one of `invalidates` asks again (keys `[channel, input]`).
 */
export function useMutation<C extends IpcChannel>(
  channel: C,
  options?: MutationOptions,
): Mutation<IpcInput<C>, IpcOutput<C>>;
export function useMutation<I, O>(action: (input: I) => Promise<O>, options?: MutationOptions): Mutation<I, O>;
export function useMutation(
  channelOrAction: IpcChannel | ((input: unknown) => Promise<unknown>),
  options: MutationOptions = {},
): Mutation<unknown, unknown> {
  const mutation = useTanStackMutation<unknown, unknown, unknown>(
    mutationSpec(
      (input) =>
        typeof channelOrAction === 'function'
          ? channelOrAction(input)
          : call(channelOrAction, input as IpcInput<typeof channelOrAction>),
      options,
    ),
  );
  return { run: mutation.mutateAsync, pending: mutation.isPending };
}

/**
 * Asks again when a change of one of `topics` was committed here or on another workstation of the center
 * (shared/ipc/live.ts): the day view and the chairside list follow the center without a reload.
 */
export function useLiveReload(topics: readonly LiveTopic[] | undefined, reload: (() => void) | null): void {
  const key = topics?.join(',') ?? '';
  useEffect(() => {
    if (!key || !reload) return;
    const wanted = key.split(',');
    let pending: ReturnType<typeof setTimeout> | null = null;
    const stop = window.api.onLive((change) => {
      if (!change.topics.some((t) => wanted.includes(t)) || pending !== null) return;
      // A burst of changes (a plan booked whole, a day tightened, a demo seeded, another workstation's
      // import) asks once, after the burst's first moment, for the state after all of them; one change asked
      // again per change, each cancelling the last.
      pending = setTimeout(() => {
        pending = null;
        reload();
      }, LIVE_GATHER_MS);
    });
    return () => {
      stop();
      if (pending !== null) clearTimeout(pending);
    };
  }, [key, reload]);
}

/** How long live changes are gathered before a screen asks again (well inside the 2 s a change may take). */
export const LIVE_GATHER_MS = 150;
