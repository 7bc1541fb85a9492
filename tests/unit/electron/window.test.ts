import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron cannot run here: the module is mocked and every option and handler the shell sets is checked.
const created: Array<{ options: Record<string, unknown>; instance: FakeWindow }> = [];

class FakeContents {
  handlers = new Map<string, (...args: unknown[]) => void>();
  windowOpenHandler: ((details: unknown) => unknown) | null = null;
  setWindowOpenHandler(fn: (details: unknown) => unknown) {
    this.windowOpenHandler = fn;
  }
  on(event: string, fn: (...args: unknown[]) => void) {
    this.handlers.set(event, fn);
  }
}

class FakeWindow {
  webContents = new FakeContents();
  loadFile = vi.fn(() => Promise.resolve());
  loadURL = vi.fn(() => Promise.resolve());
  once = vi.fn();
  show = vi.fn();
  constructor(options: Record<string, unknown>) {
    created.push({ options, instance: this });
  }
}

const session = {
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
  webRequest: { onHeadersReceived: vi.fn() },
};

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
  session: { defaultSession: session },
}));

const { createMainWindow, lockDownSession, buildMenu, CONTENT_SECURITY_POLICY } =
  await import('../../../electron/main/window');

const isAppUrl = (url: string) => url.startsWith('file:///app/out/renderer/index.html');

beforeEach(() => {
  created.length = 0;
});

describe('the main window', () => {
  it('is sandboxed, context-isolated and without Node, with the CommonJS preload', () => {
    createMainWindow(
      { preload: '/app/out/preload/index.cjs', rendererFile: '/app/out/renderer/index.html', rendererUrl: null },
      isAppUrl,
    );
    const prefs = created[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(created[0]!.options).toMatchObject({ show: false, minWidth: 1024 });
    expect(created[0]!.instance.loadFile).toHaveBeenCalledWith('/app/out/renderer/index.html');
  });

  it('denies window.open and blocks navigation away from the app', () => {
    createMainWindow({ preload: 'p', rendererFile: 'f', rendererUrl: null }, isAppUrl);
    const contents = created[0]!.instance.webContents;
    expect(contents.windowOpenHandler!({ url: 'https://evil.example' })).toEqual({ action: 'deny' });
    for (const event of ['will-navigate', 'will-redirect']) {
      const away = { preventDefault: vi.fn() };
      contents.handlers.get(event)!(away, 'https://evil.example');
      expect(away.preventDefault).toHaveBeenCalled();
      const inside = { preventDefault: vi.fn() };
      contents.handlers.get(event)!(inside, 'file:///app/out/renderer/index.html#/settings');
      expect(inside.preventDefault).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    contents.handlers.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('loads the dev server URL in development', () => {
    createMainWindow({ preload: 'p', rendererFile: null, rendererUrl: 'http://localhost:5173' }, isAppUrl);
    expect(created[0]!.instance.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });
});

describe('the session', () => {
  it('denies every permission request and check', () => {
    lockDownSession();
    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (
      c: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void;
    const callback = vi.fn();
    request({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean;
    expect(check()).toBe(false);
  });

  it('sends a strict CSP without unsafe-eval or inline scripts', () => {
    lockDownSession();
    const onHeaders = session.webRequest.onHeadersReceived.mock.calls[0]![0] as (
      d: unknown,
      cb: (r: unknown) => void,
    ) => void;
    const callback = vi.fn();
    onHeaders({ responseHeaders: { 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline/);
  });
});

it('builds a native menu from the standard roles', () => {
  const menu = buildMenu() as unknown as { template: Array<{ role?: string }> };
  expect(menu.template.map((m) => m.role)).toEqual(
    expect.arrayContaining(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']),
  );
});
