import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import type { IpcResult } from '../../shared/ipc/result';
import type { Core } from './core/create-core';

// One of the two files allowed to touch ipcMain (lint-enforced). It only checks who is asking and hands the
// call to the core's router, which validates the input before any handler runs.

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

const forbidden: IpcResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the Chairside window.', issues: [] },
};

export function registerIpc(core: Core, isTrustedSender: SenderCheck): () => void {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event)) return forbidden;
      return core.dispatch(channel, input);
    });
  }
  return () => {
    for (const channel of IPC_CHANNELS) ipcMain.removeHandler(channel);
  };
}

/**
 * Only the app's own page, loaded from our renderer folder or the dev server, may call the core, and only from
 * its main frame. `isAppUrl` parses and compares whole URLs (app-origin.ts), never prefixes.
 */
export function trustedSenderCheck(isAppUrl: (url: string) => boolean): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    return frame != null && frame === event.sender.mainFrame && isAppUrl(frame.url);
  };
}
