import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc/channels';

const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn((channel: string, fn: (event: unknown, input: unknown) => unknown) => handlers.set(channel, fn)),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  },
}));

const { registerIpc, trustedSenderCheck } = await import('../../../electron/main/ipc');
const { appOrigin } = await import('../../../electron/main/app-origin');

const appUrl = 'file:///app/out/renderer/index.html';
const isAppUrl = appOrigin({ isPackaged: true, env: {}, rendererFile: '/app/out/renderer/index.html' }).isAppUrl;
function eventFrom(url: string, isMainFrame = true) {
  const mainFrame = { url };
  return { senderFrame: isMainFrame ? mainFrame : { url }, sender: { mainFrame } };
}

describe('ipcMain wiring', () => {
  const core = { dispatch: vi.fn(() => Promise.resolve({ ok: true, value: 1 })) };

  it('registers every contract channel once and hands trusted calls to the core', async () => {
    const unregister = registerIpc(core as never, trustedSenderCheck(isAppUrl));
    expect([...handlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    await handlers.get('settings:get')!(eventFrom(`${appUrl}#/settings`), {});
    expect(core.dispatch).toHaveBeenCalledWith('settings:get', {});
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('answers forbidden to any other page or a subframe, without calling the core', async () => {
    registerIpc(core as never, trustedSenderCheck(isAppUrl));
    core.dispatch.mockClear();
    const lookalikes = [
      'https://evil.example/',
      'file:///app/out/renderer-evil/index.html',
      'file:///app/out/renderer/../../../etc/passwd',
      'file://evil-host/app/out/renderer/index.html',
      'not a url',
    ];
    for (const event of [...lookalikes.map((url) => eventFrom(url)), eventFrom(appUrl, false)]) {
      const result = await handlers.get('settings:get')!(event, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(core.dispatch).not.toHaveBeenCalled();
  });
});
