import type { BrowserWindow } from 'electron';
import { app, dialog, Menu } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCore, type Core, type CoreOptions } from './core/create-core';
import { registerIpc, trustedSenderCheck } from './ipc';
import { resolveDatabasePath, resolveNativeBinding } from './paths';
import { createElectronPlatform } from './platform';
import { createElectronKeystore } from './keystore-electron';
import { readCenterCredentials } from './core/center-credentials';
import { buildMenu, createMainWindow, lockDownSession } from './window';

// Thin glue: everything that can run without Electron lives in core/, store/ and services/.

const rendererFile = join(import.meta.dirname, '../renderer/index.html');
const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? null;
const appUrlPrefix = rendererUrl ?? pathToFileURL(rendererFile).href;
const isAppUrl = (url: string) => url.startsWith(appUrlPrefix);

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

// Everything this process writes (database, WAL, key file, backups, saved PDFs) is owner-only.
process.umask(0o077);

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
    ...securityOptions(),
    // Daily backups (and one on quit) by default; a staged restore finishes at the next start.
    scheduledBackups: true,
    restart: () => {
      app.relaunch();
      app.quit();
    },
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

/**
 * The keystore, and the two documented settings: CHAIRSIDE_UNENCRYPTED_DATABASE=1 (a disk encrypted as a
 * whole; new databases then stay plain) and CHAIRSIDE_RECOVERY_KEY (given once, after the OS profile lost
 * the key: the database key is then wrapped again by this profile's keystore).
 */
function securityOptions(): Pick<
  CoreOptions,
  'keystore' | 'unencryptedDatabase' | 'recoveryKey' | 'centerKey' | 'databasePassword'
> {
  const keystore = createElectronKeystore();
  const recoveryKey = process.env.CHAIRSIDE_RECOVERY_KEY;
  // Center mode: the center key and the database password from the environment, else from this profile's
  // keystore (core/center-credentials.ts); never from the URL.
  const saved = keystore ? readCenterCredentials(app.getPath('userData'), keystore) : {};
  const centerKey = process.env.CHAIRSIDE_CENTER_KEY ?? saved.centerKey;
  const databasePassword = process.env.CHAIRSIDE_DB_PASSWORD ?? saved.databasePassword;
  return {
    ...(keystore ? { keystore } : {}),
    unencryptedDatabase: process.env.CHAIRSIDE_UNENCRYPTED_DATABASE === '1',
    ...(recoveryKey ? { recoveryKey } : {}),
    ...(centerKey ? { centerKey } : {}),
    ...(databasePassword ? { databasePassword } : {}),
  };
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
  // Quit waits for the core: its last checkpoint and the backup on quit must reach the disk.
  let closing = false;
  app.on('will-quit', (event) => {
    if (!core || closing) return;
    event.preventDefault();
    closing = true;
    void core.close().finally(() => app.exit(0));
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // StoreError messages name the file and the fix; anything else is shown without a stack.
      dialog.showErrorBox('Chairside cannot start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
