import { expect, it, vi } from 'vitest';

// Loads electron/main/index.ts against a mocked Electron whose core fails to open the way a driver built for
// Node's ABI fails inside Electron: the dialog names the cause and the command, and the app exits.
const app = {
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  on: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  getPath: vi.fn(() => '/home/nurse/.config/Chairside'),
  getVersion: vi.fn(() => '0.1.0'),
  getAppPath: vi.fn(() => '/app'),
  isPackaged: false,
};
const showErrorBox = vi.fn();
vi.mock('electron', () => ({
  app,
  dialog: { showErrorBox },
  Menu: { setApplicationMenu: vi.fn() },
  safeStorage: {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (text: string) => Buffer.from(text),
    decryptString: (bytes: Buffer) => bytes.toString(),
  },
}));
const abiMismatch = new Error(
  "The module '/app/node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node'\nwas compiled against a different " +
    'Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 150.',
);
vi.mock('../../../electron/main/core/create-core', () => ({
  createCore: vi.fn(() => Promise.reject(new Error('The database could not be opened.', { cause: abiMismatch }))),
}));
vi.mock('../../../electron/main/ipc', () => ({ registerIpc: vi.fn(), trustedSenderCheck: vi.fn() }));
vi.mock('../../../electron/main/window', () => ({
  buildMenu: vi.fn(),
  lockDownSession: vi.fn(),
  createMainWindow: vi.fn(),
}));
// The real log file would be written under the mocked userData: diagnostics have their own tests.
const write = vi.fn();
vi.mock('../../../electron/main/diagnostics/setup', () => ({
  startDiagnostics: () => ({ logger: { error: vi.fn() }, write, observe: (core: unknown) => core, copy: vi.fn() }),
}));

it('shows a dialog naming the native module problem and `npm run native:electron`, then exits 1', async () => {
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(1));
  const [title, message] = showErrorBox.mock.calls[0] as [string, string];
  expect(title).toBe('Chairside cannot open its database engine');
  expect(message).toContain('NODE_MODULE_VERSION 115');
  expect(message).toContain('npm run native:electron');
  expect(message).not.toMatch(/\n\s+at /);
  // The log keeps the failure by its class and code locations; its free text is withheld.
  expect(write).toHaveBeenCalledWith('error', expect.stringContaining('Start failed: Error: [message withheld'));
});
