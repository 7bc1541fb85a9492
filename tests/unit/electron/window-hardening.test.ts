import { describe, expect, it, vi } from 'vitest';

// The shell's production hardening, with Electron mocked: what the menu offers, and what the window allows.
const created: Array<Record<string, unknown>> = [];
class FakeWindow {
  webContents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
  loadFile = vi.fn(() => Promise.resolve());
  loadURL = vi.fn(() => Promise.resolve());
  once = vi.fn();
  constructor(options: Record<string, unknown>) {
    created.push(options);
  }
}
vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
  session: { defaultSession: {} },
}));

const { buildMenu, createMainWindow, CONTENT_SECURITY_POLICY } = await import('../../../electron/main/window');

interface Item {
  role?: string;
  label?: string;
  submenu?: Item[];
  click?: () => void;
}
const template = (isPackaged: boolean, copyDiagnostics = vi.fn()) =>
  (buildMenu({ isPackaged, copyDiagnostics }) as unknown as { template: Item[] }).template;
const roles = (items: Item[]): string[] => items.flatMap((i) => [i.role ?? '', ...roles(i.submenu ?? [])]);

describe('the menu', () => {
  it('has no Reload, Force Reload or Toggle Developer Tools when packaged, and keeps zoom and full screen', () => {
    const menu = template(true);
    const all = roles(menu).map((r) => r.toLowerCase());
    for (const role of ['reload', 'forcereload', 'toggledevtools', 'viewmenu']) expect(all).not.toContain(role);
    expect(all).toEqual(expect.arrayContaining(['resetzoom', 'zoomin', 'zoomout', 'togglefullscreen']));
  });

  it('keeps the standard View menu (reload and developer tools) in development', () => {
    expect(roles(template(false))).toContain('viewMenu');
  });

  it('offers Help › Copy diagnostics in both', () => {
    for (const isPackaged of [true, false]) {
      const copy = vi.fn();
      const help = template(isPackaged, copy).find((m) => m.role === 'help')!;
      const item = help.submenu!.find((i) => i.label === 'Copy diagnostics')!;
      item.click!();
      expect(copy).toHaveBeenCalledOnce();
    }
  });
});

describe('the main window', () => {
  it('has no PDF viewer plugin, and developer tools only in development', () => {
    created.length = 0;
    createMainWindow({ preload: 'p', rendererFile: 'f', rendererUrl: null }, () => true);
    createMainWindow({ preload: 'p', rendererFile: 'f', rendererUrl: null, devTools: true }, () => true);
    const prefs = created.map((o) => o.webPreferences as Record<string, unknown>);
    expect(prefs.map((p) => p.plugins)).toEqual([false, false]);
    expect(prefs.map((p) => p.devTools)).toEqual([false, true]);
  });

  it('allows no frames and only its own workers', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("frame-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/frame-src[^;]*blob:/);
  });
});
