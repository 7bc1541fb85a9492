import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NATIVE_ADDON_FILE, NATIVE_DRIVER } from '../../../electron/main/native/driver';
import { ensureElectron, NO_ELECTRON_MESSAGE, type ElectronPackage } from '../../../scripts/electron/electron-binary';
import {
  buildEnv,
  nativePaths,
  nativeTarget,
  readStamp,
  staleReason,
  STAMP_FILE,
} from '../../../scripts/electron/native';
import { prepareElectron } from '../../../scripts/electron/prepare';
import type { Runner } from '../../../scripts/electron/runner';

// The start path with the network and Electron mocked: a fake electron package and driver package in a temp
// folder, and a runner that stands in for install-electron, prebuild-install and node-gyp (each either
// "downloads" by writing the file the real tool would write, or fails as it does offline).

let root: string;
let electron: ElectronPackage;
let driverDir: string;
const calls: Array<{ command: string; args: readonly string[]; cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean }> =
  [];
const logged: string[] = [];
const log = (line: string) => logged.push(line);

type Tool = 'install-electron' | 'prebuild-install' | 'node-gyp';
let online: Record<Tool, boolean>;

function toolOf(args: readonly string[]): Tool {
  const script = args[0] ?? '';
  if (script.endsWith('install.js')) return 'install-electron';
  return script.includes('prebuild-install') ? 'prebuild-install' : 'node-gyp';
}

const runner: Runner = (command, args, options) => {
  calls.push({ command, args, cwd: options.cwd, env: options.env, ...(options.quiet ? { quiet: true } : {}) });
  const tool = toolOf(args);
  if (!online[tool]) return false;
  if (tool === 'install-electron') {
    mkdirSync(join(electron.dir, 'dist'), { recursive: true });
    writeFileSync(join(electron.dir, 'dist', 'electron'), 'binary');
    writeFileSync(join(electron.dir, 'path.txt'), 'electron');
  } else {
    mkdirSync(join(options.cwd, 'build', 'Release'), { recursive: true });
    writeFileSync(join(options.cwd, 'build', 'Release', NATIVE_ADDON_FILE), `electron build by ${tool}`);
  }
  return true;
};

function writeJson(file: string, value: unknown) {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(value));
}

function installElectronBinary() {
  mkdirSync(join(electron.dir, 'dist'), { recursive: true });
  writeFileSync(join(electron.dir, 'dist', 'electron'), 'binary');
  writeFileSync(join(electron.dir, 'path.txt'), 'electron');
}

const env = {
  PATH: '/usr/bin',
  npm_config_nodedir: '/usr',
  npm_config_https_proxy: 'http://proxy.hospital.example:3128',
  npm_config_node_gyp: '',
} as NodeJS.ProcessEnv;

const prepare = (extraEnv: NodeJS.ProcessEnv = {}) =>
  prepareElectron({ root, electron, driverDir, env: { ...env, ...extraEnv }, run: runner, log });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'chairside-start-'));
  electron = { dir: join(root, 'node_modules', 'electron'), version: '45.5.0', abi: '150' };
  writeJson(join(electron.dir, 'package.json'), { name: 'electron', version: '45.5.0' });
  driverDir = join(root, 'node_modules', NATIVE_DRIVER);
  writeJson(join(driverDir, 'package.json'), { name: NATIVE_DRIVER, version: '12.11.1' });
  mkdirSync(join(driverDir, 'build', 'Release'), { recursive: true });
  writeFileSync(join(driverDir, 'build', 'Release', NATIVE_ADDON_FILE), 'node build');
  writeJson(join(driverDir, 'node_modules', 'prebuild-install', 'package.json'), { name: 'prebuild-install' });
  writeFileSync(join(driverDir, 'node_modules', 'prebuild-install', 'bin.js'), '');
  const gyp = join(root, 'npm', 'node-gyp', 'bin', 'node-gyp.js');
  mkdirSync(join(gyp, '..'), { recursive: true });
  writeFileSync(gyp, '');
  env.npm_config_node_gyp = gyp;
  online = { 'install-electron': true, 'prebuild-install': true, 'node-gyp': true };
  calls.length = 0;
  logged.length = 0;
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const outDir = () => nativePaths(root, driverDir).outDir;
const nodeBuild = () => readFileSync(join(driverDir, 'build', 'Release', NATIVE_ADDON_FILE), 'utf8');

