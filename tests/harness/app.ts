import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createCore, type Core } from '../../electron/main/core/create-core';
import { fixedClock, systemClock, type Clock } from '../../electron/main/core/clock';
import { chromiumArgs, chromiumPath } from './chromium';
import { devKeystore } from './keystore';
import { installIpcBridge } from './bridge';
import { harnessLog } from './app-log';
import { createChromiumPlatform, type ChromiumPlatform } from './platform';
import { serveStatic, type StaticServer } from './static-server';
import { TEST_SECRET_COST } from '../support/secret-cost';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = resolve(REPO_ROOT, 'out/renderer');
const APP_VERSION = (JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

export interface BrowserAppOptions {
  /** An existing database file, or a center database URL (postgres://…); a fresh temporary file when omitted. */
  databasePath?: string;
  /** Center mode: the center key of the database in `databasePath`. */
  centerKey?: string;
  /** ISO time the core's clock is frozen at; the real clock when omitted. */
  now?: string;
  viewport?: { width: number; height: number };
  /** The page's IANA time zone (the machine's when omitted), e.g. the center's, so both sides agree on "today". */
  timezoneId?: string;
  /** Reuse a browser (tests share one per worker); one is launched otherwise. */
  browser?: Browser;
  /** Reuse a server for the renderer; one is started otherwise. */
  server?: StaticServer;
}

export interface BrowserApp {
  core: Core;
  page: Page;
  context: BrowserContext;
  url: string;
  databasePath: string;
  clock: Clock;
  /** The core's PDF/print/save platform: printed PDFs and saved files can be read back from it. */
  platform: ChromiumPlatform;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
}

/**
 * "The app in a browser": the built renderer in Debian Chromium, with window.api bridged to the real core on
 * a real SQLite file. Used by the e2e tests, the screenshot script, the benchmarks and `npm run dev:browser`.
 */
export async function launchBrowserApp(options: BrowserAppOptions = {}): Promise<BrowserApp> {
  const center = options.databasePath?.startsWith('postgres') ?? false;
  const tempDir = options.databasePath && !center ? null : mkdtempSync(join(tmpdir(), 'chairside-'));
  const databasePath = options.databasePath ?? join(tempDir!, 'chairside.sqlite3');
  // A workstation's own folder: beside its file, or a temporary one in center mode (checkpoints, outbox).
  const workstationDir = center ? tempDir! : dirname(databasePath);
  const clock = options.now ? fixedClock(options.now) : systemClock;
  const browser = options.browser ?? (await launchBrowser());
  const platform = createChromiumPlatform({ browser });
  const appLog = harnessLog();
  const log = appLog?.logger;
  const core = await createCore({
    databasePath,
    clock,
    appVersion: APP_VERSION,
    workstation: 'browser-harness',
    platform,
    keystore: devKeystore(center ? join(workstationDir, 'chairside.sqlite3') : databasePath),
    // The workstation's profile (Electron's userData), where Settings › Center database saves its setting.
    profileDir: join(workstationDir, 'profile'),
    ...(center ? { centerKey: options.centerKey, checkpointFile: join(workstationDir, 'checkpoints.jsonl') } : {}),
    // The demo and e2e nurses sign in with a PIN, as in a center that allows it (the default refuses).
    authPolicy: { pinSignIn: true, secretCost: TEST_SECRET_COST },
    ...(log ? { log } : {}),
  });
  const server = options.server ?? (await serveStatic(RENDERER_DIR));
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 860 },
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  await installIpcBridge(context, appLog ? appLog.observe(core) : core);
  const page = await context.newPage();
  await page.goto(server.url);
  return {
    core,
    page,
    context,
    url: server.url,
    databasePath,
    clock,
    platform,
    close: async () => {
      await context.close();
      await platform.close();
      if (!options.browser) await browser.close();
      if (!options.server) await server.close();
      await appLog?.recordPatients(core);
      await core.close();
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    },
  };
}
