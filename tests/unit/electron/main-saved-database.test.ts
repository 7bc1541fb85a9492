import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, expect, it, vi } from 'vitest';
import { StoreError } from '../../../electron/main/store/errors';

// Loads electron/main/index.ts against a mocked Electron, with a real profile folder holding the setting an
// administrator saved in Settings › Center database: the app opens that center database, and when it cannot,
// the dialog names the failure and its first button takes the workstation back to its own file.

const CENTER = 'postgres://chairside@127.0.0.1:5432/center';
const userData = await vi.hoisted(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  return mkdtempSync(`${tmpdir()}/chairside-profile-`);
});
const app = {
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  relaunch: vi.fn(),
  on: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  getPath: vi.fn(() => userData),
  getVersion: vi.fn(() => '0.1.0'),
  getAppPath: vi.fn(() => '/app'),
  isPackaged: false,
};
const dialog = { showErrorBox: vi.fn(), showMessageBoxSync: vi.fn(() => 0) };
vi.mock('electron', () => ({
  app,
  dialog,
  Menu: { setApplicationMenu: vi.fn() },
  safeStorage: {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (text: string) => Buffer.from(text),
    decryptString: (bytes: Buffer) => bytes.toString(),
  },
}));
const createCore = vi.fn();
vi.mock('../../../electron/main/core/create-core', () => ({ createCore }));
vi.mock('../../../electron/main/ipc', () => ({ registerIpc: vi.fn(), trustedSenderCheck: vi.fn() }));
vi.mock('../../../electron/main/window', () => ({
  buildMenu: vi.fn(),
  lockDownSession: vi.fn(),
  createMainWindow: vi.fn(() => ({ on: vi.fn() })),
}));
vi.mock('../../../electron/main/diagnostics/setup', () => ({
  startDiagnostics: () => ({ logger: { error: vi.fn() }, write: vi.fn(), observe: (c: unknown) => c, copy: vi.fn() }),
}));

const settingFile = join(userData, 'workstation.json');
beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  writeFileSync(settingFile, JSON.stringify({ database: CENTER }));
});
afterAll(() => rmSync(userData, { recursive: true, force: true }));

it('opens the center database saved for this workstation, and tells the core where the setting came from', async () => {
  createCore.mockResolvedValue({ close: vi.fn(), live: { subscribe: vi.fn(), onConnection: vi.fn() } });
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(createCore).toHaveBeenCalled());
  expect(createCore).toHaveBeenCalledWith(
    expect.objectContaining({ databasePath: CENTER, databaseSource: 'saved', profileDir: userData }),
  );
});

it('names the failure of a saved center database and, on the first button, clears the setting and restarts', async () => {
  const failure = 'No server answers at the center database 127.0.0.1:5432/center (host unreachable: ECONNREFUSED).';
  createCore.mockRejectedValue(new StoreError('unreachable', failure));
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(1));
  expect(dialog.showErrorBox).not.toHaveBeenCalled();
  const [options] = dialog.showMessageBoxSync.mock.calls[0] as unknown as [
    { title: string; message: string; buttons: string[] },
  ];
  expect(options.title).toMatch(/center database saved for this workstation/);
  expect(options.message).toContain(failure);
  expect(options.message).toContain('--db PATH');
  expect(options.buttons).toEqual(["Use this workstation's own database", 'Quit']);
  expect(() => readFileSync(settingFile)).toThrow(/ENOENT/);
  expect(app.relaunch).toHaveBeenCalled();
});

it('keeps the setting when the administrator chooses Quit', async () => {
  createCore.mockRejectedValue(new StoreError('unreachable', 'No server answers.'));
  dialog.showMessageBoxSync.mockReturnValueOnce(1);
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(1));
  expect(JSON.parse(readFileSync(settingFile, 'utf8'))).toEqual({ database: CENTER });
  expect(app.relaunch).not.toHaveBeenCalled();
});
