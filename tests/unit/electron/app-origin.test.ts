import { describe, expect, it } from 'vitest';
import { appOrigin, devServerUrl } from '../../../electron/main/app-origin';

const rendererFile = '/opt/Chairside/resources/app.asar/out/renderer/index.html';
const packaged = appOrigin({ isPackaged: true, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' }, rendererFile });
const dev = appOrigin({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, rendererFile });

describe('the renderer an app loads', () => {
  it('ignores ELECTRON_RENDERER_URL when packaged and loads its own file', () => {
    expect(packaged.rendererUrl).toBeNull();
    expect(packaged.rendererFile).toBe(rendererFile);
    expect(packaged.isAppUrl('http://localhost:5173/')).toBe(false);
  });

  it('takes the dev server in development, only over http on this machine', () => {
    expect(dev.rendererUrl).toBe('http://localhost:5173/');
    expect(devServerUrl(false, { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' })?.port).toBe('5173');
    for (const url of ['https://cdn.example/app', 'http://192.0.2.7:5173', 'file:///tmp/evil.html', 'not a url']) {
      expect(devServerUrl(false, { ELECTRON_RENDERER_URL: url }), url).toBeNull();
    }
    expect(devServerUrl(false, {})).toBeNull();
  });
});

describe('what counts as the app', () => {
  it('in development: exactly the dev server origin (scheme, host and port)', () => {
    expect(dev.isAppUrl('http://localhost:5173/#/patients')).toBe(true);
    expect(dev.isAppUrl('http://localhost:5173/index.html?x=1')).toBe(true);
    for (const url of [
      'http://localhost:5173.evil.example/',
      'http://localhost.evil.example:5173/',
      'http://localhost:51730/',
      'https://localhost:5173/',
      'http://localhost/',
      'file:///opt/Chairside/resources/app.asar/out/renderer/index.html',
      'javascript:alert(1)',
      '',
    ]) {
      expect(dev.isAppUrl(url), url).toBe(false);
    }
  });

  it("packaged: files in the app's own renderer folder only", () => {
    expect(packaged.isAppUrl('file:///opt/Chairside/resources/app.asar/out/renderer/index.html#/settings')).toBe(true);
    expect(packaged.isAppUrl('file:///opt/Chairside/resources/app.asar/out/renderer/assets/index.js')).toBe(true);
    for (const url of [
      'file:///opt/Chairside/resources/app.asar/out/renderer-evil/index.html',
      'file:///opt/Chairside/resources/app.asar/out/renderer/../../../../../etc/passwd',
      'file:///opt/Chairside/resources/app.asar/out/renderer/%2e%2e/%2e%2e/main/index.js',
      'file://evil-host/opt/Chairside/resources/app.asar/out/renderer/index.html',
      'file:///opt/Chairside/resources/app.asar/out/renderer',
      'https://evil.example/opt/Chairside/resources/app.asar/out/renderer/index.html',
    ]) {
      expect(packaged.isAppUrl(url), url).toBe(false);
    }
  });
});
