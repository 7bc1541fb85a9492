// `npm run test:electron`: a smoke test of the real Electron app, where an Electron binary exists.
// On machines without one (these, and CI) it says so and exits 0: everything else is tested without it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const dir = dirname(require.resolve('electron/package.json'));
const pathFile = join(dir, 'path.txt');
const binary = existsSync(pathFile) ? join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;

if (!binary || !existsSync(binary)) {
  console.log(
    'test:electron skipped: no Electron binary on this machine (run `npx install-electron --no` where there is internet).',
  );
  process.exit(0);
}
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const result = spawnSync('npx', ['playwright', 'test', '--config', 'tests/electron/playwright.electron.config.ts'], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
