import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClinicalLibrary } from '../../electron/main/clinical/load-library';
import { createCore } from '../../electron/main/core/create-core';
import { loadHandoutContent } from '../../electron/main/handouts/load-handouts';
import { NATIVE_ADDON_FILE, NATIVE_DRIVER } from '../../electron/main/native/driver';
import { resolveNativeBinding } from '../../electron/main/paths';
import { MAIN_RUNTIME_PACKAGES, runtimePackages } from '../../packaging/runtime-packages';
import { makeStandIn, SHIPPED_FUSE_WIRE } from '../support/stand-in-electron';
import { testKeystore } from '../harness/keystore';

// `npm run package -- --dir` for real, against a stand-in Electron (Electron cannot be downloaded here), then
// the unpacked app is taken apart: what app.asar holds, the extra resources, the addon, the fuses.

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'chairside-package-'));
const app = join(work, 'dist', 'linux-unpacked');
const resources = join(app, 'resources');
const asar = join(resources, 'app.asar');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
let entries: string[] = [];

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

beforeAll(() => {
  makeStandIn(join(work, 'stand-in'), join(root, 'node_modules', NATIVE_DRIVER, 'build', 'Release', NATIVE_ADDON_FILE));
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'package', '--', '--dir', `-c.directories.output=${join(work, 'dist')}`], {
    cwd: root,
    env: { ...process.env, CHAIRSIDE_STAND_IN: join(work, 'stand-in') },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm run package failed:\n${result.stdout}\n${result.stderr}`);
  entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
  const report = {
    seconds: (Date.now() - started) / 1000,
    unpackedBytes: sizeOf(app) - sizeOf(join(work, 'stand-in', 'electron-dist')),
    asarBytes: statSync(asar).size,
    resourcesBytes: sizeOf(join(resources, 'resources')),
    nativeBytes: statSync(join(resources, 'native', NATIVE_ADDON_FILE)).size,
  };
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports', 'package-layout.json'), JSON.stringify(report, null, 2));
  console.log(
    `Packaged in ${report.seconds.toFixed(1)} s: the app adds ${mb(report.unpackedBytes)} to Electron ` +
      `(app.asar ${mb(report.asarBytes)}, resources ${mb(report.resourcesBytes)}, addon ${mb(report.nativeBytes)}).`,
  );
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const read = (entry: string) => extractFile(asar, entry.replace(/^\//, '')).toString('utf8');

describe('app.asar', () => {
  it('holds the built main, preload and renderer exactly as electron-vite wrote them', () => {
    const built = ['out/main', 'out/preload', 'out/renderer'].flatMap(function walk(dir: string): string[] {
      return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? walk(`${dir}/${d.name}`) : [`${dir}/${d.name}`],
      );
    });
    expect(built).toEqual(
      expect.arrayContaining(['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']),
    );
    for (const file of built.filter((f) => !f.endsWith('.map'))) {
      expect(read(file), file).toBe(readFileSync(join(root, file), 'utf8'));
    }
  });

  it('holds no sources, tests, source maps, scripts, or Node-ABI addon, and nothing is left unpacked', () => {
    const outside = entries.filter((e) => !/^\/(out|node_modules)(\/|$)/.test(e) && e !== '/package.json');
    expect(outside).toEqual([]);
    expect(entries.filter((e) => e.endsWith('.map') || e.endsWith('.node'))).toEqual([]);
    expect(entries.filter((e) => /^\/out\/.*\.tsx?$/.test(e))).toEqual([]);
    expect(existsSync(join(resources, 'app.asar.unpacked'))).toBe(false);
  });

  it("holds main's runtime packages and nothing else from node_modules: no devDependency, no renderer library", () => {
    const packaged = new Set(
      entries
        // A scope's own folder ("/node_modules/@bramus") is not a package; its packages are listed below it.
        .filter((e) => /^\/node_modules\/[^/]+/.test(e) && !/^\/node_modules\/@[^/]+$/.test(e))
        .map((e) =>
          e
            .split('/')
            .slice(2, e.split('/')[2]!.startsWith('@') ? 4 : 3)
            .join('/'),
        ),
    );
    expect([...packaged].sort()).toEqual(runtimePackages(root));
    for (const dev of Object.keys(pkg.devDependencies)) expect(packaged.has(dev), dev).toBe(false);
    for (const name of ['react', 'react-dom', 'i18next', '@tanstack/react-table'])
      expect(packaged.has(name), name).toBe(false);
    expect(entries.some((e) => e.startsWith(`/node_modules/${NATIVE_DRIVER}/deps/`))).toBe(false);
  });

  it('resolves every package the built main imports', () => {
    const mainFiles = entries.filter((e) => e.startsWith('/out/main/') && e.endsWith('.js'));
    const imported = new Set<string>();
    for (const file of mainFiles) {
      for (const match of read(file).matchAll(/(?<![.\w$])(?:from|import)\s*\(?\s*["']([^"'./][^"']*)["']/g))
        imported.add(match[1]!);
    }
    const bare = [...imported].filter((s) => s !== 'electron' && !s.startsWith('node:') && !builtinModules.includes(s));
    const packages = new Set(
      bare.map((s) =>
        s
          .split('/')
          .slice(0, s.startsWith('@') ? 2 : 1)
          .join('/'),
      ),
    );
    expect([...packages].sort()).toEqual([...MAIN_RUNTIME_PACKAGES].sort());
    for (const name of packages) expect(entries, name).toContain(`/node_modules/${name}/package.json`);
  });
});

describe('beside app.asar', () => {
  it('ships resources/clinical and resources/handouts, which load with the app’s own loaders as in the repository', async () => {
    const shipped = join(resources, 'resources');
    expect(loadClinicalLibrary(join(shipped, 'clinical'))).toEqual(
      loadClinicalLibrary(join(root, 'resources', 'clinical')),
    );
    const library = loadClinicalLibrary(join(shipped, 'clinical'));
    expect(loadHandoutContent(join(shipped, 'handouts'), library)).toEqual(
      loadHandoutContent(join(root, 'resources', 'handouts'), library),
    );
    const core = await createCore({
      databasePath: join(work, 'core.sqlite3'),
      resourcesDir: shipped,
      keystore: testKeystore(),
    });
    const info = await core.dispatch('system:info', {});
    await core.close();
    expect(info).toMatchObject({ ok: true, value: { libraryVersion: expect.any(String) as unknown } });
  });

  it('puts the addon where paths.ts looks in a packaged app, and it is a loadable addon of the driver', () => {
    const found = resolveNativeBinding({ isPackaged: true, resourcesPath: resources, appPath: asar });
    expect(found).toBe(join(resources, 'native', NATIVE_ADDON_FILE));
    const db = new Database(':memory:', { nativeBinding: found });
    expect(db.prepare('SELECT sqlite_version() AS v').get()).toMatchObject({
      v: expect.stringMatching(/^3\./) as unknown,
    });
    db.close();
  });

  it('keeps only the English and French Chromium locales', () => {
    expect(readdirSync(join(app, 'locales')).sort()).toEqual(['en-GB.pak', 'en-US.pak', 'fr.pak']);
  });
});

describe('the executable', () => {
  it('is named chairside and has the fuses flipped at packaging time, the others left as Electron ships them', async () => {
    expect(existsSync(join(app, 'chairside'))).toBe(true);
    expect(existsSync(join(app, 'LICENSE.electron.txt'))).toBe(true);
    const wire = await getCurrentFuseWire(join(app, 'chairside'));
    const state = (option: FuseV1Options) => String.fromCharCode(wire[option] as number);
    expect(state(FuseV1Options.RunAsNode)).toBe('0');
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe('1');
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    expect(state(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot)).toBe(SHIPPED_FUSE_WIRE[6]);
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(SHIPPED_FUSE_WIRE[7]);
    expect(relative(app, asar)).toBe(join('resources', 'app.asar'));
  });
});