describe('the Electron binary', () => {
  it('is used as it is when path.txt names an existing binary: nothing is downloaded', () => {
    installElectronBinary();
    expect(ensureElectron({ electron, env, run: runner, log })).toBe('present');
    expect(calls).toEqual([]);
  });

  it("is fetched with Electron's own install script when missing, quietly", () => {
    expect(ensureElectron({ electron, env, run: runner, log })).toBe('installed');
    expect(calls).toEqual([
      expect.objectContaining({ command: process.execPath, args: [join(electron.dir, 'install.js')], quiet: true }),
    ]);
    expect(logged[0]).toContain('Downloading Electron 45.5.0');
  });

  it('is reported unavailable when the download fails, or at once when CHAIRSIDE_NO_ELECTRON_DOWNLOAD is set', () => {
    online['install-electron'] = false;
    expect(ensureElectron({ electron, env, run: runner, log })).toBe('unavailable');
    calls.length = 0;
    const offline = { ...env, CHAIRSIDE_NO_ELECTRON_DOWNLOAD: '1' };
    expect(ensureElectron({ electron, env: offline, run: runner, log })).toBe('unavailable');
    expect(calls).toEqual([]);
  });

  it('ends the start with the three-line message when it cannot be had, before any native build', () => {
    online['install-electron'] = false;
    expect(prepare()).toEqual({ ok: false, message: NO_ELECTRON_MESSAGE });
    expect(NO_ELECTRON_MESSAGE).toHaveLength(3);
    expect(calls.map((c) => toolOf(c.args))).toEqual(['install-electron']);
  });
});

