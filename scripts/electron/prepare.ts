import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { NATIVE_DRIVER } from '../../electron/main/native/driver';
import { ensureElectron, NO_ELECTRON_MESSAGE, readElectronPackage, type ElectronPackage } from './electron-binary';
import { buildNativeAddon, nativePaths, nativeTarget, noNativeMessage, staleReason } from './native';
import type { Runner } from './runner';

// What `npm start`, `npm run dev` and `npm run test:electron` need before Electron can open the app: the
// Electron binary, and the SQLite driver built for that Electron's ABI (rebuilt when Electron changes).

export interface PrepareOptions {
  root: string;
  electron: ElectronPackage;
  driverDir: string;
  env: NodeJS.ProcessEnv;
  run: Runner;
  log: (line: string) => void;
}

export interface PrepareResult {
  ok: boolean;
  /** What to tell the person at the terminal when it is not ok (three lines: cause, fix, what still works). */
  message: string[];
}

export function prepareElectron(options: PrepareOptions): PrepareResult {
  const { electron, env, run, log } = options;
  const state = ensureElectron({ electron, env, run, log });
  if (state === 'unavailable') return { ok: false, message: NO_ELECTRON_MESSAGE };
  if (state === 'installed') log(`Downloaded Electron ${electron.version}.`);
  const paths = nativePaths(options.root, options.driverDir);
  const target = nativeTarget(options.driverDir, electron);
  const reason = staleReason(paths.outDir, target);
  if (reason === null) return { ok: true, message: [] };
  log(`${NATIVE_DRIVER} needs a build for Electron ${electron.version}: ${reason}.`);
  const stamp = buildNativeAddon({ paths, target, env, run, log });
  return stamp ? { ok: true, message: [] } : { ok: false, message: noNativeMessage(target) };
}

/** The packages this project resolves (never require('electron') itself: it would start a download). */
export function projectPackages(root: string): { electron: ElectronPackage; driverDir: string } {
  const require = createRequire(`${root}/package.json`);
  return {
    electron: readElectronPackage(dirname(require.resolve('electron/package.json'))),
    driverDir: dirname(require.resolve(`${NATIVE_DRIVER}/package.json`)),
  };
}
