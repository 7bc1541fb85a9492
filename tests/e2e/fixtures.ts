import { test as base, type Locator } from '@playwright/test';
import { launchBrowserApp, type BrowserApp, type BrowserAppOptions } from '../harness/app';
import { RENDERER_DIR } from '../harness/app';
import { serveStatic, type StaticServer } from '../harness/static-server';

interface WorkerFixtures {
  server: StaticServer;
}

interface TestFixtures {
  /** Opens the app on a fresh temporary database (or the given options) and closes it after the test. */
  openApp: (options?: Omit<BrowserAppOptions, 'browser' | 'server'>) => Promise<BrowserApp>;
  app: BrowserApp;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveStatic(RENDERER_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  openApp: async ({ browser, server }, use) => {
    const opened: BrowserApp[] = [];
    await use(async (options = {}) => {
      const app = await launchBrowserApp({ ...options, browser: browser, server });
      opened.push(app);
      return app;
    });
    for (const app of opened) await app.close();
  },
  app: async ({ openApp }, use) => {
    await use(await openApp({ now: '2026-11-27T09:30:00Z' }));
  },
});

export { expect } from '@playwright/test';

/**
 * Types like a person, one key at a time, after clearing what the field held (`fill` pastes the whole value
 * at once and hides bugs in fields that react to each keystroke, like a partial "0." read as a number).
 */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Delete');
  if (text !== '') await field.pressSequentially(text);
}
