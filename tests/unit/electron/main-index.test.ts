import { beforeEach, expect, it, vi } from 'vitest';

// Loads electron/main/index.ts against a mocked Electron to check the start-up wiring.
const appHandlers = new Map<string, (...args: unknown[]) => void>();
const windowMock = { isMinimized: vi.fn(() => true), restore: vi.fn(), focus: vi.fn(), on: vi.fn() };
const state = { lock: true };

const app = {
  requestSingleInstanceLock: vi.fn(() => state.lock),
  quit: vi.fn(),
  exit: vi.fn(),
  on: vi.fn((event: string, fn: (...args: unknown[]) => void) => appHandlers.set(event, fn)),
  whenReady: vi.fn(() => Promise.resolve()),
  getPath: vi.fn(() => '/home/nurse/.config/Chairside'),
  getVersion: vi.fn(() => '0.1.0'),
  getAppPath: vi.fn(() => '/app'),
  isPackaged: false,
};

vi.mock('electron', () => ({
  app,
  dialog: { showErrorBox: vi.fn() },
  Menu: { setApplicationMenu: vi.fn() },
  BrowserWindow: vi.fn(),
  safeStorage: {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (text: string) => Buffer.from(text),
    decryptString: (bytes: Buffer) => bytes.toString(),
  },
}));
// The core's live events reach the window (subscribe, onConnection); the glue only registers the listeners.
const live = () => ({ subscribe: vi.fn(), onConnection: vi.fn() });
const createCore = vi.fn(() => Promise.resolve({ close: vi.fn(), live: live() }));
vi.mock('../../../electron/main/core/create-core', () => ({ createCore }));
vi.mock('../../../electron/main/ipc', () => ({ registerIpc: vi.fn(), trustedSenderCheck: vi.fn(() => () => true) }));
vi.mock('../../../electron/main/window', () => ({
  buildMenu: vi.fn(),
  lockDownSession: vi.fn(),
  createMainWindow: vi.fn(() => windowMock),
}));
// The log file would be written under the mocked userData: diagnostics have their own tests.
vi.mock('../../../electron/main/diagnostics/setup', () => ({
  startDiagnostics: () => ({
    logger: { error: vi.fn() },
    write: vi.fn(),
    observe: (core: unknown) => core,
    copy: vi.fn(),
  }),
}));

beforeEach(() => {
  vi.resetModules();
  appHandlers.clear();
  vi.clearAllMocks();
});

it('takes the single-instance lock, opens the database under userData/data and focuses the window on a second launch', async () => {
  state.lock = true;
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(createCore).toHaveBeenCalled());
  expect(createCore).toHaveBeenCalledWith(
    expect.objectContaining({
      databasePath: '/home/nurse/.config/Chairside/data/chairside.sqlite3',
      appVersion: '0.1.0',
      keystore: expect.objectContaining({ isSecure: true }) as unknown,
      unencryptedDatabase: false,
    }),
  );
  await vi.waitFor(() => expect(windowMock.on).toHaveBeenCalled());
  appHandlers.get('second-instance')!();
  expect(windowMock.restore).toHaveBeenCalled();
  expect(windowMock.focus).toHaveBeenCalled();
});

it('quits at once when another instance already runs', async () => {
  state.lock = false;
  await import('../../../electron/main/index');
  expect(app.quit).toHaveBeenCalled();
  expect(createCore).not.toHaveBeenCalled();
});

it('waits for the core to close (last checkpoint, backup on quit) before the app exits', async () => {
  state.lock = true;
  let finish: () => void = () => undefined;
  const close = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
  createCore.mockImplementationOnce(() => Promise.resolve({ close, live: live() }));
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(windowMock.on).toHaveBeenCalled());
  const event = { preventDefault: vi.fn() };
  appHandlers.get('will-quit')!(event);
  expect(event.preventDefault).toHaveBeenCalled();
  expect(close).toHaveBeenCalledOnce();
  expect(app.exit).not.toHaveBeenCalled();
  finish();
  await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(0));
  expect(createCore).toHaveBeenCalledWith(expect.objectContaining({ scheduledBackups: true }));
});
