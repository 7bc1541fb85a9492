import type { BrowserContext, Page } from '@playwright/test';
import type { Core } from '../../electron/main/core/create-core';
import { CONNECTION_EVENT, LIVE_EVENT } from '../../shared/ipc/live';

/**
 * Gives the page the same `window.api` the preload gives it in Electron, wired to the real core: the page
 * calls `window.api.invoke(channel, input)`, the core validates, runs the handler against the real SQLite
 * file and answers with the same envelope. Must be installed before the first navigation.
 */
export async function installIpcBridge(target: Page | BrowserContext, core: Core): Promise<void> {
  await target.exposeBinding('__chairsideInvoke', (_source, channel: unknown, input: unknown) =>
    core.dispatch(channel, input),
  );
  // A string, not a function: tsx/esbuild would wrap a function with helpers (__name) the page lacks.
  await target.addInitScript({
    content: `(() => {
      const on = (name) => (listener) => {
        const handler = (event) => listener(event.detail);
        window.addEventListener(name, handler);
        return () => window.removeEventListener(name, handler);
      };
      Object.defineProperty(window, 'api', {
        value: Object.freeze({
          invoke: (channel, input) => window.__chairsideInvoke(channel, input),
          onLive: on('${LIVE_EVENT}'),
          onConnection: on('${CONNECTION_EVENT}'),
        }),
        writable: false,
        configurable: false,
      });
    })();`,
  });
  // Main's pushed events reach the page as DOM events (Electron: webContents.send, electron/main/index.ts).
  const pages = () => ('pages' in target ? target.pages() : [target]);
  const push = (name: string, detail: unknown) => {
    for (const page of pages()) {
      void page
        .evaluate(([n, d]) => window.dispatchEvent(new CustomEvent(n as string, { detail: d })), [name, detail])
        .catch(() => undefined);
    }
  };
  core.live.subscribe((change) => push(LIVE_EVENT, change));
  core.live.onConnection((state) => push(CONNECTION_EVENT, state));
}
