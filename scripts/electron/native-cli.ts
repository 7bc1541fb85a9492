// `npm run native:electron`: (re)builds the SQLite driver for the installed Electron's ABI into native/electron/,
// whatever the stamp says. The Node build in node_modules, which the tests use, is never touched.
import { resolve } from 'node:path';
import { buildNativeAddon, nativePaths, nativeTarget, noNativeMessage } from './native';
import { projectPackages } from './prepare';
import { spawnRunner } from './runner';

const root = resolve(import.meta.dirname, '../..');
const { electron, driverDir } = projectPackages(root);
const target = nativeTarget(driverDir, electron);
const stamp = buildNativeAddon({
  paths: nativePaths(root, driverDir),
  target,
  env: process.env,
  run: spawnRunner,
  log: (line) => console.log(line),
});
if (!stamp) {
  for (const line of noNativeMessage(target)) console.error(line);
  console.error('The Node build used by the tests is untouched.');
  process.exit(1);
}
