import { contextBridge, ipcRenderer } from 'electron';
import { isIpcChannel } from '../../shared/ipc/channels';
import type { RendererApi } from '../../shared/ipc/contract';
import { CONNECTION_EVENT, LIVE_EVENT, type ConnectionState, type LiveChange } from '../../shared/ipc/live';

/** Main's pushed events, handed over without the Electron event object. */
function subscribe<T>(name: string, listener: (value: T) => void): () => void {
  const handler = (_event: unknown, value: T) => listener(value);
  ipcRenderer.on(name, handler);
  return () => void ipcRenderer.removeListener(name, handler);
}

// The only other file allowed to touch ipcRenderer. It exposes one frozen object (invoke, and two
// subscriptions to main's live events): no raw ipcRenderer, no Node. Input validation happens in main; this only refuses unknown channel names early.
const api: RendererApi = Object.freeze({
  invoke: ((channel: string, input: unknown) => {
    if (!isIpcChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'not-found', message: 'Unknown channel.', issues: [] } });
    }
    return ipcRenderer.invoke(channel, input);
  }) as RendererApi['invoke'],
  onLive: (listener: (change: LiveChange) => void) => subscribe(LIVE_EVENT, listener),
  onConnection: (listener: (state: ConnectionState) => void) => subscribe(CONNECTION_EVENT, listener),
});

contextBridge.exposeInMainWorld('api', api);
