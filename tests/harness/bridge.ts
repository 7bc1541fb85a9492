import type { BrowserContext, Page } from '@playwright/test';
import type { Core } from '../../electron/main/core/create-core';

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
    content: `Object.defineProperty(window, 'api', {
      value: Object.freeze({ invoke: (channel, input) => window.__chairsideInvoke(channel, input) }),
      writable: false,
      configurable: false,
    });`,
  });
}
