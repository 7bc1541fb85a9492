import { expect, it, vi } from 'vitest';
import type * as IpcModule from '../../../electron/main/ipc';

// Loads electron/main/index.ts as an installed app whose environment still carries ELECTRON_RENDERER_URL (a
// leftover, or someone trying to swap the UI): the window must load the app's own file, with no developer
// tools, the menu must be the installed one, and IPC must refuse the would-be dev server.
process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
Object.defineProperty(process, 'resourcesPath', { value: '/opt/Chairside/resources', configurable: true });
const app = {
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  on: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  getPath: vi.fn(() => '/home/nurse/.config/Chairside'),
  getVersion: vi.fn(() => '0.1.0'),
  getAppPath: vi.fn(() => '/opt/Chairside/resources/app.asar'),
  isPackaged: true,
};
vi.mock('electron', () => ({
  app,
  dialog: { showErrorBox: vi.fn() },
  Menu: { setApplicationMenu: vi.fn() },
  safeStorage: {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (text: string) => Buffer.from(text),
    decryptString: (bytes: Buffer) => bytes.toString(),
  },
}));
vi.mock('../../../electron/main/core/create-core', () => ({
  createCore: vi.fn(() => Promise.resolve({ close: vi.fn() })),
}));
const registerIpc = vi.fn();
vi.mock('../../../electron/main/ipc', async (original) => ({
  ...(await original<typeof IpcModule>()),
  registerIpc,
}));
const createMainWindow = vi.fn((..._args: unknown[]) => ({ on: vi.fn() }));
const buildMenu = vi.fn();
vi.mock('../../../electron/main/window', () => ({ buildMenu, lockDownSession: vi.fn(), createMainWindow }));
vi.mock('../../../electron/main/diagnostics/setup', () => ({
  startDiagnostics: () => ({
    logger: { error: vi.fn() },
    write: vi.fn(),
    observe: (core: unknown) => core,
    copy: vi.fn(),
  }),
}));

it('ignores ELECTRON_RENDERER_URL, has no developer tools or reload menu, and trusts only its own files', async () => {
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(createMainWindow).toHaveBeenCalled());
  const [paths, isAppUrl] = createMainWindow.mock.calls[0] as [Record<string, unknown>, (url: string) => boolean];
  expect(paths.rendererUrl).toBeNull();
  expect(paths.rendererFile).toMatch(/renderer[/\\]index\.html$/);
  expect(paths.devTools).toBe(false);
  expect(buildMenu).toHaveBeenCalledWith(expect.objectContaining({ isPackaged: true }));
  expect(isAppUrl('http://localhost:5173/')).toBe(false);
  const senderCheck = registerIpc.mock.calls[0]![1] as (event: unknown) => boolean;
  const mainFrame = { url: 'http://localhost:5173/' };
  expect(senderCheck({ senderFrame: mainFrame, sender: { mainFrame } })).toBe(false);
  const own = { url: `file://${String(paths.rendererFile)}#/schedule` };
  expect(senderCheck({ senderFrame: own, sender: { mainFrame: own } })).toBe(true);
});
