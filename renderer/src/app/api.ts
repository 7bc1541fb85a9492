import { useCallback, useEffect, useState } from 'react';
import type { IpcChannel } from '../../../shared/ipc/channels';
import type { IpcInput, IpcOutput } from '../../../shared/ipc/contract';
import i18next from 'i18next';
import { isStorageErrorCode, storageMessage } from '../../../shared/ipc/failures';
import type { IpcError } from '../../../shared/ipc/result';
import { SESSION_CHANGED_EVENT } from '../features/auth/session-context';
import { codedIssue, invalidText, issueText } from '../components/refusal-text';

/**
 * The nurse's words for a failure: a refused input names its fields in words (never a payload path or the
 * schema's wording); any other refusal with a reason is said in the reader's language (English words too come
 * from the messages file, not from the core); storage failures are translated here, naming the file main named.
 * Only an uncoded failure (internal) shows the core's message.
 */
function shownMessage(error: IpcError): string {
  if (error.code === 'invalid') return invalidText(error);
  const coded = codedIssue(error);
  if (coded) return issueText(coded);
  if (!isStorageErrorCode(error.code)) return error.message;
  const language = i18next.language === 'fr' ? 'fr' : 'en';
  return storageMessage(error.code, error.params?.file ?? '', language);
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

/**
 * Loads a channel's answer when the component mounts or its input changes; `enabled: false` asks nothing
 * (an input that is not there yet, such as a term not chosen, is never sent to be refused).
 */
export function useQuery<C extends IpcChannel>(
  channel: C,
  input: IpcInput<C>,
  options: { enabled?: boolean } = {},
): Query<IpcOutput<C>> {
  const enabled = options.enabled ?? true;
  const key = JSON.stringify(input);
  const [state, setState] = useState<{ data?: IpcOutput<C>; error: ApiError | null; loading: boolean }>({
    error: null,
    loading: true,
  });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    call(channel, JSON.parse(key) as IpcInput<C>).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: unknown) =>
        live &&
        setState({
          error:
            error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error), issues: [] }),
          loading: false,
        }),
    );
    return () => {
      live = false;
    };
  }, [channel, key, generation, enabled]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
