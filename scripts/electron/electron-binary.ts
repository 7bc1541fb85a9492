import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runner } from './runner';

// Electron ≥42 has no postinstall: its binary is fetched on first use, and electron-vite never triggers that
// (it reads node_modules/electron/path.txt and fails with "Electron uninstall"). These functions find the
// binary and, when it is missing, run Electron's own `install-electron` (node_modules/electron/install.js).
// Never require('electron') from Node here: that starts a synchronous download.

export interface ElectronPackage {
  dir: string;
  version: string;
  /** Electron's NODE_MODULE_VERSION (the package's abi_version file), when it ships one. */
  abi: string | null;
}

export function readElectronPackage(dir: string): ElectronPackage {
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const abiFile = join(dir, 'abi_version');
  const abi = existsSync(abiFile) ? readFileSync(abiFile, 'utf8').trim() : null;
  return { dir, version, abi };
}

/** The installed Electron executable, or null when path.txt or the file it names is missing. */
export function electronBinary(dir: string): string | null {
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export type ElectronState = 'present' | 'installed' | 'unavailable';

export interface EnsureElectronOptions {
  electron: ElectronPackage;
  env: NodeJS.ProcessEnv;
  run: Runner;
  log: (line: string) => void;
}

/** Makes sure the Electron binary is there, downloading it with Electron's install script when allowed. */
export function ensureElectron({ electron, env, run, log }: EnsureElectronOptions): ElectronState {
  if (electronBinary(electron.dir) !== null) return 'present';
  // CI and the offline build machines set this to fail at once instead of waiting for a download to time out.
  if (env.CHAIRSIDE_NO_ELECTRON_DOWNLOAD) return 'unavailable';
  log(`Downloading Electron ${electron.version} (once per machine)…`);
  const install = [join(electron.dir, 'install.js')];
  const ok = run(process.execPath, install, { cwd: electron.dir, env, timeoutMs: 300_000, quiet: true });
  return ok && electronBinary(electron.dir) !== null ? 'installed' : 'unavailable';
}

export const NO_ELECTRON_MESSAGE = [
  'Chairside cannot start: the Electron binary is not installed and could not be downloaded.',
  'Fix: on a machine with internet run `npx install-electron --no` once, then `npm start` again.',
  'Without Electron you can still run `npm test` or open the UI in Chromium with `npm run dev:browser`.',
];
