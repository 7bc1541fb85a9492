import { contextBridge, ipcRenderer } from 'electron';
import { isIpcChannel } from '../../shared/ipc/channels';
import type { RendererApi } from '../../shared/ipc/contract';

// The only other file allowed to touch ipcRenderer. It exposes exactly one frozen function: no raw
// ipcRenderer, no Node. Input validation happens in main; this only refuses unknown channel names early.
const api: RendererApi = Object.freeze({
  invoke: ((channel: string, input: unknown) => {
    if (!isIpcChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'not-found', message: 'Unknown channel.', issues: [] } });
    }
    return ipcRenderer.invoke(channel, input);
  }) as RendererApi['invoke'],
});

contextBridge.exposeInMainWorld('api', api);
