// npm run dev:browser [-- --db PATH|postgres://…] — the app's UI in Chromium, wired to the real core, for
// development on machines without an Electron binary. Close the browser window or press Ctrl+C to stop.
// A postgres:// URL (npm run center:dev prints one) opens the center database: the center key comes from
// CHAIRSIDE_CENTER_KEY, or from dev-data/center-dev.key that center:dev wrote.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isPostgresUrl } from '../electron/main/store/location';
import { chromium } from '@playwright/test';
import { createCore } from '../electron/main/core/create-core';
import { devKeystore } from '../tests/harness/keystore';
import { installIpcBridge } from '../tests/harness/bridge';
import { chromiumArgs, chromiumPath } from '../tests/harness/chromium';
import { RENDERER_DIR } from '../tests/harness/app';
import { serveStatic } from '../tests/harness/static-server';

const { values } = parseArgs({ options: { db: { type: 'string' }, headless: { type: 'boolean', default: false } } });
const databasePath = values.db ?? process.env.CHAIRSIDE_DB ?? 'dev-data/chairside.sqlite3';
const devCenterKey = 'dev-data/center-dev.key';
const centerKey =
  process.env.CHAIRSIDE_CENTER_KEY ??
  (existsSync(devCenterKey) ? readFileSync(devCenterKey, 'utf8').trim() : undefined);
const password = process.env.CHAIRSIDE_DB_PASSWORD;
const core = await createCore({
  databasePath,
  appVersion: 'dev',
  workstation: `dev-browser-${process.pid}`,
  ...(isPostgresUrl(databasePath)
    ? { ...(centerKey ? { centerKey } : {}), ...(password ? { databasePassword: password } : {}) }
    : // Settings › Center database saves beside the developer database, as the app does in its profile.
      { keystore: devKeystore(databasePath), profileDir: join(dirname(databasePath), 'profile') }),
});
const server = await serveStatic(RENDERER_DIR);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: chromiumArgs,
  headless: values.headless,
});
const context = await browser.newContext({ viewport: null });
await installIpcBridge(context, core);
const page = await context.newPage();
await page.goto(server.url);
console.log(`Chairside UI at ${server.url} (database ${databasePath}). Ctrl+C to stop.`);

async function stop() {
  await browser.close().catch(() => undefined);
  await server.close();
  await core.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
browser.on('disconnected', () => void stop());
