// Builds the SQLite driver (better-sqlite3-multiple-ciphers: the better-sqlite3 API with SQLCipher-compatible
// encryption) for Electron's ABI into native/electron/better_sqlite3.node WITHOUT touching the package's own
// build in node_modules, which the Node-based tests need (an in-place rebuild breaks them). Main loads the
// result through the driver's `nativeBinding` option when it exists (electron/main/paths.ts).
import { cpSync, existsSync, mkdirSync, copyFileSync, rmSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const DRIVER = 'better-sqlite3-multiple-ciphers';
const source = dirname(require.resolve(`${DRIVER}/package.json`));
const work = join(root, 'build', 'native-electron', DRIVER);
const target = join(root, 'native', 'electron', 'better_sqlite3.node');

// A global nodedir (set on these machines) silently builds for Node's ABI instead: strip every npm_config_*.
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
  console.error(`Could not build ${DRIVER} for Electron ${electronVersion} (no network, or no build tools).`);
  console.error('The Node build used by the tests is untouched.');
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
copyFileSync(output, target);
console.log(`Wrote ${target} for Electron ${electronVersion}.`);
