import { BrowserWindow, Menu, session, type MenuItemConstructorOptions, type WebContents } from 'electron';

export interface WindowPaths {
  preload: string;
  /** The renderer: a file path in production, the dev server URL in development. */
  rendererFile: string | null;
  rendererUrl: string | null;
  /** Development builds keep the developer tools; packaged ones have none. */
  devTools?: boolean;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'none'",
  // pdf.js renders the handout preview in a worker loaded from the app's own files.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function secureWebPreferences(preload: string, options: { devTools: boolean }): Electron.WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    // No PDF viewer plugin: the handout preview draws the PDF's pages as images with pdf.js in the page itself.
    plugins: false,
    // Developer tools only in development: an installed app has no way to open them (nor their menu items).
    devTools: options.devTools,
  };
}

/** Denies new windows and any navigation away from the app's own page. */
export function lockDownContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies every permission (camera, notifications, geolocation…) and sends the CSP header with every response. */
export function lockDownSession(): void {
  const s = session.defaultSession;
  s.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  s.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

export function createMainWindow(paths: WindowPaths, isAppUrl: (url: string) => boolean): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Chairside',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(paths.preload, { devTools: paths.devTools ?? false }),
  });
  lockDownContents(window.webContents, isAppUrl);
  window.once('ready-to-show', () => window.show());
  if (paths.rendererUrl) void window.loadURL(paths.rendererUrl);
  else if (paths.rendererFile) void window.loadFile(paths.rendererFile);
  return window;
}

export interface MenuOptions {
  /** Packaged builds have no Reload, Force Reload or Toggle Developer Tools. */
  isPackaged: boolean;
  /** Help › Copy diagnostics. */
  copyDiagnostics: () => void;
}

/** Zoom and full screen for everyone; reloading and developer tools only in development. */
function viewMenu(isPackaged: boolean): MenuItemConstructorOptions {
  if (!isPackaged) return { role: 'viewMenu' };
  const submenu: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return { label: 'View', submenu };
}

export function buildMenu(options: MenuOptions = { isPackaged: false, copyDiagnostics: () => undefined }): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    viewMenu(options.isPackaged),
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'Copy diagnostics', click: options.copyDiagnostics }, { role: 'about' }] },
  ];
  return Menu.buildFromTemplate(template);
}