describe('the driver built for Electron', () => {
  it("downloads the prebuilt binary for this Electron first, into native/electron with a stamp, and leaves the tests' Node build alone", () => {
    installElectronBinary();
    expect(prepare()).toEqual({ ok: true, message: [] });
    const [call] = calls;
    expect(call!.args.slice(1)).toEqual([
      '--runtime=electron',
      '--target=45.5.0',
      `--arch=${process.arch}`,
      `--platform=${process.platform}`,
    ]);
    expect(call!.cwd).toBe(join(root, 'build', 'native-electron', NATIVE_DRIVER));
    expect(readFileSync(join(outDir(), NATIVE_ADDON_FILE), 'utf8')).toBe('electron build by prebuild-install');
    expect(readStamp(outDir())).toEqual({
      driver: NATIVE_DRIVER,
      driverVersion: '12.11.1',
      electronVersion: '45.5.0',
      abi: '150',
      platform: process.platform,
      arch: process.arch,
      builtWith: 'prebuilt',
    });
    expect(nodeBuild()).toBe('node build');
  });

  it("builds against Electron's headers when there is no prebuilt binary, with npm's node-gyp", () => {
    installElectronBinary();
    online['prebuild-install'] = false;
    expect(prepare().ok).toBe(true);
    const gyp = calls[1]!;
    expect(gyp.args).toEqual([
      env.npm_config_node_gyp,
      'rebuild',
      '--release',
      '--target=45.5.0',
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
    expect(readStamp(outDir())?.builtWith).toBe('electron-headers');
    expect(nodeBuild()).toBe('node build');
  });

  it('never builds with the global nodedir (it would silently target Node), but keeps the proxy settings', () => {
    installElectronBinary();
    online['prebuild-install'] = false;
    prepare();
    for (const call of calls) {
      expect(call.env.npm_config_nodedir).toBeUndefined();
      expect(call.env.npm_config_https_proxy).toBe('http://proxy.hospital.example:3128');
    }
    expect(buildEnv({ NPM_CONFIG_NODEDIR: '/usr', npm_config_proxy: 'p', HOME: '/h' })).toEqual({
      npm_config_proxy: 'p',
      HOME: '/h',
    });
  });

  it('copies the driver without its Node build, so a failed build cannot delete the one the tests use', () => {
    installElectronBinary();
    online['prebuild-install'] = false;
    online['node-gyp'] = false;
    prepare();
    const work = join(root, 'build', 'native-electron', NATIVE_DRIVER);
    expect(existsSync(join(work, 'package.json'))).toBe(true);
    expect(existsSync(join(work, 'build'))).toBe(false);
    expect(nodeBuild()).toBe('node build');
  });

  it('offline: both ways fail, nothing is written to native/electron and the three-line message names the fix', () => {
    installElectronBinary();
    online['prebuild-install'] = false;
    online['node-gyp'] = false;
    const result = prepare();
    expect(result.ok).toBe(false);
    expect(result.message).toHaveLength(3);
    expect(result.message[0]).toContain(`${NATIVE_DRIVER} is not built for Electron 45.5.0`);
    expect(result.message[1]).toContain('npm run native:electron');
    expect(existsSync(outDir())).toBe(false);
  });

  it('is not rebuilt while its stamp matches this Electron, driver, platform and architecture', () => {
    installElectronBinary();
    prepare();
    calls.length = 0;
    expect(prepare()).toEqual({ ok: true, message: [] });
    expect(calls).toEqual([]);
  });

  it('is rebuilt when Electron changes, saying why', () => {
    installElectronBinary();
    prepare();
    const stamp = { ...readStamp(outDir())!, electronVersion: '44.0.0' };
    writeFileSync(join(outDir(), STAMP_FILE), JSON.stringify(stamp));
    calls.length = 0;
    expect(prepare().ok).toBe(true);
    expect(calls).toHaveLength(1);
    expect(logged).toContain(
      `${NATIVE_DRIVER} needs a build for Electron 45.5.0: it was built for Electron version 44.0.0, this is 45.5.0.`,
    );
    expect(readStamp(outDir())?.electronVersion).toBe('45.5.0');
  });

  it('names every reason a build is stale', () => {
    const target = nativeTarget(driverDir, electron);
    expect(staleReason(outDir(), target)).toBe(`there is no Electron build of ${NATIVE_DRIVER} yet`);
    mkdirSync(outDir(), { recursive: true });
    writeFileSync(join(outDir(), NATIVE_ADDON_FILE), 'x');
    expect(staleReason(outDir(), target)).toBe('the existing build does not say which Electron it was built for');
    const cases: Array<[Partial<typeof target>, string]> = [
      [{ driver: 'other-driver' }, 'driver other-driver'],
      [{ driverVersion: '12.10.0' }, `${NATIVE_DRIVER} version 12.10.0`],
      [{ platform: 'win32' }, 'platform win32'],
      [{ arch: 'ia32' }, 'architecture ia32'],
    ];
    for (const [change, words] of cases) {
      writeFileSync(join(outDir(), STAMP_FILE), JSON.stringify({ ...target, ...change, builtWith: 'prebuilt' }));
      expect(staleReason(outDir(), target)).toContain(`it was built for ${words}`);
    }
    writeFileSync(join(outDir(), STAMP_FILE), JSON.stringify({ ...target, builtWith: 'prebuilt' }));
    expect(staleReason(outDir(), target)).toBeNull();
  });

  it("falls back to the project's node-gyp when npm does not name its own", () => {
    installElectronBinary();
    online['prebuild-install'] = false;
    const gyp = join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    writeJson(join(root, 'node_modules', 'node-gyp', 'package.json'), { name: 'node-gyp' });
    mkdirSync(join(gyp, '..'), { recursive: true });
    writeFileSync(gyp, '');
    const spy = vi.fn(runner);
    prepareElectron({ root, electron, driverDir, env: { PATH: '/usr/bin' }, run: spy, log });
    expect(spy.mock.calls[1]![1][0]).toBe(gyp);
  });
});
