import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAndMigrate } from '../../../electron/main/store/migrate';
import { NATIVE_DRIVER } from '../../../electron/main/native/driver';
import { explainStartFailure, nativeProblem } from '../../../electron/main/native/load-failure';
import { StoreError } from '../../../electron/main/store/errors';

// Node's own words when an addon built for another ABI is loaded (the failure of a fresh `npm start` before
// this issue: better-sqlite3 built for Node 20 inside Electron).
const abiMismatch = new Error(
  "The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\n" +
    'was compiled against a different Node.js version using\n' +
    'NODE_MODULE_VERSION 115. This version of Node.js requires\n' +
    'NODE_MODULE_VERSION 150. Please try re-compiling or re-installing\n' +
    'the module (for instance, using `npm rebuild` or `npm install`).',
);
const wrapped = (cause: unknown) =>
  new StoreError('open-failed', 'The database /u/chairside.sqlite3 could not be opened.', { cause });

const dir = mkdtempSync(join(tmpdir(), 'chairside-native-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the start-up dialog', () => {
  it('names an ABI mismatch behind a store error, both module versions and the exact command, without a stack', () => {
    const failure = explainStartFailure(wrapped(abiMismatch), { isPackaged: false });
    expect(failure.title).toBe('Chairside cannot open its database engine');
    expect(failure.message).toContain(
      `(${NATIVE_DRIVER}) was built for another version of Node.js (NODE_MODULE_VERSION 115)`,
    );
    expect(failure.message).toContain('not for this Electron (NODE_MODULE_VERSION 150)');
    expect(failure.message).toContain('npm run native:electron');
    expect(failure.message).not.toMatch(/\n\s+at /);
  });

  it('tells an installed app to reinstall, never to run npm', () => {
    const failure = explainStartFailure(wrapped(abiMismatch), { isPackaged: true });
    expect(failure.message).toContain('reinstall Chairside with the installer made for this computer');
    expect(failure.message).not.toContain('npm');
  });

  it('recognises a missing addon, one for another system, and a missing driver package', () => {
    expect(nativeProblem(wrapped(new Error('Could not locate the bindings file. Tried: …')))).toEqual({
      kind: 'missing',
    });
    expect(nativeProblem(new Error('/app/native/better_sqlite3.node: invalid ELF header'))).toEqual({
      kind: 'platform',
    });
    expect(
      nativeProblem(new Error(`Cannot find package '${NATIVE_DRIVER}' imported from /app/out/main/index.js`)),
    ).toEqual({
      kind: 'package',
    });
    const npmInstall = explainStartFailure(new Error(`Cannot find module '${NATIVE_DRIVER}'`), { isPackaged: false });
    expect(npmInstall.message).toContain('npm install');
  });

  it('recognises the real failures of the real store: an addon file that is missing or not an addon', async () => {
    const missing = await openAndMigrate(join(dir, 'a.sqlite3'), {
      nativeBinding: join(dir, 'nowhere', 'better_sqlite3.node'),
    }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(StoreError);
    expect(nativeProblem(missing)).toEqual({ kind: 'missing' });
    const bogus = join(dir, 'better_sqlite3.node');
    writeFileSync(bogus, 'not a shared library');
    const damaged = await openAndMigrate(join(dir, 'b.sqlite3'), { nativeBinding: bogus }).catch((e: unknown) => e);
    expect(nativeProblem(damaged)).toEqual({ kind: 'platform' });
    expect(explainStartFailure(damaged, { isPackaged: false }).message).toContain('npm run native:electron');
  });

  it('shows any other failure by its message alone, as before', () => {
    const other = new StoreError(
      'newer-database',
      'The database /u/c.sqlite3 was written by a newer version of Chairside.',
    );
    expect(nativeProblem(other)).toBeNull();
    expect(explainStartFailure(other, { isPackaged: true })).toEqual({
      title: 'Chairside cannot start',
      message: 'The database /u/c.sqlite3 was written by a newer version of Chairside.',
    });
  });
});
