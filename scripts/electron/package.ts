// `npm run package [-- electron-builder options]`: installers for this machine's system (see the README).
// Before electron-builder runs, the SQLite addon must be built for the packaged Electron (the same stamped build
// as `npm start`); a request for another system is refused. CHAIRSIDE_STAND_IN=<dir> packages against a stand-in
// Electron (<dir>/electron-dist) and addon (<dir>/native): only the package layout test does that.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildNativeAddon, nativePaths, nativeTarget, noNativeMessage, staleReason } from './native';
import { crossBuildRefusal } from './package-args';
import { projectPackages } from './prepare';
import { spawnRunner } from './runner';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

function ensureNativeForPackaging(): void {
  const { electron, driverDir } = projectPackages(root);
  const paths = nativePaths(root, driverDir);
  const target = nativeTarget(driverDir, electron);
  const reason = staleReason(paths.outDir, target);
  if (reason === null) return;
  console.log(`The database engine needs a build for Electron ${electron.version}: ${reason}.`);
  const log = (line: string) => console.log(line);
  if (!buildNativeAddon({ paths, target, env: process.env, run: spawnRunner, log })) fail(noNativeMessage(target));
}

const env = { ...process.env };
const standIn = process.env.CHAIRSIDE_STAND_IN;
if (standIn) {
  console.log(`Packaging against the stand-in Electron in ${standIn}: a layout check, not an installable app.`);
  env.CHAIRSIDE_ELECTRON_DIST = join(standIn, 'electron-dist');
  env.CHAIRSIDE_NATIVE_DIR = join(standIn, 'native');
} else {
  const refusal = crossBuildRefusal(args, { platform: process.platform, arch: process.arch });
  if (refusal) fail([refusal]);
  ensureNativeForPackaging();
}

const builder = join(root, 'node_modules', 'electron-builder', 'cli.js');
const config = join(root, 'packaging', 'electron-builder.config.ts');
const result = spawnSync(process.execPath, [builder, '--config', config, ...args], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
