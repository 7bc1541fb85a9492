// Builds better-sqlite3 for Electron's ABI into native/electron/better_sqlite3.node WITHOUT touching
// node_modules/better-sqlite3/build, which the Node-based tests need (TOOLCHAIN P13). Main loads the result
// through better-sqlite3's `nativeBinding` option when it exists (electron/main/paths.ts).
import { cpSync, existsSync, mkdirSync, copyFileSync, rmSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = join(root, 'build', 'native-electron', 'better-sqlite3');
const target = join(root, 'native', 'electron', 'better_sqlite3.node');

// A global nodedir (set on these machines) silently builds for Node's ABI instead (TOOLCHAIN P14).
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_config_')));

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { cwd: work, env, stdio: 'inherit', timeout: 600_000 }).status === 0;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(dirname(work), { recursive: true });
cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${join(source, 'build')}`) });

const prebuilt = run('npx', ['--no', 'prebuild-install', '--runtime=electron', `--target=${electronVersion}`]);
const built =
  prebuilt ||
  run('npx', [
    '--no',
    'node-gyp',
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--dist-url=https://electronjs.org/headers',
  ]);
const output = join(work, 'build', 'Release', 'better_sqlite3.node');
if (!built || !existsSync(output)) {
  console.error(`Could not build better-sqlite3 for Electron ${electronVersion} (no network, or no build tools).`);
  console.error('The Node build used by the tests is untouched.');
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
copyFileSync(output, target);
console.log(`Wrote ${target} for Electron ${electronVersion}.`);
