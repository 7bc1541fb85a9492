import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { NATIVE_ADDON_FILE, NATIVE_DRIVER } from '../../electron/main/native/driver';
import type { Runner } from './runner';

// The SQLite driver built for Electron's ABI, kept apart from the Node build the tests use: an in-place rebuild
// (electron-rebuild, electron-builder's npmRebuild) overwrites node_modules/<driver>/build, and a failed one
// deletes it. So the package is copied to build/native-electron/<driver> and built there, prebuilt binary for
// this Electron version first, Electron's headers second; the addon goes to native/electron/ with a stamp
// saying what it was built for, so a change of Electron (or driver) version triggers a rebuild.

export const STAMP_FILE = 'stamp.json';

export interface NativeTarget {
  driver: string;
  driverVersion: string;
  electronVersion: string;
  /** Electron's NODE_MODULE_VERSION, when the electron package says it. */
  abi: string | null;
  platform: string;
  arch: string;
}

export interface NativeStamp extends NativeTarget {
  builtWith: 'prebuilt' | 'electron-headers';
}

export interface NativePaths {
  /** The driver package in node_modules (its Node build stays untouched). */
  driverDir: string;
  /** Where the copy is built. */
  workDir: string;
  /** Where the addon and its stamp are written (native/electron). */
  outDir: string;
}

export function nativePaths(root: string, driverDir: string): NativePaths {
  return {
    driverDir,
    workDir: join(root, 'build', 'native-electron', NATIVE_DRIVER),
    outDir: join(root, 'native', 'electron'),
  };
}

export function nativeTarget(driverDir: string, electron: { version: string; abi: string | null }): NativeTarget {
  const { version } = JSON.parse(readFileSync(join(driverDir, 'package.json'), 'utf8')) as { version: string };
  return {
    driver: NATIVE_DRIVER,
    driverVersion: version,
    electronVersion: electron.version,
    abi: electron.abi,
    platform: process.platform,
    arch: process.arch,
  };
}

export function readStamp(outDir: string): NativeStamp | null {
  try {
    return JSON.parse(readFileSync(join(outDir, STAMP_FILE), 'utf8')) as NativeStamp;
  } catch {
    return null;
  }
}

const STAMPED: ReadonlyArray<[keyof NativeTarget, string]> = [
  ['driver', 'driver'],
  ['driverVersion', `${NATIVE_DRIVER} version`],
  ['electronVersion', 'Electron version'],
  ['platform', 'platform'],
  ['arch', 'architecture'],
];

/** Why the Electron build in outDir cannot be used for target, or null when it can. */
export function staleReason(outDir: string, target: NativeTarget): string | null {
  if (!existsSync(join(outDir, NATIVE_ADDON_FILE))) return `there is no Electron build of ${NATIVE_DRIVER} yet`;
  const stamp = readStamp(outDir);
  if (!stamp) return 'the existing build does not say which Electron it was built for';
  for (const [key, words] of STAMPED) {
    if (stamp[key] !== target[key]) return `it was built for ${words} ${stamp[key]}, this is ${target[key]}`;
  }
  return null;
}

// A global nodedir (set on some machines in ~/.npmrc) silently builds for Node's ABI even with --target, and
// npm_config_nodedir='' does not override it: drop every npm_config_* but the proxy settings a hospital
// network may need to reach the download hosts.
const KEPT_NPM_CONFIG = new Set([
  'npm_config_proxy',
  'npm_config_https_proxy',
  'npm_config_noproxy',
  'npm_config_cafile',
]);

export function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([k]) => !k.toLowerCase().startsWith('npm_config_') || KEPT_NPM_CONFIG.has(k.toLowerCase()),
    ),
  );
}

/** node-gyp's script: npm's own copy (npm sets npm_config_node_gyp in scripts), else the project's. */
export function nodeGypScript(env: NodeJS.ProcessEnv, from: string): string | null {
  if (env.npm_config_node_gyp && existsSync(env.npm_config_node_gyp)) return env.npm_config_node_gyp;
  return resolveFrom(from, 'node-gyp/bin/node-gyp.js');
}

function resolveFrom(dir: string, request: string): string | null {
  try {
    return createRequire(join(dir, 'package.json')).resolve(request);
  } catch {
    return null;
  }
}

export interface BuildNativeOptions {
  paths: NativePaths;
  target: NativeTarget;
  env: NodeJS.ProcessEnv;
  run: Runner;
  log: (line: string) => void;
}

function stageCopy({ driverDir, workDir }: NativePaths): void {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(dirname(workDir), { recursive: true });
  const ownBuild = join(driverDir, 'build');
  cpSync(driverDir, workDir, { recursive: true, filter: (p) => p !== ownBuild && !p.startsWith(ownBuild + '/') });
}

function compile(options: BuildNativeOptions): NativeStamp['builtWith'] | null {
  const { paths, target, run } = options;
  const env = buildEnv(options.env);
  const common = { cwd: paths.workDir, env };
  const platformArgs = [`--target=${target.electronVersion}`, `--arch=${target.arch}`];
  const prebuild = resolveFrom(paths.driverDir, 'prebuild-install/bin.js');
  if (
    prebuild &&
    run(process.execPath, [prebuild, '--runtime=electron', ...platformArgs, `--platform=${target.platform}`], common)
  ) {
    return 'prebuilt';
  }
  const gyp = nodeGypScript(options.env, paths.driverDir);
  const headers = ['rebuild', '--release', ...platformArgs, '--dist-url=https://electronjs.org/headers'];
  if (gyp && run(process.execPath, [gyp, ...headers], common)) return 'electron-headers';
  return null;
}

/** Builds the addon for target into paths.outDir with its stamp; null (and outDir untouched) when it cannot. */
export function buildNativeAddon(options: BuildNativeOptions): NativeStamp | null {
  const { paths, target, log } = options;
  log(`Building ${NATIVE_DRIVER} ${target.driverVersion} for Electron ${target.electronVersion} in ${paths.workDir}`);
  stageCopy(paths);
  const builtWith = compile(options);
  const addon = join(paths.workDir, 'build', 'Release', NATIVE_ADDON_FILE);
  if (!builtWith || !existsSync(addon)) return null;
  mkdirSync(paths.outDir, { recursive: true });
  copyFileSync(addon, join(paths.outDir, NATIVE_ADDON_FILE));
  const stamp: NativeStamp = { ...target, builtWith };
  writeFileSync(join(paths.outDir, STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
  log(
    `Wrote ${join(paths.outDir, NATIVE_ADDON_FILE)} (${builtWith === 'prebuilt' ? 'prebuilt binary' : "built against Electron's headers"}).`,
  );
  return stamp;
}

export const noNativeMessage = (target: NativeTarget): string[] => [
  `Chairside cannot start: ${NATIVE_DRIVER} is not built for Electron ${target.electronVersion} and could not be downloaded or compiled.`,
  'Fix: on a machine with internet (and C++ build tools) run `npm run native:electron`, then `npm start` again.',
  'Without Electron you can still run `npm test` or open the UI in Chromium with `npm run dev:browser`.',
];
