import type { BrowserWindow } from 'electron';
import { app, dialog, Menu } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCore, type Core } from './core/create-core';
import { registerIpc, trustedSenderCheck } from './ipc';
import { explainStartFailure } from './native/load-failure';
import { resolveDatabasePath, resolveNativeBinding } from './paths';
import { createElectronPlatform } from './platform';
import { buildMenu, createMainWindow, lockDownSession } from './window';

// Thin glue: everything that can run without Electron lives in core/, store/ and services/.

const rendererFile = join(import.meta.dirname, '../renderer/index.html');
const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? null;
const appUrlPrefix = rendererUrl ?? pathToFileURL(rendererFile).href;
const isAppUrl = (url: string) => url.startsWith(appUrlPrefix);

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  lockDownSession();
  Menu.setApplicationMenu(buildMenu());
  const databasePath = resolveDatabasePath(app.getPath('userData'), process.argv, process.env);
  const nativeBinding = resolveNativeBinding({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
  });
  // Packaged builds ship resources/ beside the app (electron-builder extraResources); in development the
  // core finds the repository's resources/ folder itself.
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : undefined;
  core = await createCore({
    databasePath,
    appVersion: app.getVersion(),
    ...(nativeBinding ? { nativeBinding } : {}),
    ...(resourcesDir ? { resourcesDir } : {}),
    platform: createElectronPlatform({ parentWindow: () => mainWindow }),
  });
  registerIpc(core, trustedSenderCheck(appUrlPrefix));
  mainWindow = createMainWindow(
    { preload: join(import.meta.dirname, '../preload/index.cjs'), rendererFile, rendererUrl },
    isAppUrl,
  );
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void core?.close());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // A native module that does not load is named with the command that fixes it; StoreError messages name
      // the file and the fix; nothing is shown with a stack.
      const failure = explainStartFailure(error, { isPackaged: app.isPackaged });
      dialog.showErrorBox(failure.title, failure.message);
      app.exit(1);
    });
}
