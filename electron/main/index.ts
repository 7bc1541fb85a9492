import type { BrowserWindow } from 'electron';
import { app, dialog, Menu } from 'electron';
import { join } from 'node:path';
import { appOrigin } from './app-origin';
import { createCore, type Core } from './core/create-core';
import type { CoreOptions } from './core/build-deps';
import { describeError } from './diagnostics/redact';
import { startDiagnostics, type Diagnostics } from './diagnostics/setup';
import { registerIpc, trustedSenderCheck } from './ipc';
import { CONNECTION_EVENT, LIVE_EVENT } from '../../shared/ipc/live';
import { explainStartFailure } from './native/load-failure';
import { resolveDatabaseSetting, resolveNativeBinding, type DatabaseSetting } from './paths';
import { createElectronPlatform } from './platform';
import { createElectronKeystore } from './keystore-electron';
import { readCenterCredentials } from './core/center-credentials';
import { clearWorkstationDatabase, readWorkstationSetting } from './core/workstation-setting';
import { savedDatabaseFailure } from './saved-database-failure';
import { buildMenu, createMainWindow, lockDownSession } from './window';

// Thin glue: everything that can run without Electron lives in core/, store/ and services/.

// A packaged app never takes its page from ELECTRON_RENDERER_URL; origins are compared whole (app-origin.ts).
const origin = appOrigin({
  isPackaged: app.isPackaged,
  env: process.env,
  rendererFile: join(import.meta.dirname, '../renderer/index.html'),
});

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
let diagnostics: Diagnostics | null = null;
let databaseSetting: DatabaseSetting | null = null;

// Everything this process writes (database, WAL, key file, backups, saved PDFs) is owner-only.
process.umask(0o077);

async function start(): Promise<void> {
  const diag = (diagnostics = startDiagnostics());
  lockDownSession();
  const userData = app.getPath('userData');
  // --db > CHAIRSIDE_DB > the setting saved in Settings › Center database > this workstation's own file.
  const setting = (databaseSetting = resolveDatabaseSetting(
    userData,
    process.argv,
    process.env,
    readWorkstationSetting(userData).database,
  ));
  const nativeBinding = resolveNativeBinding({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
  });
  const copyDiagnostics = () => void diag.copy(core, nativeBinding ?? null, mainWindow);
  Menu.setApplicationMenu(buildMenu({ isPackaged: app.isPackaged, copyDiagnostics }));
  // Packaged builds ship resources/ beside the app (electron-builder extraResources); in development the
  // core finds the repository's resources/ folder itself.
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : undefined;
  core = await createCore({
    databasePath: setting.value,
    databaseSource: setting.source,
    profileDir: userData,
    appVersion: app.getVersion(),
    ...(nativeBinding ? { nativeBinding } : {}),
    ...(resourcesDir ? { resourcesDir } : {}),
    platform: createElectronPlatform({ parentWindow: () => mainWindow }),
    ...securityOptions(),
    // Daily backups (and one on quit) by default; a staged restore finishes at the next start.
    scheduledBackups: true,
    // Center mode: chart drafts saved while the server is away wait here, on this workstation.
    draftOutboxFile: join(userData, 'center-draft-outbox.sqlite3'),
    restart: () => {
      app.relaunch();
      app.quit();
    },
    log: diag.logger,
  });
  registerIpc(diag.observe(core), trustedSenderCheck(origin.isAppUrl));
  const preload = join(import.meta.dirname, '../preload/index.cjs');
  mainWindow = createMainWindow({ ...origin, preload, devTools: !app.isPackaged }, origin.isAppUrl);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  // Changes made here or on another workstation, and the center connection, reach the window live.
  core.live.subscribe((change) => mainWindow?.webContents.send(LIVE_EVENT, change));
  core.live.onConnection((state) => mainWindow?.webContents.send(CONNECTION_EVENT, state));
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
      // A native module that does not load is named with the command that fixes it; StoreError messages name
      // the file and the fix; nothing is shown with a stack.
      const failure = explainStartFailure(error, { isPackaged: app.isPackaged });
      diagnostics?.write('error', `Start failed: ${describeError(error)}`);
      const saved = savedDatabaseFailure(failure, databaseSetting);
      if (!saved) {
        dialog.showErrorBox(failure.title, failure.message);
        return app.exit(1);
      }
      const choice = dialog.showMessageBoxSync({ type: 'error', ...saved, defaultId: 1, cancelId: 1, noLink: true });
      if (choice === saved.useOwnFile) {
        clearWorkstationDatabase(app.getPath('userData'));
        diagnostics?.write('warn', 'The saved center database setting was cleared at start; restarting.');
        app.relaunch();
      }
      app.exit(1);
    });
}
