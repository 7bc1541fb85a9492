// Runs before `npm start` / `npm run dev`. Electron ≥42 downloads its binary lazily and electron-vite never
// triggers that download (TOOLCHAIN P15), so check for it here and explain, in three lines, instead of
// letting electron-vite fail with a stack trace. Never require('electron') here: that starts a download.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);

function electronBinary() {
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function tryInstall() {
  if (process.env.CHAIRSIDE_NO_ELECTRON_DOWNLOAD) return false;
  // `install-electron --no` is Electron's documented way to fetch the binary; it fails fast without internet.
  const result = spawnSync('npx', ['--no', 'install-electron', '--no'], { stdio: 'ignore', timeout: 180_000 });
  return result.status === 0 && electronBinary() !== null;
}

if (electronBinary() === null && !tryInstall()) {
  console.error('Chairside cannot start: the Electron binary is not installed and could not be downloaded.');
  console.error('Fix: on a machine with internet run `npx install-electron --no` once, then `npm start` again.');
  console.error('Without Electron you can still run `npm test` or open the UI in Chromium with `npm run dev:browser`.');
  process.exit(1);
}
