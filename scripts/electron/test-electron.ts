// `npm run test:electron`: drives the real Electron app with Playwright's _electron (tests/electron). It needs
// the Electron binary and the SQLite driver built for it, prepared exactly as `npm start` prepares them; where
// the binary cannot be had (these build machines, CI) it says so and exits 0, since everything else is tested
// without it.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureElectron } from './electron-binary';
import { prepareElectron, projectPackages } from './prepare';
import { spawnRunner } from './runner';

const root = resolve(import.meta.dirname, '../..');
const packages = projectPackages(root);
const log = (line: string) => console.log(line);

if (ensureElectron({ electron: packages.electron, env: process.env, run: spawnRunner, log }) === 'unavailable') {
  console.log(
    'test:electron SKIPPED: no Electron binary on this machine and none could be downloaded ' +
      '(run `npx install-electron --no` where there is internet). Nothing was tested.',
  );
  process.exit(0);
}
const prepared = prepareElectron({ root, ...packages, env: process.env, run: spawnRunner, log });
if (!prepared.ok) {
  for (const line of prepared.message) console.error(line);
  process.exit(1);
}
const step = (command: string, args: string[]) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status;
const build = step('npx', ['electron-vite', 'build']);
if (build !== 0) process.exit(build ?? 1);
process.exit(step('npx', ['playwright', 'test', '--config', 'tests/electron/playwright.electron.config.ts']) ?? 1);
